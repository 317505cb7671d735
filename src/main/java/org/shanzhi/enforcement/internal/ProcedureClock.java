package org.shanzhi.enforcement.internal;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.shanzhi.enforcement.CaseProcedures;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The procedure's days on the persistent scheduler (one node runs it), at 00:20 Beijing
 * time: deliveries deemed made on their day (a public notice thirty days on) take effect,
 * and cases whose party let its periods pass with every statement answered come to the
 * head for the decision.
 */
@Configuration(proxyBeanMethods = false)
class ProcedureClock {

	private static final Logger log = LoggerFactory.getLogger(ProcedureClock.class);

	@Bean
	RecurringTask<Void> enforcementProcedureClock(ObjectProvider<CaseProcedures> procedures) {
		return Tasks
			.recurring("enforcement-procedure-clock",
					Schedules.daily(org.shanzhi.shared.PeopleTime.ZONE, LocalTime.of(0, 20)))
			.execute((instance, context) -> {
				CaseProcedures.Advanced done = Actors.runAs(Actor.SYSTEM, () -> procedures.getObject().advanceDue());
				log.info("Penalty procedure: {} deliveries took effect, {} cases await the decision", done.delivered(),
						done.awaitingDecision());
			});
	}

}
