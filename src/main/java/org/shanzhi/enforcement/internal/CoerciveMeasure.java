package org.shanzhi.enforcement.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.enforcement.CoerciveKind;
import org.shanzhi.enforcement.CoerciveMeasureView;
import org.shanzhi.enforcement.EnforcementEvents;
import org.shanzhi.enforcement.RequestCoerciveMeasureCommand;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A coercive measure (L4): recorded only with the reason why non-coercive means cannot
 * reach the purpose and its scope, and effective only once the agency head approves it.
 */
@Entity
@Table(name = "coercive_measure", schema = "enforcement")
public class CoerciveMeasure extends AbstractAggregateRoot<CoerciveMeasure> {

	@Id
	private UUID id;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Enumerated(EnumType.STRING)
	private CoerciveKind kind;

	@Column(name = "scheduled_at")
	private OffsetDateTime scheduledAt;

	@Column(name = "why_non_coercive_insufficient")
	private String whyNonCoerciveInsufficient;

	private String scope;

	private boolean urgent;

	private String urgency;

	private String status;

	@Column(name = "requested_by")
	private UUID requestedBy;

	@Column(name = "decided_by")
	private UUID decidedBy;

	@Column(name = "decided_at")
	private OffsetDateTime decidedAt;

	private String note;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Version
	private long version;

	protected CoerciveMeasure() {
	}

	/**
	 * The caller has checked the prohibited periods; the aggregate checks the reasons.
	 */
	public CoerciveMeasure(UUID id, UUID agencyId, RequestCoerciveMeasureCommand c, UUID requestedBy,
			OffsetDateTime now) {
		if (blank(c.whyNonCoerciveInsufficient())) {
			throw RuleViolationException.rule("coercive-needs-reason");
		}
		if (blank(c.scope())) {
			throw RuleViolationException.rule("coercive-needs-scope");
		}
		if (c.urgent() && blank(c.urgency())) {
			throw RuleViolationException.rule("urgent-needs-urgency");
		}
		this.id = id;
		this.caseId = c.caseId();
		this.agencyId = agencyId;
		this.kind = c.kind();
		this.scheduledAt = c.scheduledAt();
		this.whyNonCoerciveInsufficient = c.whyNonCoerciveInsufficient().strip();
		this.scope = c.scope().strip();
		this.urgent = c.urgent();
		this.urgency = c.urgent() ? c.urgency().strip() : null;
		this.status = "PENDING_APPROVAL";
		this.requestedBy = requestedBy;
		this.createdAt = now;
		registerEvent(
				new EnforcementEvents.CoerciveMeasureRequested(id, caseId, agencyId, kind.name(), scheduledAt, urgent));
	}

	public void decide(boolean approve, String note, UUID head, OffsetDateTime now) {
		if (!"PENDING_APPROVAL".equals(status)) {
			throw RuleViolationException.conflict("coercive-already-decided", status);
		}
		if (!approve && blank(note)) {
			throw RuleViolationException.rule("rejection-needs-note");
		}
		this.status = approve ? "APPROVED" : "REJECTED";
		this.decidedBy = head;
		this.decidedAt = now;
		this.note = note == null ? null : note.strip();
		registerEvent(new EnforcementEvents.CoerciveMeasureReviewed(id, caseId, agencyId, approve, head));
	}

	public UUID agencyId() {
		return agencyId;
	}

	public CoerciveMeasureView view() {
		return new CoerciveMeasureView(id, caseId, agencyId, kind, scheduledAt, whyNonCoerciveInsufficient, scope,
				urgent, urgency, status, requestedBy, decidedBy, decidedAt, note, createdAt, version);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
