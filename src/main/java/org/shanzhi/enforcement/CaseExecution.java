package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.enforcement.internal.CaseRepository;
import org.shanzhi.enforcement.internal.CaseTransitions;
import org.shanzhi.enforcement.internal.EnforcementApplication;
import org.shanzhi.enforcement.internal.EnforcementApplicationRepository;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.enforcement.internal.FinePayment;
import org.shanzhi.enforcement.internal.FinePaymentRepository;
import org.shanzhi.enforcement.internal.PaymentArrangement;
import org.shanzhi.enforcement.internal.PaymentArrangementRepository;
import org.shanzhi.enforcement.internal.PaymentReminder;
import org.shanzhi.enforcement.internal.PaymentReminderRepository;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.security.SharedRecordType;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The execution of a delivered decision's fines (API.md, § payment to
 * enforcement-application/result): the fine falls due {@code paymentDueDays} (default 15)
 * after delivery (Asia/Shanghai), payments are recorded with their references, the party
 * may apply to defer or pay by instalments, an overdue fine gets its 加处罚款
 * ({@link LateFees}) and its 催告书, and the head applies to the court. Case officers (and
 * the head) record payments and issue the reminder, the head decides arrangements and
 * applies to the court; the party ({@code PUBLIC}) reads its own case's payment and
 * applies for an arrangement on it.
 */
@Service
@Validated
public class CaseExecution implements ExecutionFacts {

	/** The document kind and number kind of the 催告书. */
	public static final String REMINDER_KIND = "payment-reminder";

	static final String REMINDER_NUMBER_KIND = "催";

	private final EnforcementCases enforcementCases;

	private final CaseRepository cases;

	private final FinePaymentRepository payments;

	private final PaymentArrangementRepository arrangements;

	private final PaymentReminderRepository reminders;

	private final EnforcementApplicationRepository applications;

	private final CaseDocuments documents;

	private final ExecutionPapers papers;

	private final Actors actors;

	private final Accounts accounts;

	private final Clock clock;

