package org.shanzhi.evidence.web;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Removes resumable uploads abandoned for longer than their expiry (a week) every hour on
 * the persistent scheduler, so that unfinished uploads cannot fill the disk.
 */
@Configuration(proxyBeanMethods = false)
class TusCleanup {

	@Bean
	RecurringTask<Void> evidenceAbandonedUploads(ObjectProvider<ResumableUploadController> uploads) {
		return Tasks.recurring("evidence-abandoned-uploads", Schedules.fixedDelay(Duration.ofHours(1)))
			.execute((instance, context) -> uploads.getObject().cleanup());
	}

}
