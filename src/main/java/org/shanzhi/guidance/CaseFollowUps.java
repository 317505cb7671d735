package org.shanzhi.guidance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.enforcement.CaseOfficerView;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.ProcedureEvents;
import org.shanzhi.guidance.internal.ConductComplaint;
import org.shanzhi.guidance.internal.ConductComplaintRepository;
import org.shanzhi.guidance.internal.FollowUp;
import org.shanzhi.guidance.internal.FollowUpRepository;
import org.shanzhi.guidance.internal.GuidanceReminders;
import org.shanzhi.directory.Parties;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回访 of decided enforcement cases (Luohe art. 13(8)): deciding a major or complex case
 * schedules one visit of it ({@link ProcedureEvents.FollowUpDue}, once per case) for the
 * account of the case's first acting officer (else the agency's first officer); a case
 * officer or the head schedules one by hand; the visit records the party's view of the
 * officers (lawful, civil, satisfaction, views, a complaint that goes to the head's
 * queue) on the follow-up itself.
 */
@Service
public class CaseFollowUps {

	private final FollowUpRepository followUps;

	private final ConductComplaintRepository complaints;

	private final EnforcementCases cases;

	private final Parties parties;

	private final Accounts accounts;

	private final GuidanceReminders reminders;

	private final Actors actors;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseFollowUps(FollowUpRepository followUps, ConductComplaintRepository complaints, EnforcementCases cases,
			Parties parties, Accounts accounts, GuidanceReminders reminders, Actors actors, JdbcClient jdbc,
			Clock clock) {
		this.followUps = followUps;
		this.complaints = complaints;
		this.cases = cases;
		this.parties = parties;
		this.accounts = accounts;
		this.reminders = reminders;
		this.actors = actors;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The visit a decision made due: scheduled by the system (no one signed in) for the
	 * case's first acting officer, or else the agency's first officer; once per case.
	 */
	@ApplicationModuleListener
	void on(ProcedureEvents.FollowUpDue due) {
		Actors.runAs(Actor.SYSTEM, () -> {
			boolean scheduled = jdbc
				.sql("""
						select exists (select 1 from guidance.follow_up where case_id = :case and reason in ('MAJOR', 'COMPLEX'))
						""")
				.param("case", due.caseId())
				.query(Boolean.class)
				.single();
			if (scheduled) {
				return null;
			}
			CaseView k = cases.get(due.caseId());
			UUID officer = accountOf(k).orElseGet(() -> accounts.officersOf(k.agencyId())
				.stream()
				.filter(a -> a.roles().contains(Role.OFFICER))
				.findFirst()
				.orElseThrow()
				.id());
			String reason = FollowUp.COMPLEX.equals(due.reason()) ? FollowUp.COMPLEX : FollowUp.MAJOR;
			schedule(k, officer, due.dueOn(), reason);
			return null;
		});
	}

	/**
	 * Schedules a visit of a case by hand (POST
	 * /api/v1/enforcement-cases/{id}/follow-ups): an officer of the case or the agency's
	 * head; for the signed-in officer (the head: the case's first acting officer).
	 */
	@Transactional
	public FollowUpView request(UUID caseId, LocalDate dueOn) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		CaseView k = cases.get(caseId);
		if (!k.agencyId().equals(actor.agencyId())) {
			throw new AccessDeniedException("only the case's agency schedules its visits");
		}
		UUID own = accounts.officerOf(actor.accountId()).orElse(null);
		boolean caseOfficer = own != null && k.actingOfficers().stream().anyMatch(o -> o.officerId().equals(own));
		if (!caseOfficer && !actor.has(Role.AGENCY_HEAD)) {
			throw new AccessDeniedException("only an officer of the case or the head");
		}
		LocalDate today = LocalDate.now(clock.withZone(GuidanceActs.ZONE));
		if (dueOn == null || dueOn.isBefore(today)) {
			throw new FieldRejectedException("dueOn", "notInPast");
		}
		UUID officer = caseOfficer ? actor.accountId() : accountOf(k).orElse(actor.accountId());
		return schedule(k, officer, dueOn, FollowUp.REQUESTED).view();
	}

	/**
	 * The account of the case's first acting officer who has one (a case names officers
	 * of the directory; a visit and its reminder go to an account).
	 */
	private java.util.Optional<UUID> accountOf(CaseView k) {
		Map<UUID, UUID> accountByOfficer = new java.util.HashMap<>();
		accounts.officersOf(k.agencyId())
			.stream()
			.filter(a -> a.officerId() != null)
			.forEach(a -> accountByOfficer.putIfAbsent(a.officerId(), a.id()));
		return k.actingOfficers()
			.stream()
			.map(CaseOfficerView::officerId)
			.filter(accountByOfficer::containsKey)
			.map(accountByOfficer::get)
			.findFirst();
	}

