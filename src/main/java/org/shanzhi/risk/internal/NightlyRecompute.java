package org.shanzhi.risk.internal;

import java.time.LocalTime;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.shanzhi.risk.RiskScores;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly full recompute of every party's risk score (R6) at 02:00 Beijing time on
 * the persistent scheduler (one node runs it), so that decay and newly published risk
 * points reach the parties no event touched.
 */
@Configuration(proxyBeanMethods = false)
class NightlyRecompute {

	private static final Logger log = LoggerFactory.getLogger(NightlyRecompute.class);

	@Bean
	RecurringTask<Void> riskNightlyRecompute(ObjectProvider<RiskScores> scores) {
		return Tasks
			.recurring("risk-nightly-recompute",
					Schedules.daily(org.shanzhi.shared.PeopleTime.ZONE, LocalTime.of(2, 0)))
			.execute((instance, context) -> {
				RiskScores.Recompute done = Actors.runAs(Actor.SYSTEM, () -> scores.getObject().recomputeAll());
				log.info("Nightly risk recompute: {} parties ({} HIGH) with {} in {} ms", done.parties(), done.high(),
						done.modelVersion(), done.millis());
			});
	}

}
