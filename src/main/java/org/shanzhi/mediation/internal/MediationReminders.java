package org.shanzhi.mediation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.shanzhi.calendar.WorkingDays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders of a case's time limits (M4) on the persistent scheduler: some working days
 * before the acceptance decision or the conclusion falls due (at 09:00 Beijing time), the
 * task checks that the case still waits for that step and writes a reminder the agency's
 * mediators see on the dashboard until one dismisses it. Scheduled in the transaction
 * that sets the deadline, so a rolled-back step leaves no task behind.
 */
@Component
public class MediationReminders {

	static final String TASK = "mediation-reminder";

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final Clock clock;

	private final int workingDaysBefore;

	MediationReminders(ObjectProvider<SchedulerClient> scheduler, JdbcClient jdbc, WorkingDays workingDays, Clock clock,
			@Value("${shanzhi.mediation.remind-working-days-before:2}") int workingDaysBefore) {
		this.scheduler = scheduler;
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.clock = clock;
		this.workingDaysBefore = workingDaysBefore;
	}

	/** Schedules the reminder of the acceptance decision due on {@code due}. */
	public void scheduleAcceptance(UUID caseId, LocalDate due) {
		schedule("A:" + caseId, due);
	}

	/** Schedules the reminder of the conclusion due on {@code due}. */
	public void scheduleConclusion(UUID caseId, LocalDate due) {
		schedule("C:" + caseId, due);
	}

	private void schedule(String instance, LocalDate due) {
		LocalDate on = workingDays.minusWorkingDays(due, workingDaysBefore);
		OffsetDateTime at = on.atTime(LocalTime.of(9, 0)).atZone(ZONE).toOffsetDateTime();
		OffsetDateTime now = OffsetDateTime.now(clock);
		scheduler.getObject()
			.scheduleIfNotExists(Config.TASK_DEFINITION.instance(instance), (at.isBefore(now) ? now : at).toInstant());
	}

	/**
	 * Writes the reminder if the case still waits for the step: the acceptance decision,
	 * or its conclusion. Returns whether one was written.
	 */
	@Transactional
	public boolean remind(String instance) {
		UUID caseId = UUID.fromString(instance.substring(2));
		boolean acceptance = instance.startsWith("A:");
		String sql = acceptance ? """
				insert into mediation.reminder (id, agency_id, case_id, kind, due_on, created_at)
				select :id, agency_id, id, 'ACCEPTANCE_DUE', acceptance_due, now() from mediation.mediation_case
				where id = :case and status = 'AWAITING_ACCEPTANCE' and acceptance_due is not null
				on conflict do nothing
				""" : """
				insert into mediation.reminder (id, agency_id, case_id, kind, due_on, created_at)
				select :id, agency_id, id, 'CONCLUSION_DUE', conclusion_due, now() from mediation.mediation_case
				where id = :case and status in ('ACCEPTED', 'IN_SESSION', 'AWAITING_SIGNATURES')
				  and conclusion_due is not null
				on conflict do nothing
				""";
		return jdbc.sql(sql).param("id", UUID.randomUUID()).param("case", caseId).update() > 0;
	}

	/**
	 * The agency's reminders not dismissed whose case still waits for the step, soonest
	 * due first.
	 */
	@Transactional(readOnly = true)
	public List<Reminder> of(UUID agencyId, int limit) {
		return jdbc.sql("""
				select r.id, r.kind, r.case_id, r.due_on, c.number, c.summary
				from mediation.reminder r join mediation.mediation_case c on c.id = r.case_id
				where r.agency_id = :agency and r.dismissed_at is null
				  and ((r.kind = 'ACCEPTANCE_DUE' and c.status = 'AWAITING_ACCEPTANCE')
				    or (r.kind = 'CONCLUSION_DUE' and c.status in ('ACCEPTED', 'IN_SESSION', 'AWAITING_SIGNATURES')))
				order by r.due_on, r.created_at limit :limit
				""")
			.param("agency", agencyId)
			.param("limit", limit)
			.query((rs, n) -> new Reminder(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)))
			.list();
	}

	/** Dismisses one of the agency's reminders; false if it is not the agency's. */
	@Transactional
	public boolean dismiss(UUID reminderId, UUID agencyId, UUID by) {
		return jdbc
			.sql("update mediation.reminder set dismissed_at = now(), dismissed_by = :by"
					+ " where id = :id and agency_id = :agency and dismissed_at is null")
			.param("id", reminderId)
			.param("agency", agencyId)
			.param("by", by)
			.update() > 0;
	}

	/** A reminder as the dashboard shows it. */
	public record Reminder(UUID id, String kind, UUID caseId, LocalDate dueOn, String number, String summary) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

		static final OneTimeTask<String> TASK_DEFINITION = Tasks.oneTime(TASK, String.class)
			.execute((instance, context) -> {
			});

		@Bean
		OneTimeTask<String> mediationReminderTask(ObjectProvider<MediationReminders> reminders) {
			return Tasks.oneTime(TASK, String.class)
				.onFailureRetryLater()
				.execute((instance, context) -> reminders.getObject().remind(instance.getId()));
		}

	}

}
