package org.shanzhi.platform.scheduling;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The persistent, cluster-safe scheduler of deadlines and reminders (db-scheduler, ADR
 * 0008): tasks live in {@code scheduler.scheduled_tasks} on the application's database,
 * so they survive restarts and several nodes share them without running one twice. The
 * modules contribute their tasks as beans and schedule instances through
 * {@link com.github.kagkarlsson.scheduler.SchedulerClient}; scheduling takes part in the
 * caller's transaction (the data source is transaction-aware), so a rolled-back change
 * leaves no task behind. The scheduler starts polling once the application is ready.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean(destroyMethod = "stop")
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
			@Value("${shanzhi.scheduler.threads:2}") int threads,
			@Value("${shanzhi.scheduler.polling-interval:PT10S}") Duration pollingInterval) {
		// recurring tasks (a nightly recompute) are started: scheduled once, then by
		// their own schedule
		List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>> recurring = new java.util.ArrayList<>();
		for (Task<?> t : tasks) {
			if (t instanceof com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?> r) {
				recurring.add(r);
			}
		}
		List<Task<?>> others = tasks.stream()
			.filter(t -> !(t instanceof com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>))
			.toList();
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), others)
			.startTasks(recurring)
			.tableName("scheduler.scheduled_tasks")
			.threads(threads)
			.pollingInterval(pollingInterval)
			.enableImmediateExecution()
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start(ApplicationReadyEvent event) {
		event.getApplicationContext().getBean(Scheduler.class).start();
	}

}
