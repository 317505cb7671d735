package org.shanzhi.mediation.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.mediation.Reconciliations;
import org.shanzhi.shared.AuditedEvent;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A reconciliation (和解) between an agency and a party of a dispute arising from a
 * discretionary act (M6; LY15): PROPOSED with the terms the party agreed to, then
 * APPROVED or REJECTED by a legal reviewer other than the proposer, who records that it
 * harms neither the public interest nor others' lawful rights; a settlement that harms
 * either cannot be approved.
 */
@Entity
@Table(name = "reconciliation", schema = "mediation")
public class Reconciliation extends AbstractAggregateRoot<Reconciliation> {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "party_id")
	private UUID partyId;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "respondent_agency_id")
	private UUID respondentAgencyId;

	private String dispute;

	private String terms;

	private String law;

	private String article;

	private String status;

	@Column(name = "proposed_by")
	private UUID proposedBy;

	@Column(name = "proposed_at")
	private OffsetDateTime proposedAt;

	@Column(name = "harms_public_interest")
	private Boolean harmsPublicInterest;

	@Column(name = "harms_others_rights")
	private Boolean harmsOthersRights;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "reviewed_by")
	private UUID reviewedBy;

	@Column(name = "reviewed_at")
	private OffsetDateTime reviewedAt;

	@Version
	private Long version;

	protected Reconciliation() {
	}

	public Reconciliation(UUID id, UUID agencyId, UUID partyId, UUID caseId, String dispute, String terms,
			LegalBasis discretion, boolean partyAgreed, UUID proposedBy, OffsetDateTime now) {
		if (!partyAgreed) {
			throw RuleViolationException.rule("reconciliation-needs-party-agreement");
		}
		this.id = id;
		this.agencyId = agencyId;
		this.partyId = partyId;
		this.caseId = caseId;
		this.dispute = dispute.strip();
		this.terms = terms.strip();
		this.law = discretion.law();
		this.article = discretion.article();
		this.status = "PROPOSED";
		this.proposedBy = proposedBy;
		this.proposedAt = now;
		registerEvent(new Changed(id, agencyId, "RECONCILIATION_PROPOSED", Map.of("partyId", partyId.toString())));
	}

	/**
	 * A settlement reached in reconsideration (M7) between the applicant and the
	 * {@code respondentAgency}, put to the reconsideration organ's review.
	 */
	public Reconciliation inReconsiderationOf(UUID respondentAgency) {
		this.respondentAgencyId = respondentAgency;
		return this;
	}

	public UUID respondentAgencyId() {
		return respondentAgencyId;
	}

	/** The legal reviewer's review: approval only of a settlement that harms nobody. */
	public void review(boolean approve, boolean harmsPublic, boolean harmsOthers, String note, UUID reviewer,
			OffsetDateTime now) {
		if (!"PROPOSED".equals(status)) {
			throw RuleViolationException.conflict("reconciliation-reviewed", status);
		}
		if (reviewer.equals(proposedBy)) {
			throw RuleViolationException.rule("reviewer-not-decider");
		}
		if (approve && harmsPublic) {
			throw RuleViolationException.rule("settlement-harms-public-interest");
		}
		if (approve && harmsOthers) {
			throw RuleViolationException.rule("settlement-harms-others-rights");
		}
		if (!approve && (note == null || note.isBlank())) {
			throw RuleViolationException.rule("rejection-needs-note");
		}
		this.harmsPublicInterest = harmsPublic;
		this.harmsOthersRights = harmsOthers;
		this.reviewNote = note == null || note.isBlank() ? null : note.strip();
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
		this.status = approve ? "APPROVED" : "REJECTED";
		registerEvent(new Changed(id, agencyId, approve ? "RECONCILIATION_APPROVED" : "RECONCILIATION_REJECTED",
				Map.of("harmsPublicInterest", harmsPublic, "harmsOthersRights", harmsOthers)));
	}

	public UUID agencyId() {
		return agencyId;
	}

	public Reconciliations.ReconciliationView view() {
		return new Reconciliations.ReconciliationView(id, agencyId, partyId, caseId, dispute, terms,
				new LegalBasis(law, article), status, proposedBy, proposedAt, harmsPublicInterest, harmsOthersRights,
				reviewNote, reviewedBy, reviewedAt, version == null ? 0 : version, respondentAgencyId);
	}

	/** A change of a reconciliation, for the audit trail. */
	public record Changed(UUID reconciliationId, UUID agencyId, String action,
			Map<String, Object> after) implements AuditedEvent {

		public String subjectType() {
			return "RECONCILIATION";
		}

		public String subjectId() {
			return reconciliationId.toString();
		}
	}

}
