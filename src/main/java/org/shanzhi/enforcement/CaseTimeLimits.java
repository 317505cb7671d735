package org.shanzhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.enforcement.internal.CaseRepository;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.PageView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's time limits (API.md, "time-limits") counted from the agency's figures and the
 * official calendar: filing, the decision (with its extensions), a preservation's
 * decision, the party's periods after the notice, the delivery of the decision, the
 * payment, the publication, the window of the application to the court; and the cases of
 * an agency past one of them (the overdue list of the head's and the supervisor's
 * dashboards).
 */
@Service
public class CaseTimeLimits {

	static final ZoneId SHANGHAI = org.shanzhi.shared.PeopleTime.ZONE;

	/** The statuses in which a case still has limits to keep. */
	static final Set<CaseStatus> RUNNING = EnumSet.of(CaseStatus.REGISTERED, CaseStatus.OPEN, CaseStatus.INVESTIGATED,
			CaseStatus.AWAITING_REVIEW, CaseStatus.AWAITING_DISCUSSION, CaseStatus.NOTIFIED, CaseStatus.HEARING,
			CaseStatus.AWAITING_DECISION, CaseStatus.DECIDED, CaseStatus.DELIVERED);

	private final PenaltyTimeLimits figures;

	private final WorkingDays workingDays;

	private final CaseRepository cases;

	private final Actors actors;

	private final ObjectProvider<InvestigationFacts> investigations;

	private final ObjectProvider<ExecutionFacts> execution;

	private final Clock clock;

	CaseTimeLimits(PenaltyTimeLimits figures, WorkingDays workingDays, CaseRepository cases, Actors actors,
			ObjectProvider<InvestigationFacts> investigations, ObjectProvider<ExecutionFacts> execution, Clock clock) {
		this.figures = figures;
		this.workingDays = workingDays;
		this.cases = cases;
		this.actors = actors;
		this.investigations = investigations;
		this.execution = execution;
		this.clock = clock;
	}

	/** The case's limits as of today, and the names of those passed. */
	@Transactional(readOnly = true)
	public CaseTimeLimitsView of(CaseView c) {
		return of(c, LocalDate.now(clock));
	}

