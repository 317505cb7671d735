package org.shanzhi.joint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;

/**
 * A joint enforcement action (J1) as an explicit state machine: a lead agency plans it —
 * the day, the parties visited, the matters each participating agency checks — the
 * participants accept (naming their officers) or decline; on the day it starts once every
 * invited agency answered and at least one other accepted; each agency's officers on the
 * action record their own findings for each party into the one shared record; the lead
 * concludes it once every target party has a finding of every accepted agency, and the
 * combined notice goes out. Every refusal names its rule.
 *
 * <pre>
 * PLANNED ──start (day come, all answered, a participant accepted)──▶ IN_PROGRESS
 * IN_PROGRESS ──conclude (every party checked by every accepted agency)──▶ CONCLUDED
 * PLANNED / IN_PROGRESS ──cancel (reason)──▶ CANCELLED
 * </pre>
 */
public class JointAction {

	/** Where the action stands. */
	public enum Status {

		PLANNED, IN_PROGRESS, CONCLUDED, CANCELLED

	}

	/** A participant's answer. */
	public enum Answer {

		INVITED, ACCEPTED, DECLINED

	}

	/** What an officer found for a party on one matter. */
	public enum Result {

		NO_VIOLATION, VIOLATION, GUIDANCE_GIVEN

	}

	/** An agency on the action: the matters it checks, its answer and its officers. */
	public record Participant(UUID agencyId, List<String> matters, Answer answer, Set<UUID> officers) {
	}

	/**
	 * A finding recorded on the day; a follow-up requirement may carry the deadline for
	 * the rectification.
	 */
	public record Finding(UUID agencyId, UUID partyId, UUID officerId, String matter, Result result, String note,
			String requirement, LocalDate deadline) {
	}

	private final UUID id;

	private UUID leadAgencyId;

	private final LocalDate day;

	private final Set<UUID> targets;

	private final Map<UUID, Participant> participants = new LinkedHashMap<>();

	private final List<Finding> findings = new ArrayList<>();

	private Status status = Status.PLANNED;

	private String cancelReason;

	private JointAction(UUID id, UUID leadAgencyId, LocalDate day, Set<UUID> targets) {
		this.id = id;
		this.leadAgencyId = leadAgencyId;
		this.day = day;
		this.targets = targets;
	}

	/**
	 * Plans an action: the lead agency's own matters and those of the invited agencies
	 * (the lead takes part, accepted, with its planning officers).
	 */
	public static JointAction plan(UUID id, UUID leadAgencyId, UUID plannedBy, LocalDate day, LocalDate today,
			Set<UUID> targets, Map<UUID, List<String>> mattersByAgency) {
		if (day == null || day.isBefore(today)) {
			throw new FieldRejectedException("day", "notInPast");
		}
		if (targets == null || targets.isEmpty()) {
			throw new FieldRejectedException("targets", "required");
		}
		if (mattersByAgency == null || !mattersByAgency.containsKey(leadAgencyId) || mattersByAgency.size() < 2) {
			throw RuleViolationException.rule("joint-needs-two-agencies");
		}
		JointAction action = new JointAction(id, leadAgencyId, day, Set.copyOf(targets));
		mattersByAgency.forEach((agency, matters) -> {
			if (matters == null || matters.isEmpty()) {
				throw new FieldRejectedException("matters", "required");
			}
			boolean lead = agency.equals(leadAgencyId);
			action.participants.put(agency, new Participant(agency, List.copyOf(matters),
					lead ? Answer.ACCEPTED : Answer.INVITED, lead ? Set.of(plannedBy) : Set.of()));
		});
		return action;
	}

	/** The action's whole state, as persisted. */
	public record Snapshot(UUID id, UUID leadAgencyId, LocalDate day, Status status, List<UUID> targets,
			List<Participant> participants, List<Finding> findings, String cancelReason) {
	}

	public Snapshot snapshot() {
		return new Snapshot(id, leadAgencyId, day, status, List.copyOf(targets), participants(), findings(),
				cancelReason);
	}

	/** The action as persisted. */
	public static JointAction restore(Snapshot s) {
		JointAction a = new JointAction(s.id(), s.leadAgencyId(), s.day(), new LinkedHashSet<>(s.targets()));
		s.participants().forEach(p -> a.participants.put(p.agencyId(), p));
		a.findings.addAll(s.findings());
		a.status = s.status();
		a.cancelReason = s.cancelReason();
		return a;
	}

	/**
	 * A participant accepts, naming its officers, or declines. The lead agency answers
	 * too, to name its own officers beyond the planner; it cannot decline the action it
	 * leads (it cancels it instead).
	 */
	public void answer(UUID agencyId, boolean accept, Set<UUID> officers) {
		requireStatus(Status.PLANNED);
		Participant p = participants.get(agencyId);
		if (p == null) {
			throw RuleViolationException.rule("joint-not-invited");
		}
		if (agencyId.equals(leadAgencyId) && !accept) {
			throw RuleViolationException.rule("joint-lead-takes-part");
		}
		if (accept && (officers == null || officers.isEmpty())) {
			throw new FieldRejectedException("officers", "required");
		}
		participants.put(agencyId, new Participant(agencyId, p.matters(), accept ? Answer.ACCEPTED : Answer.DECLINED,
				accept ? Set.copyOf(officers) : Set.of()));
	}

