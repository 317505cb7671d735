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
import org.shanzhi.enforcement.ProcedureEvents;
import org.shanzhi.enforcement.ProcedureRecords;
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

	@jakarta.persistence.Embedded
	private CaseProceedings proceedings = new CaseProceedings();

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

	/**
	 * Ends the investigation with the 案件调查终结报告 (or, returned by the review, reports
	 * again): the circumstances, the proposal and the grounds of review and discussion
	 * the facade worked out ({@link ReportFacts}). A departure from the leniency proposal
	 * needs its reason, a returned review its answer.
	 */
	public void investigate(InvestigateCommand c, ReportFacts f, java.util.function.Supplier<String> reportNumber,
			OffsetDateTime now) {
		CaseTransitions.require(CaseStep.INVESTIGATION, status);
		if (c.corrected() && c.correctedOn() != null && c.correctedOn().isBefore(occurredOn)) {
			throw RuleViolationException.rule("corrected-before-violation", c.correctedOn(), occurredOn);
		}
		if (f.records() == 0) {
			throw RuleViolationException.rule("investigation-needs-record");
		}
		if (f.undecidedPreservation()) {
			throw RuleViolationException.rule("preservation-undecided");
		}
		Treatment proposed = c.proposedTreatment() != null ? c.proposedTreatment()
				: f.proposal() == null ? Treatment.STANDARD : f.proposal().treatment();
		boolean departs = f.proposal() != null && proposed != Treatment.NOT_ESTABLISHED
				&& proposed != f.proposal().treatment();
		String departure = blankToNull(c.departureReason());
		if (departs && departure == null) {
			throw RuleViolationException.rule("departure-needs-reason", f.proposal().treatment().name(),
					proposed.name());
		}
		String answer = blankToNull(c.reviewAnswer());
		if (proceedings.lastReview().filter(r -> !r.approved()).isPresent() && answer == null) {
			throw RuleViolationException.rule("review-opinions-unanswered");
		}
		if (f.limitationExpiresOn().isBefore(discoveredOn)) {
			throw RuleViolationException.rule("limitation-period-expired", f.limitationExpiresOn(), 0, discoveredOn);
		}
		List<ProcedureRecords.ReviewGround> grounds = new java.util.ArrayList<>();
		if (c.major()) {
			grounds.add(ProcedureRecords.ReviewGround.PUBLIC_INTEREST);
		}
		if (f.majorRights()) {
			grounds.add(ProcedureRecords.ReviewGround.MAJOR_RIGHTS);
		}
		if (c.complex()) {
			grounds.add(ProcedureRecords.ReviewGround.COMPLEX);
		}
		if (departs) {
			grounds.add(ProcedureRecords.ReviewGround.DEPARTURE);
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
		proceedings.reported(new ProcedureRecords.Report(reportNumber.get(), f.proposal(), f.benchmark(),
				new ProcedureRecords.Limitation(f.limitationExpiresOn()), f.priorGuidance(), List.copyOf(grounds),
				c.major() || c.complex(), proposed, c.proposedPenalties(), c.major(), c.complex(),
				departs ? departure : null, answer, now));
		this.status = !grounds.isEmpty() ? CaseStatus.AWAITING_REVIEW
				: proceedings.discussionRequired() ? CaseStatus.AWAITING_DISCUSSION : CaseStatus.INVESTIGATED;
		registerEvent(new EnforcementEvents.CaseInvestigated(id, agencyId, partyId, harm, corrected));
	}

	/**
	 * What the facade works out for the report: the records and preservations, the
	 * leniency proposal now and the benchmark then and now (APL art. 37), the end of the
	 * limitation period (art. 36), the guidance given before, and whether the proposed
	 * penalties touch major rights (art. 63: a hearing would be due).
	 */
	public record ReportFacts(int records, boolean undecidedPreservation, TreatmentProposal proposal,
			ProcedureRecords.Benchmark benchmark, LocalDate limitationExpiresOn,
			List<ProcedureRecords.PriorGuidance> priorGuidance, boolean majorRights) {
	}

	/**
	 * The end of the limitation period (APL art. 36) from the violation's end, or its
	 * occurrence: two years, five where safety was endangered.
	 */
	public LocalDate limitationExpiresOn() {
		return (violationEndedOn == null ? occurredOn : violationEndedOn).plusYears(endangeredSafety ? 5 : 2);
	}

	/**
	 * The head's decision (APL art. 57): after the notice and the party's periods (or,
	 * with no penalty, straight after the report), with the review and discussion done,
	 * within the statutory range and benchmark, no heavier than the last notice. A
	 * decision departing from the leniency proposal whose departure was not reviewed goes
	 * to the legal reviewer first.
	 */
	public void decide(DecideCommand c, TreatmentProposal proposal, ViolationTypeView type, UUID head,
			OffsetDateTime now, LocalDate today, DecisionPapers papers) {
		CaseTransitions.require(CaseStep.DECISION, status);
		Treatment t = c.treatment();
		List<org.shanzhi.enforcement.Penalty> decided = t == Treatment.NO_PENALTY || t == Treatment.NOT_ESTABLISHED
				? List.of() : c.penaltiesOrFine();
		for (int i = 0; i < decided.size(); i++) {
			decided.get(i).requireComplete("penalties[" + i + "]");
		}
		if (status == CaseStatus.NOTIFIED) {
			awaitDecisionIfDue(today);
			if (status == CaseStatus.NOTIFIED) {
				throw proceedings.statementsAnswered()
						? RuleViolationException.rule("statement-period-running",
								proceedings.lastNotice().map(n -> n.statementDueOn()).orElse(null))
						: RuleViolationException.rule("statements-unanswered");
			}
		}
		if (status == CaseStatus.INVESTIGATED && !decided.isEmpty()) {
			throw RuleViolationException.rule("prior-notice-required");
		}
		proceedings.requireReviewDone();
		proceedings.requireDiscussionHeld();
		if (!decided.isEmpty() && proceedings.beyondNotice(decided)) {
			throw RuleViolationException.rule("decision-heavier-than-notice");
		}
		String overdue = blankToNull(c.overdueReason());
		if (decisionDue != null && today.isAfter(decisionDue) && overdue == null) {
			throw RuleViolationException.rule("decision-overdue-needs-reason", decisionDue);
		}
		BigDecimal fines = org.shanzhi.enforcement.Penalty.fines(decided);
		BigDecimal amount = fines.signum() == 0 ? null : fines;
		var range = type.penaltyRange();
		boolean outside = false;
		if (!t.imposesFine() || !range.fine()) {
			if (amount != null) {
				throw RuleViolationException.rule(range.fine() ? "no-fine-for-treatment" : "no-fine-for-violation",
						t.name());
			}
		}
		else {
			if (amount == null && decided.isEmpty()) {
				throw RuleViolationException.rule("fine-amount-required", range.min(), range.max());
			}
			if (amount != null) {
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
		}
		boolean departs = t != Treatment.NOT_ESTABLISHED && proposal != null && proposal.treatment() != t;
		String departure = blankToNull(c.departureReason());
		if (departs && departure == null) {
			throw RuleViolationException.rule("departure-needs-reason", proposal.treatment().name(), t.name());
		}
		boolean departureReviewed = departs && proceedings.report() != null
				&& proceedings.report().proposedTreatment() == t
				&& proceedings.report().reviewGrounds().contains(ProcedureRecords.ReviewGround.DEPARTURE)
				&& proceedings.reviewApproved();
		this.treatment = t;
		this.amount = amount;
		this.penalties = List.copyOf(decided);
		this.benchmarkLevel = (c.benchmarkLevel() == null || c.benchmarkLevel().isBlank()) ? null : c.benchmarkLevel();
		this.decisionReasons = c.reasons().strip();
		this.decisionLaw = c.legalBasis().law();
		this.decisionArticle = c.legalBasis().article();
		this.departed = departs;
		this.departureReason = departs ? departure : null;
		this.outsideBenchmark = outside;
		this.decidedBy = head;
		this.decidedAt = now;
		this.paymentDueDays = c.paymentDueDays() == null ? papers.paymentDueDays() : c.paymentDueDays();
		proceedings.overdue(overdue);
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
		if (departs && !departureReviewed) {
			this.status = CaseStatus.AWAITING_REVIEW;
			this.review = "PENDING";
			registerEvent(
					new EnforcementEvents.DecisionSentForReview(id, agencyId, proposal.treatment(), t, departure));
		}
		else {
			issueDecision(papers);
		}
	}

	/**
	 * What the facade gives a decision to issue its documents: numbers, the payment
	 * terms.
	 */
	public interface DecisionPapers {

		/** Issues the 行政处罚决定书 (or 不予行政处罚决定书) of the case as it now stands. */
		String issue(EnforcementCase decided);

		/** The number of the 缴款通知书 for the fine. */
		String paymentNotice(EnforcementCase decided);

		/** The designated account for fines (罚缴分离). */
		String account();

		int paymentDueDays();

	}

	private void issueDecision(DecisionPapers papers) {
		this.review = "PENDING".equals(review) ? "APPROVED" : review == null ? "NONE" : review;
		this.status = CaseStatus.DECIDED;
		this.decisionNumber = papers.issue(this);
		if (penalties.stream().anyMatch(p -> p.kind() == org.shanzhi.enforcement.PenaltyKind.FINE)) {
			this.paymentAccount = papers.account();
			this.paymentNoticeNumber = papers.paymentNotice(this);
		}
		registerEvent(decided());
		ProcedureRecords.Report r = proceedings.report();
		if (r != null && (r.major() || r.complex()) && !penalties.isEmpty()) {
			registerEvent(new ProcedureEvents.FollowUpDue(id, agencyId, partyId, number,
					r.major() ? "MAJOR" : "COMPLEX",
					decidedAt.atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE).toLocalDate().plusDays(30)));
		}
	}

	/**
	 * The legal reviewer's answer (法制审核, APL art. 58): to the report (approved: on to the
	 * discussion where required, else to the notice, after a hearing to the decision;
	 * returned: back to the officers, who answer its opinions), or to a decision
	 * departing from the proposal (approved: it takes effect). The reviewer did not
	 * investigate the case and is not its decider.
	 */
	public void review(boolean approve, String note, List<String> opinions, UUID reviewer, UUID reviewerOfficer,
			OffsetDateTime now, java.util.function.Supplier<String> opinionNumber, DecisionPapers papers) {
		CaseTransitions.require(CaseStep.REVIEW, status);
		if (reviewer.equals(decidedBy)) {
			throw RuleViolationException.rule("reviewer-not-decider");
		}
		if (reviewerOfficer != null && officers.stream().anyMatch(o -> o.officerId().equals(reviewerOfficer))) {
			throw RuleViolationException.rule("reviewer-investigated-case");
		}
		if (!approve && (note == null || note.isBlank())) {
			throw RuleViolationException.rule("rejection-needs-note");
		}
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
		this.reviewNote = note == null ? null : note.strip();
		proceedings.reviewed(new ProcedureRecords.Review(now, reviewer, approve, reviewNote,
				opinions == null ? List.of() : List.copyOf(opinions), opinionNumber.get()));
		registerEvent(new EnforcementEvents.DecisionReviewed(id, agencyId, approve, reviewer, reviewNote));
		boolean decisionPending = "PENDING".equals(review) && treatment != null && decisionNumber == null;
		if (decisionPending) {
			if (approve) {
				issueDecision(papers);
			}
			else {
				this.review = "REJECTED";
				this.treatment = null;
				this.amount = null;
				this.penalties = List.of();
				this.status = proceedings.notices().isEmpty() ? CaseStatus.INVESTIGATED : CaseStatus.AWAITING_DECISION;
			}
			return;
		}
		if (!approve) {
			this.status = CaseStatus.INVESTIGATED;
		}
		else if (proceedings.discussionRequired() && proceedings.discussion() == null) {
			this.status = CaseStatus.AWAITING_DISCUSSION;
		}
		else {
			this.status = proceedings.hearingHeld() ? CaseStatus.AWAITING_DECISION : CaseStatus.INVESTIGATED;
		}
	}

	/**
	 * 集体讨论 (APL art. 57(2)) presided by the head with at least three present: on to the
	 * notice (after a hearing, the decision), or back to the investigation.
	 */
	public void discuss(ProcedureRecords.Discussion d) {
		CaseTransitions.require(CaseStep.COLLECTIVE_DISCUSSION, status);
		if (!d.presidedByHead() || d.attendees().size() < 3) {
			throw RuleViolationException.rule("discussion-needs-quorum", d.attendees().size());
		}
		proceedings.discussed(d);
		this.status = "FURTHER_INVESTIGATION".equals(d.conclusion()) ? CaseStatus.OPEN
				: proceedings.hearingHeld() ? CaseStatus.AWAITING_DECISION : CaseStatus.INVESTIGATED;
		registerEvent(new ProcedureEvents.Step(id, agencyId, "DISCUSSED",
				java.util.Map.of("conclusion", d.conclusion(), "attendees", d.attendees().size())));
	}

	/**
	 * 行政处罚事先告知 (APL art. 44): the treatment and penalties proposed with facts, reasons
	 * and basis, the right to be heard where art. 63 gives it; after statements, no
	 * heavier than the last notice without new facts (art. 45).
	 */
	public ProcedureRecords.PriorNotice notifyPriorly(ProcedureRecords.PriorNotice notice, boolean hearingDue) {
		CaseTransitions.require(CaseStep.PRIOR_NOTICE, status);
		if (status == CaseStatus.INVESTIGATED) {
			proceedings.requireReviewDone();
			proceedings.requireDiscussionHeld();
		}
		if (hearingDue && !notice.hearingRight()) {
			throw RuleViolationException.rule("prior-notice-needs-hearing-right");
		}
		if (proceedings.defended() && notice.newFacts() == null && proceedings.beyondNotice(notice.penalties())) {
			throw RuleViolationException.rule("no-heavier-penalty-for-defence");
		}
		proceedings.notified(notice);
		this.status = CaseStatus.NOTIFIED;
		return notice;
	}

	/** 陈述申辩 (or their waiver) received, until the decision. */
	public void state(ProcedureRecords.Statement s, LocalDate today) {
		CaseTransitions.require(CaseStep.STATEMENTS, status);
		proceedings.stated(s);
		registerEvent(new ProcedureEvents.Step(id, agencyId, "STATEMENT_RECEIVED",
				java.util.Map.of("kind", s.kind(), "channel", s.channel())));
		awaitDecisionIfDue(today);
	}

	/** The officers answer a statement: adopted in all, in part or not, with reasons. */
	public ProcedureRecords.Statement answerStatement(UUID statementId, String adopted, String reasons,
			OffsetDateTime now, LocalDate today) {
		CaseTransitions.require(CaseStep.STATEMENTS, status);
		ProcedureRecords.Statement answered = proceedings.answer(statementId, adopted, reasons, now);
		registerEvent(
				new ProcedureEvents.Step(id, agencyId, "STATEMENT_ANSWERED", java.util.Map.of("adopted", adopted)));
		awaitDecisionIfDue(today);
		return answered;
	}

	/**
	 * From the notice to the decision: once the party waived its rights, or its periods
	 * ended without a hearing request, and every statement is answered.
	 */
	public boolean awaitDecisionIfDue(LocalDate today) {
		if (status == CaseStatus.NOTIFIED && proceedings.statementsAnswered()
				&& (proceedings.waivedAll() || proceedings.periodsOver(today))) {
			this.status = CaseStatus.AWAITING_DECISION;
			return true;
		}
		return false;
	}

	/** 听证申请 within the period (APL art. 63–64). */
	public void requestHearing(OffsetDateTime requestedAt, String channel, LocalDate requestedOn) {
		CaseTransitions.require(CaseStep.HEARING_REQUEST, status);
		ProcedureRecords.PriorNotice n = proceedings.lastNotice().orElse(null);
		if (n == null || !n.hearingRight()) {
			throw RuleViolationException.rule("hearing-not-available");
		}
		if (n.hearingRequestDueOn() != null && requestedOn.isAfter(n.hearingRequestDueOn())) {
			throw RuleViolationException.rule("hearing-request-late", n.hearingRequestDueOn());
		}
		proceedings.hearingChanged(new ProcedureRecords.Hearing(requestedAt, channel, null, null));
		this.status = CaseStatus.HEARING;
		registerEvent(
				new ProcedureEvents.Step(id, agencyId, "HEARING_REQUESTED", java.util.Map.of("channel", channel)));
	}

	/**
	 * 听证通知 seven working days before (the facade counts them), presided by an officer who
	 * did not investigate.
	 */
	public void noticeHearing(ProcedureRecords.HearingNotice notice, int workingDaysBefore) {
		CaseTransitions.require(CaseStep.HEARING_NOTICE, status);
		if (proceedings.hearing() == null) {
			throw RuleViolationException.conflict("hearing-not-requested");
		}
		if (officers.stream().anyMatch(o -> o.officerId().equals(notice.presidingOfficerId()))) {
			throw RuleViolationException.rule("presiding-officer-investigated", notice.presidingOfficerName());
		}
		if (workingDaysBefore < 7) {
			throw RuleViolationException.rule("hearing-notice-period", workingDaysBefore);
		}
		proceedings.hearingChanged(proceedings.hearing().withNotice(notice));
		registerEvent(new ProcedureEvents.Step(id, agencyId, "HEARING_NOTIFIED", java.util.Map.of("presidingOfficer",
				notice.presidingOfficerName(), "scheduledAt", notice.scheduledAt().toString())));
	}

	/**
	 * 听证笔录 and the report by the presiding officer: the hearing held (or the party
	 * absent, a waiver, art. 64(6)); the legal review follows (art. 58(2)).
	 */
	public void recordHearing(ProcedureRecords.HearingMinutes minutes, UUID presidingOfficer, OffsetDateTime now) {
		CaseTransitions.require(CaseStep.HEARING_RECORD, status);
		ProcedureRecords.Hearing h = proceedings.hearing();
		if (h == null || h.notice() == null) {
			throw RuleViolationException.conflict("hearing-not-scheduled");
		}
		if (!h.notice().presidingOfficerId().equals(presidingOfficer)) {
			throw new org.springframework.security.access.AccessDeniedException("only the presiding officer");
		}
		proceedings.hearingChanged(h.withMinutes(minutes));
		proceedings.addReviewGround(ProcedureRecords.ReviewGround.HEARING_HELD, now);
		this.status = CaseStatus.AWAITING_REVIEW;
		registerEvent(new ProcedureEvents.Step(id, agencyId, "HEARING_HELD",
				java.util.Map.of("partyAbsent", minutes.partyAbsent())));
	}

	/** 延长办案期限 (APL art. 60), asked before the limit. */
	public void extend(int days, String reason, UUID head, LocalDate today, OffsetDateTime now) {
		CaseTransitions.require(CaseStep.EXTENSIONS, status);
		if (decisionDue == null || today.isAfter(decisionDue)) {
			throw RuleViolationException.rule("extension-after-expiry", decisionDue);
		}
		proceedings.extended(new ProcedureRecords.Extension(days, reason.strip(), head, now));
		this.decisionDue = decisionDue.plusDays(days);
		registerEvent(new ProcedureEvents.Step(id, agencyId, "DECISION_DUE_EXTENDED",
				java.util.Map.of("days", days, "reason", reason.strip(), "decisionDue", decisionDue.toString())));
	}

	/** 移送 (APL art. 27) to the organ with competence for what the case found. */
	public void transferOut(ProcedureRecords.Transfer t) {
		CaseTransitions.require(CaseStep.TRANSFER, status);
		proceedings.transferred(t);
		this.status = CaseStatus.TRANSFERRED;
		registerEvent(new ProcedureEvents.Step(id, agencyId, "TRANSFERRED_OUT",
				java.util.Map.of("organ", t.organ(), "documentNumber", t.documentNumber())));
	}

	/**
	 * 送达 of an issued document (APL art. 61): the decision's delivery makes the case
	 * {@code DELIVERED} (late after seven working days only with a reason); the notice's
	 * starts the party's periods.
	 */
	public ProcedureRecords.Delivery deliver(ProcedureRecords.Delivery d, DeliveryEffects effects) {
		CaseTransitions.require(CaseStep.DELIVERIES, status);
		if ("PUBLIC_NOTICE".equals(d.method()) && proceedings.deliveries()
			.stream()
			.noneMatch(x -> x.documentKind().equals(d.documentKind()) && !"PUBLIC_NOTICE".equals(x.method())
					&& x.deliveredAt() == null)) {
			throw RuleViolationException.rule("public-notice-needs-failed-delivery");
		}
		boolean decision = d.documentKind().equals("decision") || d.documentKind().equals("no-penalty-decision");
		if (decision && effects.decisionLate(d.deliveredAt() == null ? effects.now() : d.deliveredAt())
				&& blankToNull(d.lateReason()) == null) {
			throw RuleViolationException.rule("delivery-late-needs-reason");
		}
		proceedings.delivering(d);
		registerEvent(new ProcedureEvents.Step(id, agencyId, "DOCUMENT_SENT",
				java.util.Map.of("documentNumber", d.documentNumber() == null ? d.documentKind() : d.documentNumber(),
						"method", d.method(), "deliveryStatus", d.status())));
		if (d.deliveredAt() != null && !d.deliveredAt().isAfter(effects.now())) {
			delivered(d, effects);
		}
		return d;
	}

	/**
	 * The deliveries whose day has come (a public notice is deemed delivered thirty days
	 * on) reach the party now, with their effects; answers how many.
	 */
	public int completeDueDeliveries(DeliveryEffects effects) {
		int done = 0;
		for (ProcedureRecords.Delivery d : proceedings.deliveries()) {
			if ("SENT".equals(d.status()) && d.deliveredAt() != null && !d.deliveredAt().isAfter(effects.now())) {
				ProcedureRecords.Delivery arrived = proceedings.markDelivered(d.id());
				registerEvent(new ProcedureEvents.Step(id, agencyId, "DOCUMENT_DELIVERED",
						java.util.Map.of("documentNumber",
								d.documentNumber() == null ? d.documentKind() : d.documentNumber(), "method",
								d.method())));
				delivered(arrived, effects);
				done++;
			}
		}
		return done;
	}

	/** The effects of a document reaching the party. */
	private void delivered(ProcedureRecords.Delivery d, DeliveryEffects effects) {
		effects.documentDelivered(d);
		if (d.documentKind().startsWith("prior-notice")) {
			LocalDate day = d.deliveredAt().atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE).toLocalDate();
			proceedings.noticeDelivered(d.documentKind(), d.deliveredAt(), effects.statementDue(day),
					effects.statementDue(day));
		}
		if ((d.documentKind().equals("decision") || d.documentKind().equals("no-penalty-decision"))
				&& status == CaseStatus.DECIDED) {
			this.deliveredAt = d.deliveredAt();
			this.status = CaseStatus.DELIVERED;
			registerEvent(new ProcedureEvents.DecisionDelivered(id, agencyId, partyId, decisionNumber,
					procedure == null ? CaseProcedure.ORDINARY : procedure, !penalties.isEmpty(),
					decidedAt.atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE).toLocalDate(), d.deliveredAt()));
		}
	}

	/**
	 * The decision is revoked (by reconsideration, litigation or the agency's own
	 * correction): its 公示 is withdrawn. Only a decision imposing a penalty, once.
	 */
	public void revoke(ProcedureRecords.Revocation r) {
		CaseTransitions.require(CaseStep.REVOCATION, status);
		if (decisionNumber == null || penalties.isEmpty()) {
			throw RuleViolationException.rule("revocation-needs-penalty-decision");
		}
		if (proceedings.revocation() != null) {
			throw RuleViolationException.conflict("decision-already-revoked");
		}
		proceedings.revoked(r);
		registerEvent(new ProcedureEvents.DecisionRevoked(id, agencyId, decisionNumber, r.reason(), r.by()));
	}

	/** What a delivery needs from the facade. */
	public interface DeliveryEffects {

		OffsetDateTime now();

		/** Whether the decision delivered then is delivered after seven working days. */
		boolean decisionLate(OffsetDateTime deliveredAt);

		/** The day the party's periods end (five working days from the notice). */
		LocalDate statementDue(LocalDate deliveredOn);

		/** Marks the case's document delivered. */
		void documentDelivered(ProcedureRecords.Delivery d);

	}

	public CaseProceedings proceedings() {
		return proceedings;
	}

	/** The notice just issued gets its number. */
	public ProcedureRecords.PriorNotice numberLastNotice(String number) {
		ProcedureRecords.PriorNotice n = proceedings.numberLastNotice(number);
		registerEvent(new ProcedureEvents.PriorNoticeIssued(id, agencyId, partyId, number, n.hearingRight(),
				n.mediationRight()));
		return n;
	}

	/** The hearing's notice gets its number. */
	public void numberHearingNotice(String number) {
		proceedings.numberHearingNotice(number);
	}

	/** A paper delivery gets the number of its 送达回证. */
	public void numberReceipt(UUID deliveryId, String receipt) {
		proceedings.numberReceipt(deliveryId, receipt);
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

	/**
	 * 结案 by the head: a delivered decision performed (fines paid, or none), an
	 * application to the court ruled on, or a transfer; else 422
	 * {@code close-needs-performance}.
	 */
	public void close(boolean performed, String summary, OffsetDateTime now) {
		CaseTransitions.require(CaseStep.CLOSE, status);
		if (status == CaseStatus.DECIDED || !performed) {
			throw RuleViolationException.rule("close-needs-performance", status.name());
		}
		proceedings.closing(blankToNull(summary));
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
				CaseTransitions.nextSteps(status), new CaseDeadlines(filingDue, decisionDue), proceedings.report(),
				proceedings.reviews(), proceedings.discussion(), proceedings.notices(), proceedings.statements(),
				proceedings.hearing(), proceedings.extensions(), proceedings.deliveries(), proceedings.transfer());
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
		this.filedOn = at.atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE).toLocalDate();
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