	private FollowUp schedule(CaseView k, UUID officer, LocalDate dueOn, String reason) {
		String partyName = parties.get(k.partyId()).name();
		FollowUp f = followUps.saveAndFlush(new FollowUp(UUID.randomUUID(),
				new FollowUp.CaseToVisit(k.id(), k.number(), k.agencyId(), k.partyId(), partyName), officer, dueOn,
				reason, OffsetDateTime.now(clock)));
		reminders.scheduleFollowUp(f.id(), dueOn);
		return f;
	}

	/** Whether the follow-up is a case's visit (its result is recorded here). */
	@Transactional(readOnly = true)
	public boolean isCaseVisit(UUID followUpId) {
		return load(followUpId).caseId() != null;
	}

	/**
	 * Records a case's visit by an officer or the head of its agency: the party's view of
	 * the officers; a conduct problem raises a complaint in the head's queue about the
	 * officers named (by default the visit's officer).
	 */
	@Transactional
	public FollowUpView record(UUID followUpId, FollowUps.VisitCommand command) {
		Actor actor = actors.require(GuidanceActs.GIVERS);
		FollowUp f = load(followUpId);
		if (f.caseId() == null) {
			throw RuleViolationException.rule("follow-up-not-of-case");
		}
		if (!f.agencyId().equals(actor.agencyId())) {
			throw new AccessDeniedException("only the agency's officers visit");
		}
		FollowUpResult r = result(command);
		boolean complaint = r.raisesComplaint();
		OffsetDateTime now = OffsetDateTime.now(clock);
		f.visited(r, actor.accountId(), complaint, now);
		followUps.saveAndFlush(f);
		if (complaint) {
			complaints.saveAndFlush(ConductComplaint.ofCase(UUID.randomUUID(), f,
					against(r.complaintAgainst(), f.agencyId(), f.officerId()), summary(r), now));
		}
		return f.view();
	}

	/** The result, nested or flat; no favour asked unless said (a case's visit). */
	private static FollowUpResult result(FollowUps.VisitCommand c) {
		FollowUpResult r = c.outcome();
		if (r.conductLawful() == null) {
			throw new FieldRejectedException("conductLawful", "required");
		}
		if (r.conductCivil() == null) {
			throw new FieldRejectedException("conductCivil", "required");
		}
		if (r.satisfaction() == null) {
			throw new FieldRejectedException("satisfaction", "required");
		}
		if (r.satisfaction() < 1 || r.satisfaction() > 5) {
			throw new FieldRejectedException("satisfaction", "range");
		}
		return new FollowUpResult(r.rectificationHeld(), r.conductLawful(), r.conductCivil(),
				r.favourRequested() != null && r.favourRequested(), r.satisfaction(), blankToNull(r.partyViews()),
				blankToNull(r.complaint()), r.complaintAgainst());
	}

	private static String summary(FollowUpResult r) {
		List<String> parts = new ArrayList<>();
		if (!r.conductLawful()) {
			parts.add("当事人认为执法行为不合法");
		}
		if (!r.conductCivil()) {
			parts.add("当事人认为执法人员不文明");
		}
		if (r.favourRequested()) {
			parts.add("当事人反映执法人员有吃拿卡要情形");
		}
		if (r.complaint() != null) {
			parts.add(r.complaint());
		}
		return String.join("；", parts);
	}

	private List<ConductComplaintView.Against> against(List<UUID> named, UUID agencyId, UUID visitOfficer) {
		if (named == null || named.isEmpty()) {
			return List.of(new ConductComplaintView.Against(visitOfficer,
					accounts.displayNames(List.of(visitOfficer)).getOrDefault(visitOfficer, "")));
		}
		Map<UUID, String> officers = new java.util.HashMap<>();
		accounts.officersOf(agencyId).forEach(a -> officers.put(a.id(), a.displayName()));
		List<ConductComplaintView.Against> out = new ArrayList<>();
		for (UUID id : new LinkedHashSet<>(named)) {
			if (!officers.containsKey(id)) {
				throw new FieldRejectedException("complaintAgainst", "complaintAgainstUnknown");
			}
			out.add(new ConductComplaintView.Against(id, officers.get(id)));
		}
		return out;
	}

	private FollowUp load(UUID id) {
		actors.require(GuidanceActs.READERS);
		AgencyScope scope = actors.scope();
		return followUps.findById(id)
			.filter(f -> scope.includes(f.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("follow-up", id));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
