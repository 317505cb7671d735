package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.OfficerView;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.directory.PartyView;
import org.shanzhi.enforcement.internal.CaseRepository;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.enforcement.internal.OfficersOnAct;
import org.shanzhi.security.Actor;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 当场处罚, the simple procedure (APL arts. 51–52): a warning, or a fine of at most 200 yuan
 * on a person or 3,000 yuan on an organisation (or the agency's lower maximum), imposed
 * on the spot by two certified officers who heard the party, with a numbered 当场处罚决定书
 * (kind {@code on-the-spot-decision}, number kind {@value #NUMBER_KIND}). The
 * registration of such a case is the officers' report to their agency (APL art. 52:
 * 报所属行政机关备案), due within {@value #REPORT_WORKING_DAYS} working days of the decision (this
 * platform's limit; the statute says only 备案): a report after that is
 * {@code reportedLate}.
 */
@Service
public class SimpleProcedure {

	/** The kind of the 当场处罚决定书's number (e.g. 河市监简〔2026〕0001号). */
	static final String NUMBER_KIND = "简";

	/** The kind of the document in the case. */
	public static final String DOCUMENT_KIND = "on-the-spot-decision";

	/** The working days after the decision within which it is reported to the agency. */
	public static final int REPORT_WORKING_DAYS = 2;

	/** Registers the case the simple procedure decides (the ordinary registration). */
	@FunctionalInterface
	interface Registrar {

		EnforcementCase register(OpenCaseCommand command, ViolationTypeView type, List<CaseOfficerView> officers,
				OffsetDateTime now);

	}

	/** When the report was due and whether it came later. */
	public record Report(LocalDate reportDue, boolean reportedLate) {
	}

	private final CaseRepository cases;

	private final Parties parties;

	private final Agencies agencies;

	private final ViolationTypes violationTypes;

	private final PenaltyTimeLimits timeLimits;

	private final WorkingDays workingDays;

	private final CaseDocuments documents;

	private final ExecutionPapers papers;

	private final Clock clock;

	SimpleProcedure(CaseRepository cases, Parties parties, Agencies agencies, ViolationTypes violationTypes,
			PenaltyTimeLimits timeLimits, WorkingDays workingDays, CaseDocuments documents, ExecutionPapers papers,
			Clock clock) {
		this.cases = cases;
		this.parties = parties;
		this.agencies = agencies;
		this.violationTypes = violationTypes;
		this.timeLimits = timeLimits;
		this.workingDays = workingDays;
		this.documents = documents;
		this.papers = papers;
		this.clock = clock;
	}

	/**
	 * Registers the case decided on the spot and its decision: 201 {@code DECIDED}, or
	 * {@code DELIVERED} when the party signed. 422 {@code two-certified-officers} (and
	 * the officers' other rules), {@code simple-procedure-threshold},
	 * {@code simple-procedure-statement-not-heard}; 400 for a missing decision or
	 * {@code decidedAt}. Runs in the registration's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	CaseView open(OpenCaseCommand command, Actor actor, Registrar registrar) {
		UUID agencyId = actor.requireAgency();
		PartyView party = parties.get(command.partyId());
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime decidedAt = command.decidedAt();
		if (decidedAt == null) {
			throw new FieldRejectedException("decidedAt", "required");
		}
		if (decidedAt.isAfter(now)) {
			throw new FieldRejectedException("decidedAt", "notInFuture");
		}
		LocalDate decidedOn = CaseDocuments.day(decidedAt);
		if (decidedOn.isBefore(command.occurredOn())) {
			throw new FieldRejectedException("decidedAt", "beforeViolation", command.occurredOn());
		}
		SimpleDecision decision = command.decision();
		if (decision == null) {
			throw new FieldRejectedException("decision", "required");
		}
		ViolationTypeView type = violationTypes.require(agencyId, command.violationCode());
		List<OfficerView> named = OfficersOnAct.check(command.officerIds(),
				officerId -> agencies.findOfficer(agencyId, officerId).orElse(null), decidedOn, officer -> false,
				officer -> officer.agencyId().equals(agencyId));
		requireWithinThreshold(decision.penalties(), party.kind(), timeLimits.of(agencyId));
		if (!Boolean.TRUE.equals(command.statementHeard())) {
			throw RuleViolationException.rule("simple-procedure-statement-not-heard");
		}
		boolean signed = Boolean.TRUE.equals(command.partySigned());
		int dueDays = timeLimits.of(agencyId).paymentDueDays();
		boolean late = late(decidedOn, CaseDocuments.day(now));
		EnforcementCase registered = cases.saveAndFlush(registrar.register(
				command.discovered(command.discoveredOn() == null || command.discoveredOn().isAfter(decidedOn)
						? decidedOn : command.discoveredOn()),
				type,
				named.stream()
					.map(o -> new CaseOfficerView(o.id(), o.name(), o.certificateNumber(), decidedAt, null))
					.toList(),
				now));
		CaseView before = registered.view();
		String number = documents
			.issue(registered.id(), agencyId, DOCUMENT_KIND, NUMBER_KIND, "当场处罚决定书", now,
					n -> papers.onTheSpot(before, decision, decidedAt, true, command.statement(), signed, dueDays, n))
			.number();
		registered.decideOnTheSpot(decision.penalties(), decision.reasons(), decision.legalBasis(), decidedAt,
				actor.accountId(), number, dueDays, ExecutionPapers.PAYMENT_PLACE, signed, late);
		if (signed) {
			documents.delivered(registered.id(), DOCUMENT_KIND, decidedAt);
		}
		return cases.saveAndFlush(registered).view();
	}

	/**
	 * 422 {@code simple-procedure-threshold} for a penalty other than a warning or a
	 * fine, or fines above the maximum for the party's kind: APL art. 51 or the agency's
	 * lower figure.
	 */
	static void requireWithinThreshold(List<Penalty> penalties, PartyKind kind, TimeLimitsView limits) {
		BigDecimal statute = kind == PartyKind.PERSON ? TimeLimitsView.STATUTE_SIMPLE_MAX_PERSON
				: TimeLimitsView.STATUTE_SIMPLE_MAX_ORGANIZATION;
		BigDecimal own = kind == PartyKind.PERSON ? limits.simpleFineMaxPerson() : limits.simpleFineMaxOrganization();
		BigDecimal max = own == null || own.compareTo(statute) > 0 ? statute : own;
		for (int i = 0; i < penalties.size(); i++) {
			Penalty p = penalties.get(i);
			if (p.kind() != PenaltyKind.WARNING && p.kind() != PenaltyKind.FINE) {
				throw RuleViolationException.rule("simple-procedure-threshold", p.kind().name(), max.toPlainString());
			}
			p.requireComplete("decision.penalties[" + i + "]");
		}
		BigDecimal fines = Penalty.fines(penalties);
		if (fines.compareTo(max) > 0) {
			throw RuleViolationException.rule("simple-procedure-threshold", LateFees.money(fines).toPlainString(),
					max.toPlainString());
		}
	}

	/** When the report of an on-the-spot decision was due and whether it came later. */
	public Report report(CaseView c) {
		if (c.procedure() != CaseProcedure.SIMPLE || c.decision() == null || c.decision().decidedAt() == null) {
			return null;
		}
		LocalDate due = workingDays.plusWorkingDays(CaseDocuments.day(c.decision().decidedAt()), REPORT_WORKING_DAYS);
		return new Report(due, CaseDocuments.day(c.createdAt()).isAfter(due));
	}

	private boolean late(LocalDate decidedOn, LocalDate reportedOn) {
		return reportedOn.isAfter(workingDays.plusWorkingDays(decidedOn, REPORT_WORKING_DAYS));
	}

}
