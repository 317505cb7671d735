package org.shanzhi.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One-time codes are not kept: every five minutes the texts of code messages older than
 * ten minutes (twice their validity) are replaced by a placeholder; the fact that a code
 * was sent, to whom and when stays.
 */
@Configuration(proxyBeanMethods = false)
class CodeForgetting {

	static final String FORGOTTEN = "（验证码已过期，内容不保留）";

	@Bean
	RecurringTask<Void> notificationForgetCodes(JdbcClient jdbc, Clock clock) {
		return Tasks.recurring("notification-forget-codes", Schedules.fixedDelay(Duration.ofMinutes(5)))
			.execute((instance, context) -> jdbc.sql("""
					update notification.message set body = :forgotten
					where purpose = 'ONE_TIME_CODE' and created_at < :before and body <> :forgotten
					""")
				.param("forgotten", FORGOTTEN)
				.param("before", OffsetDateTime.now(clock).minusMinutes(10))
				.update());
	}

}
