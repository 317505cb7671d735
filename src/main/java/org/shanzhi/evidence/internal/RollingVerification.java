package org.shanzhi.evidence.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.shanzhi.evidence.EvidenceItems;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Re-verifies stored evidence on a rolling basis on the persistent scheduler (one node
 * runs it): every ten minutes the blobs verified longest ago
 * ({@code shanzhi.evidence.verify-batch}, default 50), so that every file is re-read
 * within days; an altered or missing file is logged as an alert and marked.
 */
@Configuration(proxyBeanMethods = false)
class RollingVerification {

	private static final Logger log = LoggerFactory.getLogger(RollingVerification.class);

	@Bean
	RecurringTask<Void> evidenceRollingVerification(ObjectProvider<EvidenceItems> items,
			@Value("${shanzhi.evidence.verify-batch:50}") int batch) {
		return Tasks.recurring("evidence-rolling-verification", Schedules.fixedDelay(Duration.ofMinutes(10)))
			.execute((instance, context) -> {
				int bad = Actors.runAs(Actor.SYSTEM, () -> items.getObject().verifyOldest(batch));
				if (bad > 0) {
					log.error("ALERT rolling evidence verification: {} file(s) altered or missing", bad);
				}
			});
	}

}
