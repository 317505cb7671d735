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
import org.shanzhi.directory.OfficerView;
import org.shanzhi.enforcement.CaseDeadlines;
import org.shanzhi.enforcement.CaseOfficerView;
import org.shanzhi.enforcement.CaseOrigin;
import org.shanzhi.enforcement.CaseProcedure;
import org.shanzhi.enforcement.CaseStep;
import org.shanzhi.enforcement.RecusalView;
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

	@Enumerated(EnumType.STRING)
	private CaseProcedure procedure;

	@Column(name = "discovered_on")
	private LocalDate discoveredOn;

	@Column(name = "violation_ended_on")
	private LocalDate violationEndedOn;

	@Column(name = "endangered_safety")
	private boolean endangeredSafety;

	@Column(name = "filing_due")
	private LocalDate filingDue;

	@Column(name = "filed_on")
	private LocalDate filedOn;

	@Column(name = "filed_by")
	private UUID filedBy;

	@Column(name = "filing_number")
	private String filingNumber;

	@Column(name = "filing_note")
	private String filingNote;

	@Column(name = "filing_late_reason")
	private String filingLateReason;

	@Column(name = "decision_due")
	private LocalDate decisionDue;

	@Convert(converter = JsonColumns.Officers.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<CaseOfficerView> officers;

	@Convert(converter = JsonColumns.Recusals.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<RecusalView> recusals;

	@Convert(converter = JsonColumns.Penalties.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<org.shanzhi.enforcement.Penalty> penalties;

	@Column(name = "decision_number")
	private String decisionNumber;

	@Column(name = "payment_due_days")
	private Integer paymentDueDays;

	@Column(name = "payment_account")
	private String paymentAccount;

	@Column(name = "payment_notice_number")
	private String paymentNoticeNumber;

	@Column(name = "delivered_at")
	private OffsetDateTime deliveredAt;

	@Version
	private long version;

	protected EnforcementCase() {
	}

	/**
	 * Registers a case (案源登记) with the officers named, once the limitation period (APL
	 * art. 36) is checked: discovered more than two years (five where life, health or
	 * financial safety was endangered with consequences) after the violation occurred or,
	 * continuing, ended, it is refused.
	 */
	public EnforcementCase(UUID id, String number, UUID agencyId, ViolationTypeView type, OpenCaseCommand c,
			LocalDate discoveredOn, List<CaseOfficerView> officers, LocalDate filingDue, UUID openedBy,
			OffsetDateTime now) {
		checkLimitation(c.occurredOn(), c.violationEndedOn(), c.endangersSafety(), discoveredOn);
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
		this.procedure = c.procedureOrDefault();
		this.discoveredOn = discoveredOn;
		this.violationEndedOn = c.violationEndedOn();
		this.endangeredSafety = c.endangersSafety();
		this.filingDue = filingDue;
		this.officers = List.copyOf(officers);
		this.recusals = List.of();
		this.penalties = List.of();
		this.status = CaseStatus.REGISTERED;
		this.openedBy = openedBy;
		this.createdAt = now;
		this.review = "NONE";
		registerEvent(new EnforcementEvents.CaseOpened(id, agencyId, partyId, violationCode, occurredOn, origin,
				originId, discoveredOn, officers.stream().map(CaseOfficerView::name).toList()));
	}

	/**
	 * The limitation period of APL art. 36: 422 {@code limitation-period-expired} when
	 * the violation was discovered after it; a discovery before the violation, or an end
	 * before its start, is refused too.
	 */
	public static void checkLimitation(LocalDate occurredOn, LocalDate endedOn, boolean endangeredSafety,
			LocalDate discoveredOn) {
		if (endedOn != null && endedOn.isBefore(occurredOn)) {
			throw RuleViolationException.rule("violation-ended-before-it-occurred", endedOn, occurredOn);
		}
		if (discoveredOn.isBefore(occurredOn)) {
			throw RuleViolationException.rule("discovered-before-violation", discoveredOn, occurredOn);
		}
		LocalDate from = endedOn == null ? occurredOn : endedOn;
		int years = endangeredSafety ? 5 : 2;
		if (discoveredOn.isAfter(from.plusYears(years))) {
			throw RuleViolationException.rule("limitation-period-expired", from, years, discoveredOn);
		}
	}

	/**
	 * 立案审批: the head files the case (立案, numbered 立案审批表; the decision falls due
	 * {@code decisionDays} later) or refuses to (不予立案, with a note). After
	 * {@code filingDue} the delay needs its reason.
	 */
	public void file(boolean approve, String note, String lateReason, UUID head, LocalDate today, OffsetDateTime now,
			int decisionDays, java.util.function.Supplier<String> filingNumberIssued) {
		CaseTransitions.require(CaseStep.FILING, status);
		String n = blankToNull(note);
		String late = blankToNull(lateReason);
		if (!approve && n == null) {
			throw RuleViolationException.rule("rejection-needs-note");
		}
		if (today.isAfter(filingDue) && late == null) {
			throw RuleViolationException.rule("filing-late-needs-reason", filingDue);
		}
		this.filingNote = n;
		this.filingLateReason = late;
		this.filedBy = head;
		if (approve) {
			this.filedOn = today;
			this.decisionDue = today.plusDays(decisionDays);
			this.filingNumber = filingNumberIssued.get();
			this.status = CaseStatus.OPEN;
		}
		else {
			this.status = CaseStatus.NOT_FILED;
			this.closedAt = now;
		}
		registerEvent(new EnforcementEvents.CaseFiled(id, agencyId, approve, filedOn, filingNumber, n, late));
	}

	/**
	 * The officers named on an act (on-site or investigation, APL art. 42), checked in
	 * the order of API.md: fewer than two → {@code two-certified-officers}; then per
	 * officer named, the first at fault: {@code officer-certificate-invalid},
	 * {@code officer-recused}, {@code not-a-case-officer}.
	 * @param directory the directory's record of an officer, {@code null} when unknown
	 */
	public void requireOfficersOnAct(List<UUID> named, java.util.function.Function<UUID, OfficerView> directory,
			LocalDate day) {
		OfficersOnAct.check(named, directory, day, this::recused,
				o -> officers.stream().anyMatch(a -> a.officerId().equals(o.id())));
	}

	/** 422 {@code officer-recused} when the officer stepped aside from this case. */
	public void requireNotRecused(UUID officerId) {
		if (officerId != null && recused(officerId)) {
			throw RuleViolationException.rule("officer-recused", officer(officerId).name());
		}
	}

	private boolean recused(UUID officerId) {
		return officers.stream().anyMatch(o -> o.officerId().equals(officerId) && o.recusedAt() != null);
	}

	private CaseOfficerView officer(UUID officerId) {
		return officers.stream()
			.filter(o -> o.officerId().equals(officerId))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.rule("not-a-case-officer", officerId));
	}

	/** The head names an officer of the agency with a valid certificate to the case. */
	public void assignOfficer(OfficerView o, UUID head, LocalDate day, OffsetDateTime now) {
		CaseTransitions.require(CaseStep.OFFICERS, status);
		if (!o.agencyId().equals(agencyId)) {
			throw RuleViolationException.rule("officer-of-another-agency", o.name());
		}
		if (!o.certificateValidOn(day)) {
			throw RuleViolationException.rule("officer-certificate-invalid", o.name());
		}
		var existing = officers.stream().filter(a -> a.officerId().equals(o.id())).findFirst();
		if (existing.isPresent()) {
			if (existing.get().recusedAt() != null) {
				throw RuleViolationException.rule("officer-recused", o.name());
			}
			throw RuleViolationException.conflict("officer-already-assigned", o.name());
		}
		List<CaseOfficerView> next = new java.util.ArrayList<>(officers);
		next.add(new CaseOfficerView(o.id(), o.name(), o.certificateNumber(), now, null));
		this.officers = List.copyOf(next);
		registerEvent(
				new EnforcementEvents.CaseOfficerChanged(id, agencyId, o.id(), o.name(), "OFFICER_ASSIGNED", head));
	}

	/**
	 * The head takes an officer off the case; two acting officers stay (422
	 * {@code two-certified-officers}), and a recused one stays on record.
	 */
	public void removeOfficer(UUID officerId, UUID head) {
		CaseTransitions.require(CaseStep.OFFICERS, status);
		CaseOfficerView o = officer(officerId);
		if (o.recusedAt() != null) {
			throw RuleViolationException.rule("officer-recused", o.name());
		}
		long acting = officers.stream().filter(a -> a.recusedAt() == null).count();
		if (acting - 1 < 2) {
			throw RuleViolationException.rule("two-certified-officers", acting - 1);
		}
		this.officers = officers.stream().filter(a -> !a.officerId().equals(officerId)).toList();
		registerEvent(
				new EnforcementEvents.CaseOfficerChanged(id, agencyId, officerId, o.name(), "OFFICER_REMOVED", head));
	}

	/**
	 * An application for an officer of the case to step aside (回避, APL art. 43), by the
	 * officer or the party, with its reason; pending until the head decides.
	 */
	public RecusalView applyForRecusal(UUID officerId, String reason, RecusalView.AppliedBy appliedBy, UUID account,
			OffsetDateTime now) {
		CaseTransitions.require(CaseStep.RECUSAL, status);
		String r = blankToNull(reason);
		if (r == null) {
			throw RuleViolationException.rule("recusal-needs-reason");
		}
		CaseOfficerView o = officer(officerId);
		if (o.recusedAt() != null) {
			throw RuleViolationException.rule("officer-recused", o.name());
		}
		if (recusals.stream().anyMatch(x -> x.officerId().equals(officerId) && x.pending())) {
			throw RuleViolationException.conflict("recusal-pending", o.name());
		}
		RecusalView applied = new RecusalView(UUID.randomUUID(), officerId, o.name(), appliedBy, r, account, now,
				"PENDING", null, null, null);
		List<RecusalView> next = new java.util.ArrayList<>(recusals);
		next.add(applied);
		this.recusals = List.copyOf(next);
		registerEvent(new EnforcementEvents.RecusalApplied(id, agencyId, applied.id(), o.name(), appliedBy, r));
		return applied;
	}

	/**
	 * The head decides the pending recusal of an officer: approved, the officer is off
	 * the case ({@code recusedAt}) and their later acts are refused
	 * ({@code officer-recused}); a refusal needs its note. The investigation goes on
	 * meanwhile.
	 */
	public RecusalView decideRecusal(UUID officerId, boolean approve, String note, UUID head, OffsetDateTime now) {
		CaseTransitions.require(CaseStep.RECUSAL, status);
		CaseOfficerView o = officer(officerId);
		RecusalView pending = recusals.stream()
			.filter(x -> x.officerId().equals(officerId) && x.pending())
			.findFirst()
			.orElseThrow(() -> RuleViolationException.conflict("recusal-not-pending", o.name()));
		String n = blankToNull(note);
		if (!approve && n == null) {
			throw RuleViolationException.rule("rejection-needs-note");
		}
		RecusalView decided = pending.decided(approve, head, now, n);
		this.recusals = recusals.stream().map(x -> x.id().equals(pending.id()) ? decided : x).toList();
		if (approve) {
			this.officers = officers.stream().map(a -> a.officerId().equals(officerId) ? a.recused(now) : a).toList();
		}
		registerEvent(new EnforcementEvents.RecusalDecided(id, agencyId, pending.id(), o.name(), approve, n));
		return decided;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Ends (or, before the decision, amends) the investigation. */
	public void investigate(InvestigateCommand c) {
		CaseTransitions.require(CaseStep.INVESTIGATION, status);
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
		CaseTransitions.require(CaseStep.DECISION, status);
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
		CaseTransitions.require(CaseStep.REVIEW, status);
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
		CaseTransitions.require(CaseStep.REFERRAL, status);
		UUID from = agencyId;
		this.agencyId = type.agencyId();
		this.violationTypeId = type.id();
		registerEvent(new EnforcementEvents.CaseTransferred(id, agencyId, from, referralId));
	}

	public void close(OffsetDateTime now) {
		CaseTransitions.require(CaseStep.CLOSE, status);
		this.status = CaseStatus.CLOSED;
		this.closedAt = now;
		registerEvent(new EnforcementEvents.CaseClosed(id, agencyId, partyId));
	}

	private EnforcementEvents.CaseDecided decided() {
		return new EnforcementEvents.CaseDecided(id, agencyId, partyId, violationCode, occurredOn, treatment, amount,
				proposedTreatment, departed, outsideBenchmark, decidedBy, decidedAt);
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

	public LocalDate filingDue() {
		return filingDue;
	}

	public LocalDate filedOn() {
		return filedOn;
	}

	public LocalDate decisionDue() {
		return decisionDue;
	}

	public String number() {
		return number;
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
						decidedBy, decidedAt, review, reviewedBy, reviewedAt, reviewNote,
						penalties == null ? List.of() : penalties, decisionNumber,
						paymentAccount == null ? null : new org.shanzhi.enforcement.PaymentTerms(paymentAccount,
								paymentNoticeNumber, paymentDueDays == null ? 15 : paymentDueDays),
						deliveredAt);
		return new CaseView(id, number, agencyId, partyId, violationCode, violationTypeId, occurredOn, facts, origin,
				originId, evidence, status, findings, harm, firstOffence, corrected, correctedOn, commitmentSigned,
				rectificationVerified, proposal, decision, openedBy, createdAt, closedAt, version,
				procedure == null ? CaseProcedure.ORDINARY : procedure, discoveredOn, violationEndedOn,
				endangeredSafety, filedOn, filingNumber, filingNote, filingLateReason, filedBy,
				officers == null ? List.of() : officers, recusals == null ? List.of() : recusals,
				CaseTransitions.nextSteps(status), new CaseDeadlines(filingDue, decisionDue));
	}

	/**
	 * 当场处罚 (APL arts. 51–52): the case just registered under the simple procedure is
	 * decided on the spot with its 当场处罚决定书 ({@code number}); {@code DELIVERED} at once
	 * when the party signed for it there, else {@code DECIDED}. Its fines fall due
	 * {@code paymentDueDays} after delivery. Only a simple-procedure case still
	 * {@code REGISTERED} is decided so.
	 */
	public void decideOnTheSpot(List<org.shanzhi.enforcement.Penalty> imposed, String reasons, LegalBasis basis,
			OffsetDateTime at, UUID officer, String number, int dueDays, String account, boolean partySigned,
			boolean reportedLate) {
		if (procedure != CaseProcedure.SIMPLE || status != CaseStatus.REGISTERED || treatment != null) {
			throw RuleViolationException.conflict("case-transition-not-allowed", CaseStep.DECISION.path(),
					status.name());
		}
		BigDecimal fines = org.shanzhi.enforcement.Penalty.fines(imposed);
		this.penalties = List.copyOf(imposed);
		this.treatment = Treatment.STANDARD;
		this.amount = fines.signum() == 0 ? null : fines;
		this.decisionReasons = reasons.strip();
		this.decisionLaw = basis.law();
		this.decisionArticle = basis.article();
		this.decidedBy = officer;
		this.decidedAt = at;
		this.decisionNumber = number;
		this.paymentDueDays = dueDays;
		this.paymentAccount = account;
		this.paymentNoticeNumber = number;
		this.filedOn = at.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
		this.filedBy = officer;
		this.review = "NONE";
		this.status = CaseStatus.DECIDED;
		registerEvent(decided());
		registerEvent(new org.shanzhi.enforcement.ExecutionEvents.DecidedOnTheSpot(id, agencyId, number,
				imposed.stream().map(p -> p.kind().name()).toList(), fines, partySigned, reportedLate));
		if (partySigned) {
			this.deliveredAt = at;
			this.status = CaseStatus.DELIVERED;
			registerEvent(new org.shanzhi.enforcement.ProcedureEvents.DecisionDelivered(id, agencyId, partyId, number,
					procedure, true, filedOn, at));
		}
	}

	/**
	 * 申请人民法院强制执行 (ACL art. 53): the delivered decision goes to the court
	 * ({@code ENFORCEMENT_APPLIED}); the application itself, with its rules, is
	 * {@code EnforcementApplication}'s.
	 */
	public void enforcementApplied() {
		CaseTransitions.require(CaseStep.ENFORCEMENT_APPLICATION, status);
		this.status = CaseStatus.ENFORCEMENT_APPLIED;
	}

}
