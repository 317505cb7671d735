package org.shanzhi.enforcement.internal;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.shanzhi.enforcement.CaseInvestigations;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Just after midnight Beijing time, on the persistent scheduler (one node runs it), every
 * 先行登记保存 whose decision fell due the day before without one lapses and its things are
 * released (APL art. 56). Reads and acts treat it as lapsed from that moment already.
 */
@Configuration(proxyBeanMethods = false)
class PreservationLapsing {

	private static final Logger log = LoggerFactory.getLogger(PreservationLapsing.class);

	@Bean
	RecurringTask<Void> enforcementPreservationLapsing(ObjectProvider<CaseInvestigations> investigations) {
		return Tasks
			.recurring("enforcement-preservation-lapsing",
					Schedules.daily(org.shanzhi.shared.PeopleTime.ZONE, LocalTime.of(0, 10)))
			.execute((instance, context) -> {
				int lapsed = Actors.runAs(Actor.SYSTEM, () -> investigations.getObject().lapseOverdue());
				if (lapsed > 0) {
					log.info("Lapsed {} preservations not decided on in time", lapsed);
				}
			});
	}

}
