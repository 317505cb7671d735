package org.shanzhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.enforcement.CaseOrigin;
import org.shanzhi.enforcement.CaseStatus;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.DecideCommand;
import org.shanzhi.enforcement.DecisionView;
import org.shanzhi.enforcement.EnforcementEvents;
import org.shanzhi.enforcement.HarmLevel;
import org.shanzhi.enforcement.InvestigateCommand;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.OpenCaseCommand;
import org.shanzhi.enforcement.Treatment;
import org.shanzhi.enforcement.TreatmentProposal;
import org.shanzhi.enforcement.ViolationTypeView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An enforcement case and its statutory course. Every transition is a method that checks
 * the current status (409 otherwise) and the rules of the step (422), then registers its
 * event; nothing outside sets the status.
 */
@Entity
@Table(name = "enforcement_case", schema = "enforcement")
public class EnforcementCase extends AbstractAggregateRoot<EnforcementCase> {

	@Id
	private UUID id;

	private String number;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "party_id")
	private UUID partyId;

	@Column(name = "violation_type_id")
	private UUID violationTypeId;

	@Column(name = "violation_code")
	private String violationCode;

	@Column(name = "occurred_on")
	private LocalDate occurredOn;

	private String facts;

	@Enumerated(EnumType.STRING)
	private CaseOrigin origin;

	@Column(name = "origin_id")
	private UUID originId;

	@Convert(converter = JsonColumns.Strings.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<String> evidence;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private String findings;

	@Enumerated(EnumType.STRING)
	private HarmLevel harm;

	@Column(name = "first_offence")
	private Boolean firstOffence;

	private Boolean corrected;

	@Column(name = "corrected_on")
	private LocalDate correctedOn;

	@Column(name = "commitment_signed")
	private Boolean commitmentSigned;

	@Column(name = "rectification_verified")
	private Boolean rectificationVerified;

	@Enumerated(EnumType.STRING)
	@Column(name = "proposed_treatment")
	private Treatment proposedTreatment;

	@Column(name = "proposal_entry_id")
	private UUID proposalEntryId;

	@Column(name = "proposal_list_version")
	private String proposalListVersion;

	@Column(name = "proposal_assessment_id")
	private UUID proposalAssessmentId;

	@Convert(converter = JsonColumns.Strings.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "proposal_reasons")
	private List<String> proposalReasons;

	@Enumerated(EnumType.STRING)
	private Treatment treatment;

	private BigDecimal amount;

	@Column(name = "benchmark_level")
	private String benchmarkLevel;

	@Column(name = "decision_reasons")
	private String decisionReasons;

	@Column(name = "decision_law")
	private String decisionLaw;

	@Column(name = "decision_article")
	private String decisionArticle;

	private boolean departed;

	@Column(name = "departure_reason")
	private String departureReason;

	@Column(name = "outside_benchmark")
	private boolean outsideBenchmark;

	@Column(name = "decided_by")
	private UUID decidedBy;

	@Column(name = "decided_at")
	private OffsetDateTime decidedAt;

	private String review;

	@Column(name = "reviewed_by")
	private UUID reviewedBy;

	@Column(name = "reviewed_at")
	private OffsetDateTime reviewedAt;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "opened_by")
	private UUID openedBy;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "closed_at")
	private OffsetDateTime closedAt;

	@Version
	private long version;

	protected EnforcementCase() {
	}

	public EnforcementCase(UUID id, String number, UUID agencyId, ViolationTypeView type, OpenCaseCommand c,
			UUID openedBy, OffsetDateTime now) {
		this.id = id;
		this.number = number;
		this.agencyId = agencyId;
		this.partyId = c.partyId();
		this.violationTypeId = type.id();
		this.violationCode = type.code();
		this.occurredOn = c.occurredOn();
		this.facts = c.facts().strip();
		this.origin = c.origin();
		this.originId = c.originId();
		this.evidence = c.evidence() == null ? List.of() : List.copyOf(c.evidence());
		this.status = CaseStatus.OPEN;
		this.openedBy = openedBy;
		this.createdAt = now;
		this.review = "NONE";
		registerEvent(
				new EnforcementEvents.CaseOpened(id, agencyId, partyId, violationCode, occurredOn, origin, originId));
	}

	/** Ends (or, before the decision, amends) the investigation. */
	public void investigate(InvestigateCommand c) {
		requireStatus("investigate", CaseStatus.OPEN, CaseStatus.INVESTIGATED);
		if (c.corrected() && c.correctedOn() != null && c.correctedOn().isBefore(occurredOn)) {
			throw RuleViolationException.rule("corrected-before-violation", c.correctedOn(), occurredOn);
		}
		this.findings = c.findings().strip();
		this.harm = c.harm();
		this.firstOffence = c.firstOffence();
		this.corrected = c.corrected();
		this.correctedOn = c.corrected() ? c.correctedOn() : null;
		this.commitmentSigned = c.commitmentSigned();
		this.rectificationVerified = c.rectificationVerified();
		if (c.evidence() != null && !c.evidence().isEmpty()) {
			this.evidence = java.util.stream.Stream.concat(evidence.stream(), c.evidence().stream())
				.distinct()
				.limit(50)
				.toList();
		}
		this.status = CaseStatus.INVESTIGATED;
		registerEvent(new EnforcementEvents.CaseInvestigated(id, agencyId, partyId, harm, corrected));
	}

	/**
	 * Decides the case against the violation type's statutory range and benchmark. A
	 * decision that departs from the leniency proposal needs a written reason and goes to
	 * the legal reviewer; otherwise it takes effect at once.
	 */
	public void decide(DecideCommand c, TreatmentProposal proposal, ViolationTypeView type, UUID officer,
			OffsetDateTime now) {
		requireStatus("decide", CaseStatus.INVESTIGATED);
		Treatment t = c.treatment();
		BigDecimal amount = c.amount();
		var range = type.penaltyRange();
		boolean outside = false;
		if (!t.imposesFine() || !range.fine()) {
			if (amount != null && amount.signum() != 0) {
				throw RuleViolationException.rule(range.fine() ? "no-fine-for-treatment" : "no-fine-for-violation",
						t.name());
			}
			amount = null;
		}
		else {
			if (amount == null) {
				throw RuleViolationException.rule("fine-amount-required", range.min(), range.max());
			}
			if (t == Treatment.MITIGATED) {
				if (amount.compareTo(range.min()) >= 0) {
					throw RuleViolationException.rule("mitigated-below-minimum", amount, range.min());
				}
			}
			else if (!range.contains(amount)) {
				throw RuleViolationException.rule("amount-outside-range", amount, range.min(), range.max());
			}
			if (t == Treatment.STANDARD || t == Treatment.LIGHTER) {
				var level = c.benchmarkLevel() == null ? null : type.level(c.benchmarkLevel());
				if (c.benchmarkLevel() != null && !c.benchmarkLevel().isBlank() && level == null) {
					throw RuleViolationException.rule("unknown-benchmark-level", c.benchmarkLevel(), type.code());
				}
				outside = level != null && !level.contains(amount);
			}
		}
		boolean departs = t != Treatment.NOT_ESTABLISHED && proposal != null && proposal.treatment() != t;
		String departure = c.departureReason() == null ? null : c.departureReason().strip();
		if (departs && (departure == null || departure.isEmpty())) {
			throw RuleViolationException.rule("departure-needs-reason", proposal.treatment().name(), t.name());
		}
		this.treatment = t;
		this.amount = amount;
		this.benchmarkLevel = (c.benchmarkLevel() == null || c.benchmarkLevel().isBlank()) ? null : c.benchmarkLevel();
		this.decisionReasons = c.reasons().strip();
		this.decisionLaw = c.legalBasis().law();
		this.decisionArticle = c.legalBasis().article();
		this.departed = departs;
		this.departureReason = departs ? departure : null;
		this.outsideBenchmark = outside;
		this.decidedBy = officer;
		this.decidedAt = now;
		this.reviewNote = null;
		this.reviewedBy = null;
		this.reviewedAt = null;
		if (proposal != null) {
			this.proposedTreatment = proposal.treatment();
			this.proposalEntryId = proposal.listEntryId();
			this.proposalListVersion = proposal.listVersion();
			this.proposalAssessmentId = proposal.assessmentId();
			this.proposalReasons = List.copyOf(proposal.reasons());
		}
		if (departs) {
			this.status = CaseStatus.AWAITING_REVIEW;
			this.review = "PENDING";
			registerEvent(
					new EnforcementEvents.DecisionSentForReview(id, agencyId, proposal.treatment(), t, departure));
		}
		else {
			this.status = CaseStatus.DECIDED;
			this.review = "NONE";
			registerEvent(decided());
		}
	}

	/** The legal reviewer's answer to a departing decision: approved, it takes effect. */
	public void review(boolean approve, String note, UUID reviewer, OffsetDateTime now) {
		requireStatus("review", CaseStatus.AWAITING_REVIEW);
		if (reviewer.equals(decidedBy)) {
			throw RuleViolationException.rule("reviewer-not-decider");
		}
		if (!approve && (note == null || note.isBlank())) {
			throw RuleViolationException.rule("rejection-needs-note");
		}
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
		this.reviewNote = note == null ? null : note.strip();
		registerEvent(new EnforcementEvents.DecisionReviewed(id, agencyId, approve, reviewer, reviewNote));
		if (approve) {
			this.review = "APPROVED";
			this.status = CaseStatus.DECIDED;
			registerEvent(decided());
		}
		else {
			this.review = "REJECTED";
			this.status = CaseStatus.INVESTIGATED;
		}
	}

	/**
	 * Moves a case not yet decided to the agency it was referred to and that accepted it,
	 * under that agency's violation type of the same code.
	 */
	public void transfer(ViolationTypeView type, UUID referralId) {
		if (status != CaseStatus.OPEN && status != CaseStatus.INVESTIGATED) {
			throw org.shanzhi.shared.RuleViolationException.conflict("case-transition-not-allowed", "transfer",
					status.name());
		}
		UUID from = agencyId;
		this.agencyId = type.agencyId();
		this.violationTypeId = type.id();
		registerEvent(new EnforcementEvents.CaseTransferred(id, agencyId, from, referralId));
	}

	public void close(OffsetDateTime now) {
		requireStatus("close", CaseStatus.DECIDED);
		this.status = CaseStatus.CLOSED;
		this.closedAt = now;
		registerEvent(new EnforcementEvents.CaseClosed(id, agencyId, partyId));
	}

	private EnforcementEvents.CaseDecided decided() {
		return new EnforcementEvents.CaseDecided(id, agencyId, partyId, violationCode, occurredOn, treatment, amount,
				proposedTreatment, departed, outsideBenchmark, decidedBy, decidedAt);
	}

	private void requireStatus(String transition, CaseStatus... allowed) {
		for (CaseStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw RuleViolationException.conflict("case-transition-not-allowed", transition, status.name());
	}

	public UUID id() {
		return id;
	}

	public UUID agencyId() {
		return agencyId;
	}

	public UUID partyId() {
		return partyId;
	}

	public UUID violationTypeId() {
		return violationTypeId;
	}

	public CaseStatus status() {
		return status;
	}

	public long version() {
		return version;
	}

	public org.shanzhi.enforcement.CaseFacts facts(java.time.LocalDate decisionDate) {
		return new org.shanzhi.enforcement.CaseFacts(id, agencyId, partyId, violationCode, occurredOn, harm,
				firstOffence, corrected, correctedOn, commitmentSigned, rectificationVerified, decisionDate);
	}

	public CaseView view() {
		TreatmentProposal proposal = proposedTreatment == null ? null
				: new TreatmentProposal(proposedTreatment, proposalEntryId, proposalListVersion, proposalAssessmentId,
						proposalReasons == null ? List.of() : proposalReasons);
		DecisionView decision = treatment == null ? null
				: new DecisionView(treatment, amount, benchmarkLevel, decisionReasons,
						new LegalBasis(decisionLaw, decisionArticle), departed, departureReason, outsideBenchmark,
						decidedBy, decidedAt, review, reviewedBy, reviewedAt, reviewNote);
		return new CaseView(id, number, agencyId, partyId, violationCode, violationTypeId, occurredOn, facts, origin,
				originId, evidence, status, findings, harm, firstOffence, corrected, correctedOn, commitmentSigned,
				rectificationVerified, proposal, decision, openedBy, createdAt, closedAt, version);
	}

}
