package org.shanzhi.guidance.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.guidance.ConductComplaintView;
import org.shanzhi.guidance.GuidanceEvents;
import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A party's complaint about an officer's conduct, raised at a follow-up visit (G6),
 * naming the officers it is about (被投诉人): it waits in the agency head's queue (OPEN)
 * until the head records how it was handled.
 */
@Entity
@Table(name = "conduct_complaint", schema = "guidance")
public class ConductComplaint extends AbstractAggregateRoot<ConductComplaint> {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "party_id")
	private UUID partyId;

	@Column(name = "party_name")
	private String partyName;

	@Column(name = "officer_id")
	private UUID officerId;

	@Column(name = "follow_up_act_id")
	private UUID followUpActId;

	@Column(name = "subject_act_id")
	private UUID subjectActId;

	/** A complaint raised at a case's visit: the case and its follow-up (no acts). */
	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "follow_up_id")
	private UUID followUpId;

	private String summary;

	private String status;

	@Column(name = "handled_by")
	private UUID handledBy;

	@Column(name = "handled_at")
	private OffsetDateTime handledAt;

	@Column(name = "handling_note")
	private String handlingNote;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	/** Whom the complaint is about (被投诉人), by name as they were when it was raised. */
	@Convert(converter = JsonColumns.Against.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<ConductComplaintView.Against> against;

	/**
	 * {@code null} until first saved, so that saving a new aggregate inserts without a
	 * select first.
	 */
	@Version
	private Long version;

	protected ConductComplaint() {
	}

	public ConductComplaint(UUID id, UUID agencyId, UUID partyId, String partyName,
			List<ConductComplaintView.Against> against, UUID followUpActId, UUID subjectActId, String summary,
			OffsetDateTime now) {
		if (against.isEmpty()) {
			throw new IllegalArgumentException("a complaint names whom it is about");
		}
		this.id = id;
		this.agencyId = agencyId;
		this.partyId = partyId;
		this.partyName = partyName;
		this.officerId = against.get(0).officerId();
		this.against = List.copyOf(against);
		this.followUpActId = followUpActId;
		this.subjectActId = subjectActId;
		this.summary = summary;
		this.status = "OPEN";
		this.createdAt = now;
		registerEvent(new GuidanceEvents.ConductComplaintRaised(id, agencyId, partyId, officerId, followUpActId,
				String.join("、", this.against.stream().map(ConductComplaintView.Against::name).toList())));
	}

	/** A complaint raised at the visit {@code followUp} of a decided enforcement case. */
	public static ConductComplaint ofCase(UUID id, FollowUp followUp, List<ConductComplaintView.Against> against,
			String summary, OffsetDateTime now) {
		ConductComplaint c = new ConductComplaint(id, followUp.agencyId(), followUp.partyId(), followUp.partyName(),
				against, null, null, summary, now);
		c.caseId = followUp.caseId();
		c.followUpId = followUp.id();
		return c;
	}

	public void handle(String note, UUID head, OffsetDateTime now) {
		if (!"OPEN".equals(status)) {
			throw RuleViolationException.conflict("complaint-already-handled");
		}
		if (note == null || note.isBlank()) {
			throw RuleViolationException.rule("complaint-handling-needs-note");
		}
		this.status = "HANDLED";
		this.handledBy = head;
		this.handledAt = now;
		this.handlingNote = note.strip();
		registerEvent(new GuidanceEvents.ConductComplaintHandled(id, agencyId, head, handlingNote));
	}

	public UUID agencyId() {
		return agencyId;
	}

	public ConductComplaintView row() {
		return new ConductComplaintView(id, agencyId, partyId, partyName, officerId, followUpActId, subjectActId,
				summary, status, handledBy, handledAt, handlingNote, createdAt, version == null ? 0 : version,
				against == null ? List.of() : against, caseId);
	}

}
