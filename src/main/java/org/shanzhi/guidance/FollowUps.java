package org.shanzhi.guidance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.shanzhi.guidance.internal.ConductComplaint;
import org.shanzhi.guidance.internal.ConductComplaintRepository;
import org.shanzhi.guidance.internal.FollowUp;
import org.shanzhi.guidance.internal.FollowUpRepository;
import org.shanzhi.guidance.internal.GuidanceReminders;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Follow-up visits (回访, G6): the visits due, the result of a visit (recorded as a
 * FOLLOW_UP act), the conduct complaints it raised in the agency head's queue, and the
 * officer's reminders.
 */
@Service
@Validated
public class FollowUps {

	private final FollowUpRepository followUps;

	private final ConductComplaintRepository complaints;

	private final GuidanceActs acts;

	private final GuidanceReminders reminders;

	private final Actors actors;

	private final JdbcClient jdbc;

	private final Clock clock;

	FollowUps(FollowUpRepository followUps, ConductComplaintRepository complaints, GuidanceActs acts,
			GuidanceReminders reminders, Actors actors, JdbcClient jdbc, Clock clock) {
		this.followUps = followUps;
		this.complaints = complaints;
		this.acts = acts;
		this.reminders = reminders;
		this.actors = actors;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The scheduled visits due on or before {@code due} (default today), oldest first.
	 */
	@Transactional(readOnly = true)
	public List<FollowUpView> due(LocalDate due) {
		actors.require(GuidanceActs.READERS);
		AgencyScope scope = actors.scope();
		LocalDate until = due == null ? LocalDate.now(clock.withZone(GuidanceActs.ZONE)) : due;
		List<UUID> ids = jdbc.sql("""
				select id from guidance.follow_up where (:all or agency_id in (:agencies)) and status = 'SCHEDULED'
				  and due_on <= :due order by due_on, created_at limit 500
				""")
			.param("all", scope.all())
			.param("agencies", scope.idsForQuery())
			.param("due", until)
			.query(UUID.class)
			.list();
		java.util.Map<UUID, FollowUpView> byId = new java.util.HashMap<>();
		followUps.findAllById(ids).forEach(f -> byId.put(f.id(), f.view()));
		return ids.stream().map(byId::get).toList();
	}

	@Transactional(readOnly = true)
	public FollowUpView get(UUID id) {
		actors.require(GuidanceActs.READERS);
		return load(id).view();
	}

	/**
	 * Records the visit: a FOLLOW_UP act of the visited act's party with the result; a
	 * conduct complaint goes to the head's queue.
	 */
	@Transactional
	public GuidanceActView recordResult(UUID followUpId, @Valid VisitCommand command) {
		Actor actor = actors.require(GuidanceActs.GIVERS);
		FollowUp f = load(followUpId);
		if (!f.agencyId().equals(actor.agencyId())) {
			throw new AccessDeniedException("only the agency's officers visit");
		}
		if (!"SCHEDULED".equals(f.status())) {
			throw org.shanzhi.shared.RuleViolationException.conflict("follow-up-already-done", f.status());
		}
		if (f.caseId() != null) {
			// a case's visit is recorded by CaseFollowUps.record
			throw org.shanzhi.shared.RuleViolationException.rule("follow-up-of-case");
		}
		GuidanceActView visited = acts.get(f.actId());
		String content = command.content() == null || command.content().isBlank() ? "对" + visited.subject() + "进行回访。"
				: command.content();
		GiveGuidanceCommand give = new GiveGuidanceCommand(visited.partyId(), GuidanceForm.FOLLOW_UP.name(),
				DocumentForm.SIMPLE, command.channelOrDefault(), "回访：" + truncate(visited.subject(), 190), content,
				visited.legalBasis(), null, null, null, null, visited.caseId(), visited.id(), command.outcome(), null,
				command.visitedOn(), false, false);
		return acts.give(give);
	}

	/** The conduct complaints of the head's agency (all for a supervisor), open first. */
	@Transactional(readOnly = true)
	public List<ConductComplaintView> complaints(boolean openOnly) {
		actors.require(Role.AGENCY_HEAD, Role.SUPERVISOR, Role.ADMIN);
		AgencyScope scope = actors.scope();
		return complaints
			.findAll(org.springframework.data.domain.Sort.by("status")
				.descending()
				.and(org.springframework.data.domain.Sort.by("createdAt").descending()))
			.stream()
			.filter(c -> scope.includes(c.agencyId()))
			.map(ConductComplaint::row)
			.filter(r -> !openOnly || "OPEN".equals(r.status()))
			.limit(500)
			.toList();
	}

	/** The head records how a complaint was handled. */
	@Transactional
	public ConductComplaintView handle(UUID complaintId, String note) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		ConductComplaint c = complaints.findById(complaintId)
			.filter(x -> x.agencyId().equals(actor.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("conduct-complaint", complaintId));
		c.handle(note, actor.accountId(), OffsetDateTime.now(clock));
		return complaints.saveAndFlush(c).row();
	}

	/** The signed-in officer's reminders. */
	@Transactional(readOnly = true)
	public List<GuidanceReminders.Reminder> myReminders() {
		Actor actor = actors.current();
		return reminders.of(actor.accountId(), 50);
	}

	@Transactional
	public void dismissReminder(UUID id) {
		Actor actor = actors.current();
		if (!reminders.dismiss(id, actor.accountId())) {
			throw NotFoundException.forId("reminder", id);
		}
	}

	private FollowUp load(UUID id) {
		AgencyScope scope = actors.scope();
		return followUps.findById(id)
			.filter(f -> scope.includes(f.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("follow-up", id));
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

	/**
	 * A follow-up visit as recorded: how (default in person), when (default today), what
	 * was found, and the result: either flat ({@code conductLawful},
	 * {@code satisfaction}, ...) or nested under {@code result}.
	 */
	public record VisitCommand(Channel channel, @PastOrPresent LocalDate visitedOn, @Size(max = 8000) String content,
			@Valid FollowUpResult result, Boolean rectificationHeld, Boolean conductLawful, Boolean conductCivil,
			Boolean favourRequested, Integer satisfaction, @Size(max = 2000) String partyViews,
			@Size(max = 2000) String complaint, @Size(max = 20) List<@NotNull UUID> complaintAgainst) {

		public VisitCommand(Channel channel, LocalDate visitedOn, String content, FollowUpResult result) {
			this(channel, visitedOn, content, result, null, null, null, null, null, null, null, null);
		}

		/** The result, nested or flat; checked where the visit is recorded. */
		public FollowUpResult outcome() {
			return result != null ? result : new FollowUpResult(rectificationHeld, conductLawful, conductCivil,
					favourRequested, satisfaction, partyViews, complaint, complaintAgainst);
		}

		public Channel channelOrDefault() {
			return channel == null ? Channel.IN_PERSON : channel;
		}

	}

}