	CaseExecution(EnforcementCases enforcementCases, CaseRepository cases, FinePaymentRepository payments,
			PaymentArrangementRepository arrangements, PaymentReminderRepository reminders,
			EnforcementApplicationRepository applications, CaseDocuments documents, ExecutionPapers papers,
			Actors actors, Accounts accounts, Clock clock) {
		this.enforcementCases = enforcementCases;
		this.cases = cases;
		this.payments = payments;
		this.arrangements = arrangements;
		this.reminders = reminders;
		this.applications = applications;
		this.documents = documents;
		this.papers = papers;
		this.actors = actors;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The fine's standing on {@code asOf} (default today): staff who read the case, or
	 * the party on its own case.
	 */
	@Transactional(readOnly = true)
	public PaymentView payment(UUID caseId, LocalDate asOf) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN,
				Role.PUBLIC);
		EnforcementCase c = actor.isPublic() ? ownCase(caseId, actor) : readable(caseId);
		return view(c, asOf == null ? today() : asOf);
	}

	/**
	 * Records a payment (case officer or head): 422 {@code payment-reference-required},
	 * {@code payment-exceeds-outstanding}; 409 {@code payment-reference-duplicate}.
	 */
	@Transactional
	public PaymentView.Payment recordPayment(UUID caseId, @Valid ExecutionCommands.RecordPayment command) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		EnforcementCase c = enforcementCases.loadForChange(caseId, actor);
		requireCaseOfficerOrHead(c, actor);
		CaseTransitions.require(CaseStep.PAYMENTS, c.status());
		if (command.paidOn().isBefore(decidedOn(c))) {
			throw new FieldRejectedException("paidOn", "beforeDecision", decidedOn(c));
		}
		String reference = FinePayment.normalised(command.reference());
		if (!reference.isEmpty() && payments.existsByReference(reference)) {
			throw RuleViolationException.conflict("payment-reference-duplicate", reference);
		}
		LateFees.Standing standing = standing(c, command.paidOn());
		FinePayment paid = new FinePayment(c.id(), c.agencyId(), command.amount(), command.paidOn(), reference,
				standing.outstanding(), actor.accountId(), OffsetDateTime.now(clock));
		try {
			return payments.saveAndFlush(paid).view();
		}
		catch (DataIntegrityViolationException raced) {
			throw RuleViolationException.conflict("payment-reference-duplicate", reference);
		}
	}

	/**
	 * An application to defer or pay by instalments (APL art. 66): the party on its own
	 * case, or an officer of the case's agency recording it. 201 {@code REQUESTED}; 422
	 * {@code instalments-must-cover-outstanding}, {@code arrangement-needs-reason}; 409
	 * {@code payment-arrangement-exists} while another is requested or approved.
	 */
	@Transactional
	public PaymentView.Arrangement requestArrangement(UUID caseId,
			@Valid ExecutionCommands.RequestArrangement command) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.PUBLIC);
		EnforcementCase c = actor.isPublic() ? ownCase(caseId, actor) : enforcementCases.loadForChange(caseId, actor);
		CaseTransitions.require(CaseStep.PAYMENT_ARRANGEMENTS, c.status());
		if (arrangements.findByCaseIdOrderByRequestedAtAsc(caseId).stream().anyMatch(PaymentArrangement::open)) {
			throw RuleViolationException.conflict("payment-arrangement-exists");
		}
		LocalDate today = today();
		LateFees.Standing standing = standing(c, today);
		List<PaymentView.Instalment> asked = command.instalments() == null ? List.of()
				: command.instalments().stream().map(i -> new PaymentView.Instalment(i.dueOn(), i.amount())).toList();
		PaymentArrangement arrangement = new PaymentArrangement(c.id(), c.agencyId(), command.kind(), command.reason(),
				command.deferredTo(), asked, standing.outstanding(), standing.payableBy(), today,
				OffsetDateTime.now(clock), actor.accountId(), actor.isPublic());
		return arrangements.saveAndFlush(arrangement).view();
	}

	/** The head decides an arrangement requested; a refusal needs its note. */
	@Transactional
	public PaymentView.Arrangement decideArrangement(UUID caseId, UUID arrangementId, boolean approve, String note) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = enforcementCases.loadForChange(caseId, actor);
		CaseTransitions.require(CaseStep.PAYMENT_ARRANGEMENTS, c.status());
		PaymentArrangement arrangement = arrangements.findById(arrangementId)
			.filter(a -> a.caseId().equals(caseId))
			.orElseThrow(() -> NotFoundException.forId("payment-arrangement", arrangementId));
		arrangement.decide(approve, note, actor.accountId(), OffsetDateTime.now(clock));
		return arrangements.saveAndFlush(arrangement).view();
	}

	/**
	 * 催告书 (ACL art. 54) by a case officer (or the head), once the fine is overdue: 422
	 * {@code payment-not-overdue}; 409 {@code payment-reminder-issued} for a second.
	 */
	@Transactional
	public PaymentView.Reminder remind(UUID caseId) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		EnforcementCase c = enforcementCases.loadForChange(caseId, actor);
		requireCaseOfficerOrHead(c, actor);
		CaseTransitions.require(CaseStep.PAYMENT_REMINDER, c.status());
		if (reminders.findByCaseId(caseId).isPresent()) {
			throw RuleViolationException.conflict("payment-reminder-issued");
		}
		LocalDate today = today();
		LateFees.Standing standing = standing(c, today);
		PaymentReminder.requireOverdue(standing);
		OffsetDateTime now = OffsetDateTime.now(clock);
		CaseView view = c.view();
		String number = documents
			.issue(caseId, c.agencyId(), REMINDER_KIND, REMINDER_NUMBER_KIND, "催告书", now,
					n -> papers.reminder(view, standing, n, now))
			.number();
		PaymentReminder reminder = reminders
			.saveAndFlush(new PaymentReminder(caseId, c.agencyId(), number, standing, today, actor.accountId(), now));
		return reminder.view(CaseDocuments.href(caseId, REMINDER_KIND));
	}

	/**
	 * The head applies to the people's court (ACL art. 53) → {@code ENFORCEMENT_APPLIED}:
	 * 422 {@code enforcement-application-too-early}, {@code -too-late},
	 * {@code payment-not-overdue}, {@code reminder-required} (no 催告书 at least 10 days
	 * before), in that order.
	 */
	@Transactional
	public CaseView applyForEnforcement(UUID caseId, @Valid ExecutionCommands.ApplyForEnforcement command) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = enforcementCases.loadForChange(caseId, actor);
		CaseTransitions.require(CaseStep.ENFORCEMENT_APPLICATION, c.status());
		LocalDate deliveredOn = CaseDocuments.day(c.view().decision().deliveredAt());
		EnforcementApplication.requireWithinPeriod(deliveredOn, command.appliedOn());
		LateFees.Standing standing = standing(c, command.appliedOn());
		PaymentReminder.requireOverdue(standing);
		if (reminders.findByCaseId(caseId).filter(r -> r.issuedInTimeFor(command.appliedOn())).isEmpty()) {
			throw RuleViolationException.rule("reminder-required", PaymentReminder.DAYS_TO_PERFORM);
		}
		applications.saveAndFlush(new EnforcementApplication(caseId, c.agencyId(), command.court(), command.appliedOn(),
				standing.outstanding(), actor.accountId(), OffsetDateTime.now(clock)));
		c.enforcementApplied();
		return cases.saveAndFlush(c).view();
	}

	/** The head records the court's ruling on the application (once). */
	@Transactional
	public PaymentView.Application recordRuling(UUID caseId, @Valid ExecutionCommands.RecordRuling command) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = enforcementCases.loadForChange(caseId, actor);
		CaseTransitions.require(CaseStep.ENFORCEMENT_RESULT, c.status());
		EnforcementApplication application = applications.findByCaseId(caseId)
			.orElseThrow(() -> RuleViolationException.conflict("case-transition-not-allowed",
					CaseStep.ENFORCEMENT_RESULT.path(), c.status().name()));
		application.rule(command.ruling(), command.rulingOn(), command.note(), actor.accountId(),
				OffsetDateTime.now(clock));
		return applications.saveAndFlush(application).view();
	}

	/**
	 * Whether the case's decision is performed, for closing it (结案): no fine, or the fine
	 * and its late fee paid by today, or a ruling of the court on the application
	 * recorded. No access check: the caller's.
	 */
	@Transactional(readOnly = true)
	public boolean performed(UUID caseId) {
		EnforcementCase c = cases.findById(caseId)
			.orElseThrow(() -> NotFoundException.forId("enforcement-case", caseId));
		if (fine(c).signum() == 0) {
			return true;
		}
		if (applications.findByCaseId(caseId).filter(EnforcementApplication::ruled).isPresent()) {
			return true;
		}
		return c.view().decision().deliveredAt() != null && standing(c, today()).outstanding().signum() == 0;
	}

	private PaymentView view(EnforcementCase c, LocalDate asOf) {
		LateFees.Standing s = standing(c, asOf);
		DecisionView d = c.view().decision();
		LocalDate delivered = d == null || d.deliveredAt() == null ? null : CaseDocuments.day(d.deliveredAt());
		List<PaymentArrangement> all = arrangements.findByCaseIdOrderByRequestedAtAsc(c.id());
		return new PaymentView(c.id(), asOf, s.fine(), s.dueOn(), s.paid(), s.lateFee(), s.outstanding(),
				s.daysOverdue(), s.payableBy(), all.isEmpty() ? null : all.get(all.size() - 1).view(),
				payments.findByCaseIdOrderByPaidOnAscRecordedAtAsc(c.id()).stream().map(FinePayment::view).toList(),
				reminders.findByCaseId(c.id()).map(r -> r.view(CaseDocuments.href(c.id(), REMINDER_KIND))).orElse(null),
				applications.findByCaseId(c.id()).map(EnforcementApplication::view).orElse(null),
				delivered == null ? null : EnforcementApplication.firstDay(delivered),
				delivered == null ? null : EnforcementApplication.lastDay(delivered));
	}

	/** The fine's standing on the day, with the approved arrangement's terms. */
	LateFees.Standing standing(EnforcementCase c, LocalDate asOf) {
		DecisionView d = c.view().decision();
		LocalDate dueOn = d == null || d.deliveredAt() == null ? null
				: CaseDocuments.day(d.deliveredAt()).plusDays(d.payment() == null ? 15 : d.payment().dueDays());
		LateFees.Terms terms = arrangements.findByCaseIdOrderByRequestedAtAsc(c.id())
			.stream()
			.filter(PaymentArrangement::approved)
			.reduce((first, second) -> second)
			.map(PaymentArrangement::terms)
			.orElse(null);
		return LateFees.standing(fine(c), dueOn,
				payments.findByCaseIdOrderByPaidOnAscRecordedAtAsc(c.id()).stream().map(FinePayment::paid).toList(),
				terms, asOf);
	}

	private static BigDecimal fine(EnforcementCase c) {
		DecisionView d = c.view().decision();
		return d == null ? BigDecimal.ZERO : Penalty.fines(d.penalties());
	}

	private static LocalDate decidedOn(EnforcementCase c) {
		return CaseDocuments.day(c.view().decision().decidedAt());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private EnforcementCase readable(UUID caseId) {
		AgencyScope scope = actors.readScope(SharedRecordType.VIOLATIONS);
		return cases.findById(caseId)
			.filter(k -> scope.includes(k.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("enforcement-case", caseId));
	}

	/** The party's own case (another's: 404). */
	private EnforcementCase ownCase(UUID caseId, Actor actor) {
		return cases.findById(caseId)
			.filter(k -> actor.partyId() != null && actor.partyId().equals(k.partyId()))
			.orElseThrow(() -> NotFoundException.forId("enforcement-case", caseId));
	}

	/** 403 unless the actor is the head or an officer acting on the case. */
	private void requireCaseOfficerOrHead(EnforcementCase c, Actor actor) {
		if (actor.has(Role.AGENCY_HEAD)) {
			return;
		}
		UUID officer = accounts.officerOf(actor.accountId()).orElse(null);
		boolean acting = officer != null
				&& c.view().actingOfficers().stream().anyMatch(o -> o.officerId().equals(officer));
		if (!acting) {
			throw new AccessDeniedException("a case officer's step");
		}
	}

}