	/**
	 * The lead passes to a participating agency that accepted the action's referral (J1:
	 * up to the city, down to a county, across districts); only before the action starts.
	 * The new lead takes part, accepted, with its officers (or the accepting officer);
	 * the former lead stays a participant.
	 */
	public void transferLead(UUID newLead, UUID acceptingOfficer) {
		requireStatus(Status.PLANNED);
		Participant p = participants.get(newLead);
		if (p == null) {
			throw RuleViolationException.rule("referral-needs-participant");
		}
		if (newLead.equals(leadAgencyId)) {
			throw RuleViolationException.rule("referral-same-agency");
		}
		participants.put(newLead, new Participant(newLead, p.matters(), Answer.ACCEPTED,
				p.officers().isEmpty() ? Set.of(acceptingOfficer) : p.officers()));
		leadAgencyId = newLead;
	}

	/** Starts the action on its day. */
	public void start(LocalDate today) {
		requireStatus(Status.PLANNED);
		if (today.isBefore(day)) {
			throw RuleViolationException.rule("joint-not-yet", day);
		}
		if (participants.values().stream().anyMatch(p -> p.answer() == Answer.INVITED)) {
			throw RuleViolationException.rule("joint-awaiting-answers");
		}
		if (accepted().size() < 2) {
			throw RuleViolationException.rule("joint-needs-two-agencies");
		}
		status = Status.IN_PROGRESS;
	}

	/**
	 * Records a finding: only by an officer an accepted agency put on the action, for a
	 * target party, on one of that agency's matters.
	 */
	public void record(Finding f) {
		requireStatus(Status.IN_PROGRESS);
		Participant p = participants.get(f.agencyId());
		if (p == null || p.answer() != Answer.ACCEPTED || !p.officers().contains(f.officerId())) {
			throw RuleViolationException.rule("joint-officer-not-on-action");
		}
		if (!targets.contains(f.partyId())) {
			throw RuleViolationException.rule("joint-party-not-targeted");
		}
		if (!p.matters().contains(f.matter())) {
			throw RuleViolationException.rule("joint-matter-not-of-agency", f.matter());
		}
		if (f.result() == null) {
			throw new FieldRejectedException("result", "required");
		}
		if (f.deadline() != null) {
			if (f.requirement() == null || f.requirement().isBlank()) {
				throw new FieldRejectedException("requirement", "required");
			}
			if (!f.deadline().isAfter(day)) {
				throw new FieldRejectedException("deadline", "afterActionDay");
			}
		}
		findings.removeIf(x -> x.agencyId().equals(f.agencyId()) && x.partyId().equals(f.partyId())
				&& x.matter().equals(f.matter()));
		findings.add(f);
	}

	/**
	 * Concludes once every target party has a finding of every accepted agency, and no
	 * rectification deadline has passed (the finding would escalate at once: correct it
	 * first).
	 */
	public void conclude(LocalDate today) {
		requireStatus(Status.IN_PROGRESS);
		for (Finding f : findings) {
			if (f.deadline() != null && f.deadline().isBefore(today)) {
				throw RuleViolationException.rule("joint-deadline-passed", f.matter(), f.deadline());
			}
		}
		for (UUID party : targets) {
			for (Participant p : accepted()) {
				boolean checked = findings.stream()
					.anyMatch(f -> f.partyId().equals(party) && f.agencyId().equals(p.agencyId()));
				if (!checked) {
					throw RuleViolationException.rule("joint-findings-missing");
				}
			}
		}
		status = Status.CONCLUDED;
	}

	public void cancel(String reason) {
		if (status != Status.PLANNED && status != Status.IN_PROGRESS) {
			throw RuleViolationException.conflict("joint-status", status.name());
		}
		if (reason == null || reason.isBlank()) {
			throw new FieldRejectedException("reason", "required");
		}
		cancelReason = reason.strip();
		status = Status.CANCELLED;
	}

	/**
	 * Visits saved: separate inspections would have visited each party once per accepted
	 * agency; the joint action visits each once.
	 */
	public int visitsSaved() {
		return targets.size() * (accepted().size() - 1);
	}

	private List<Participant> accepted() {
		return participants.values().stream().filter(p -> p.answer() == Answer.ACCEPTED).toList();
	}

	private void requireStatus(Status expected) {
		if (status != expected) {
			throw RuleViolationException.conflict("joint-status", status.name());
		}
	}

	public UUID id() {
		return id;
	}

	public UUID leadAgencyId() {
		return leadAgencyId;
	}

	public LocalDate day() {
		return day;
	}

	public Status status() {
		return status;
	}

	public Set<UUID> targets() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(targets));
	}

	public List<Participant> participants() {
		return List.copyOf(participants.values());
	}

	public List<Finding> findings() {
		return List.copyOf(findings);
	}

	public String cancelReason() {
		return cancelReason;
	}

}
