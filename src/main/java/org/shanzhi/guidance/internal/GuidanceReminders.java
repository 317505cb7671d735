package org.shanzhi.guidance.internal;

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
 * Reminders to the officer (G5, G6) on the persistent scheduler: a rectification is
 * recalled some working days before it falls due, a follow-up visit on its day, at 09:00
 * Beijing time. When the task runs it checks that the matter is still open, and writes a
 * reminder the officer sees on the dashboard until dismissed.
 */
@Component
public class GuidanceReminders {

	static final String TASK = "guidance-reminder";

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final Clock clock;

	private final int workingDaysBefore;

	GuidanceReminders(ObjectProvider<SchedulerClient> scheduler, JdbcClient jdbc, WorkingDays workingDays, Clock clock,
			@Value("${shanzhi.guidance.remind-working-days-before:2}") int workingDaysBefore) {
		this.scheduler = scheduler;
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.clock = clock;
		this.workingDaysBefore = workingDaysBefore;
	}

	/** Schedules the reminder of a rectification due on {@code deadline}. */
	public void scheduleRectification(UUID actId, LocalDate deadline) {
		schedule("R:" + actId, workingDays.minusWorkingDays(deadline, workingDaysBefore));
	}

	/** Schedules the reminder of a follow-up visit due on {@code dueOn}. */
	public void scheduleFollowUp(UUID followUpId, LocalDate dueOn) {
		schedule("F:" + followUpId, dueOn);
	}

	private void schedule(String instance, LocalDate on) {
		OffsetDateTime at = on.atTime(LocalTime.of(9, 0)).atZone(ZONE).toOffsetDateTime();
		OffsetDateTime now = OffsetDateTime.now(clock);
		scheduler.getObject()
			.scheduleIfNotExists(Config.task().instance(instance), (at.isBefore(now) ? now : at).toInstant());
	}

	/**
	 * Writes the reminder if the matter is still open: the rectification without outcome,
	 * the visit not yet made. Returns whether one was written.
	 */
	@Transactional
	public boolean remind(String instance) {
		UUID id = UUID.fromString(instance.substring(2));
		if (instance.startsWith("R:")) {
			return jdbc
				.sql("""
						insert into guidance.reminder (id, agency_id, officer_id, act_id, kind, due_on, created_at)
						select :id, agency_id, officer_id, id, 'RECTIFICATION_DUE', rect_deadline, now()
						from guidance.guidance_act where id = :subject and rect_deadline is not null and rect_corrected is null
						on conflict do nothing
						""")
				.param("id", UUID.randomUUID())
				.param("subject", id)
				.update() > 0;
		}
		return jdbc
			.sql("""
					insert into guidance.reminder (id, agency_id, officer_id, act_id, follow_up_id, kind, due_on, created_at)
					select :id, agency_id, officer_id, act_id, id, 'FOLLOW_UP_DUE', due_on, now()
					from guidance.follow_up where id = :subject and status = 'SCHEDULED'
					on conflict do nothing
					""")
			.param("id", UUID.randomUUID())
			.param("subject", id)
			.update() > 0;
	}

	/** The officer's reminders not dismissed, newest first. */
	@Transactional(readOnly = true)
	public List<Reminder> of(UUID officerId, int limit) {
		return jdbc.sql("""
				select r.id, r.kind, r.act_id, r.follow_up_id, r.due_on, coalesce(a.subject, f.act_subject),
				       coalesce(a.party_name, f.party_name), a.document_number
				from guidance.reminder r left join guidance.guidance_act a on a.id = r.act_id
				     left join guidance.follow_up f on f.id = r.follow_up_id
				where (a.id is not null or f.id is not null) and r.officer_id = :officer and r.dismissed_at is null
				order by r.due_on, r.created_at limit :limit
				""")
			.param("officer", officerId)
			.param("limit", limit)
			.query((rs, n) -> new Reminder(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
					rs.getString(8)))
			.list();
	}

	/** Dismisses one of the officer's reminders; false if it is not theirs. */
	@Transactional
	public boolean dismiss(UUID reminderId, UUID officerId) {
		return jdbc.sql("update guidance.reminder set dismissed_at = now() where id = :id and officer_id = :officer")
			.param("id", reminderId)
			.param("officer", officerId)
			.update() > 0;
	}

	/** A reminder as the dashboard shows it. */
	public record Reminder(UUID id, String kind, UUID actId, UUID followUpId, LocalDate dueOn, String subject,
			String partyName, String documentNumber) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

		private static final OneTimeTask<String> TASK_DEFINITION = Tasks.oneTime(TASK, String.class)
			.execute((instance, context) -> {
			});

		static OneTimeTask<String> task() {
			return TASK_DEFINITION;
		}

		@Bean
		OneTimeTask<String> guidanceReminderTask(ObjectProvider<GuidanceReminders> reminders) {
			return Tasks.oneTime(TASK, String.class)
				.onFailureRetryLater()
				.execute((instance, context) -> reminders.getObject().remind(instance.getId()));
		}

	}

}