	CaseTimeLimitsView of(CaseView c, LocalDate today) {
		TimeLimitsView limits = figures.of(c.agencyId());
		List<CaseTimeLimitsView.Extension> extensions = c.extensions()
			.stream()
			.map(e -> new CaseTimeLimitsView.Extension(e.days(), e.reason(),
					e.approvedBy() == null ? null : e.approvedBy().toString()))
			.toList();
		InvestigationFacts facts = investigations.getIfAvailable();
		LocalDate preservationDue = facts == null ? null : facts.preservationDecisionDue(c.id()).orElse(null);
		ProcedureRecords.PriorNotice notice = c.notices().isEmpty() ? null : c.notices().get(c.notices().size() - 1);
		LocalDate statementDue = notice == null ? null : notice.statementDueOn();
		LocalDate hearingDue = notice == null ? null : notice.hearingRequestDueOn();
		DecisionView d = c.decision();
		LocalDate decidedOn = d == null || d.decidedAt() == null || d.documentNumber() == null ? null
				: day(d.decidedAt());
		LocalDate deliveryDue = decidedOn == null ? null : workingDays.plusWorkingDays(decidedOn, 7);
		LocalDate deliveredOn = d == null || d.deliveredAt() == null ? null : day(d.deliveredAt());
		boolean fined = d != null && Penalty.fines(d.penalties()).signum() > 0;
		LocalDate paymentDue = deliveredOn == null || !fined ? null
				: deliveredOn.plusDays(d.payment() == null ? limits.paymentDueDays() : d.payment().dueDays());
		boolean published = d != null && !d.penalties().isEmpty() && c.procedure() == CaseProcedure.ORDINARY;
		LocalDate publicationDue = decidedOn == null || !published ? null
				: workingDays.plusWorkingDays(decidedOn, limits.publicationWorkingDays());
		// the periods for reconsideration (60 days) and suit (6 months) run from delivery
		LocalDate applicationFrom = deliveredOn == null || !fined ? null : deliveredOn.plusMonths(6).plusDays(1);
		LocalDate applicationUntil = applicationFrom == null ? null : applicationFrom.plusMonths(3);

		List<String> overdue = new ArrayList<>();
		if (c.status() == CaseStatus.REGISTERED && today.isAfter(c.deadlines().filingDue())) {
			overdue.add("filingDue");
		}
		boolean undecided = decidedOn == null && RUNNING.contains(c.status()) && c.status() != CaseStatus.REGISTERED;
		if (undecided && c.deadlines().decisionDue() != null && today.isAfter(c.deadlines().decisionDue())) {
			overdue.add("decisionDue");
		}
		if (preservationDue != null && today.isAfter(preservationDue)) {
			overdue.add("preservationDecisionDue");
		}
		if (c.status() == CaseStatus.DECIDED && deliveryDue != null && today.isAfter(deliveryDue)) {
			overdue.add("deliveryDue");
		}
		ExecutionFacts paid = execution.getIfAvailable();
		if (c.status() == CaseStatus.DELIVERED && paymentDue != null && today.isAfter(paymentDue)
				&& (paid == null || !paid.performed(c.id()))) {
			overdue.add("paymentDueOn");
		}
		return new CaseTimeLimitsView(c.deadlines().filingDue(), c.deadlines().decisionDue(), extensions,
				preservationDue, statementDue, hearingDue, deliveryDue, paymentDue, publicationDue, applicationFrom,
				applicationUntil, List.copyOf(overdue));
	}

	/**
	 * The agency's cases past a limit (the head for its agency, a supervisor for any),
	 * the longest over first: one item per limit passed.
	 */
	@Transactional(readOnly = true)
	public PageView<OverdueCase> overdue(UUID agencyId, Integer page, Integer size) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.SUPERVISOR);
		UUID agency = agencyId;
		if (!actor.has(Role.SUPERVISOR)) {
			agency = actor.requireAgency();
			if (agencyId != null && !agencyId.equals(agency)) {
				throw new AccessDeniedException("only the agency's own head");
			}
		}
		else if (agency == null) {
			throw new org.shanzhi.shared.FieldRejectedException("agencyId", "required");
		}
		return PageView.slice(overdueOf(agency, LocalDate.now(clock)), page, size);
	}

	/**
	 * Every limit passed by the agency's running cases on the day, longest over first.
	 */
	List<OverdueCase> overdueOf(UUID agencyId, LocalDate today) {
		List<OverdueCase> items = new ArrayList<>();
		for (EnforcementCase c : cases.findByAgencyIdAndStatusIn(agencyId, RUNNING)) {
			CaseView v = c.view();
			CaseTimeLimitsView limits = of(v, today);
			for (String limit : limits.overdue()) {
				LocalDate due = switch (limit) {
					case "filingDue" -> limits.filingDue();
					case "decisionDue" -> limits.decisionDue();
					case "preservationDecisionDue" -> limits.preservationDecisionDue();
					case "deliveryDue" -> limits.deliveryDue();
					default -> limits.paymentDueOn();
				};
				items.add(new OverdueCase(v.id(), v.number(), limit, due, ChronoUnit.DAYS.between(due, today)));
			}
		}
		items.sort(java.util.Comparator.comparingLong(OverdueCase::daysOver)
			.reversed()
			.thenComparing(OverdueCase::number));
		return items;
	}

	/** A case past one of its limits. */
	public record OverdueCase(UUID caseId, String number, String limit, LocalDate dueOn, long daysOver) {
	}

	private static LocalDate day(OffsetDateTime t) {
		return t.atZoneSameInstant(SHANGHAI).toLocalDate();
	}

}
