package org.shanzhi.guidance.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.guidance.FollowUpView;
import org.shanzhi.guidance.GuidanceEvents;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A follow-up visit (回访) scheduled for an act: SCHEDULED until a FOLLOW_UP act records it
 * (DONE). Scheduled for major or complex acts, and on request.
 */
@Entity
@Table(name = "follow_up", schema = "guidance")
public class FollowUp extends AbstractAggregateRoot<FollowUp> {

	public static final String MAJOR = "MAJOR";

	public static final String COMPLEX = "COMPLEX";

	public static final String REQUESTED = "REQUESTED";

	@Id
	private UUID id;

	@Column(name = "act_id")
	private UUID actId;

	/** The enforcement case visited (回访 of a decision), instead of an act. */
	@Column(name = "case_id")
	private UUID caseId;

	/** A case's visit: what it found (an act's visit is its FOLLOW_UP act). */
	@jakarta.persistence.Convert(converter = JsonColumns.FollowUp.class)
	@org.hibernate.annotations.ColumnTransformer(write = "?::jsonb")
	private org.shanzhi.guidance.FollowUpResult result;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "party_id")
	private UUID partyId;

	@Column(name = "party_name")
	private String partyName;

	@Column(name = "act_subject")
	private String actSubject;

	@Column(name = "officer_id")
	private UUID officerId;

	@Column(name = "due_on")
	private LocalDate dueOn;

	private String reason;

	private String status;

	@Column(name = "result_act_id")
	private UUID resultActId;

	@Column(name = "done_at")
	private OffsetDateTime doneAt;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	/**
	 * {@code null} until first saved, so that saving a new aggregate inserts without a
	 * select first.
	 */
	@Version
	private Long version;

	protected FollowUp() {
	}

	public FollowUp(UUID id, GuidanceAct act, String partyName, LocalDate dueOn, String reason, OffsetDateTime now) {
		this.id = id;
		this.actId = act.id();
		this.agencyId = act.agencyId();
		this.partyId = act.partyId();
		this.partyName = partyName;
		this.actSubject = act.subject();
		this.officerId = act.officerId();
		this.dueOn = dueOn;
		this.reason = reason;
		this.status = "SCHEDULED";
		this.createdAt = now;
		registerEvent(new GuidanceEvents.FollowUpScheduled(id, actId, agencyId, dueOn, reason));
	}

	/**
	 * A visit of a decided enforcement case (回访, Luohe art. 13(8)) by {@code officerId}:
	 * its subject names the case.
	 */
	public FollowUp(UUID id, CaseToVisit visited, UUID officerId, LocalDate dueOn, String reason, OffsetDateTime now) {
		this.id = id;
		this.caseId = visited.caseId();
		this.agencyId = visited.agencyId();
		this.partyId = visited.partyId();
		this.partyName = visited.partyName();
		this.actSubject = "回访：案件 " + visited.caseNumber();
		this.officerId = officerId;
		this.dueOn = dueOn;
		this.reason = reason;
		this.status = "SCHEDULED";
		this.createdAt = now;
		registerEvent(new GuidanceEvents.CaseFollowUpScheduled(id, caseId, agencyId, officerId, dueOn, reason));
	}

	/** A case's visit recorded by {@code by}: its result kept on the follow-up. */
	public void visited(org.shanzhi.guidance.FollowUpResult found, UUID by, boolean complaint, OffsetDateTime now) {
		if (!"SCHEDULED".equals(status)) {
			throw RuleViolationException.conflict("follow-up-already-done", status);
		}
		this.status = "DONE";
		this.result = found;
		this.doneAt = now;
		registerEvent(new GuidanceEvents.CaseFollowUpRecorded(id, caseId, agencyId, partyId, by, found.satisfaction(),
				complaint));
	}

	/** The visit was recorded by the FOLLOW_UP act {@code resultAct}. */
	public void done(UUID resultAct, OffsetDateTime now) {
		if (!"SCHEDULED".equals(status)) {
			throw RuleViolationException.conflict("follow-up-already-done", status);
		}
		this.status = "DONE";
		this.resultActId = resultAct;
		this.doneAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID actId() {
		return actId;
	}

	public UUID caseId() {
		return caseId;
	}

	public UUID partyId() {
		return partyId;
	}

	public String partyName() {
		return partyName;
	}

	public UUID officerId() {
		return officerId;
	}

	public UUID agencyId() {
		return agencyId;
	}

	public String status() {
		return status;
	}

	/** The case a visit is scheduled for, as the follow-up names it. */
	public record CaseToVisit(UUID caseId, String caseNumber, UUID agencyId, UUID partyId, String partyName) {
	}

	public FollowUpView view() {
		return new FollowUpView(id, actId, agencyId, partyId, partyName, actSubject, officerId, dueOn, reason, status,
				resultActId, doneAt, createdAt, version == null ? 0 : version, caseId, result);
	}

}
