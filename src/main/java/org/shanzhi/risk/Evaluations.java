package org.shanzhi.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Agencies;
import org.shanzhi.documents.DocumentNumbers;
import org.shanzhi.enforcement.EnforcementFigures;
import org.shanzhi.guidance.GuidanceFigures;
import org.shanzhi.risk.internal.ConsultationCommentRepository;
import org.shanzhi.risk.internal.Evaluation;
import org.shanzhi.risk.internal.EvaluationRepository;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The periodic evaluation report of an agency's legal-risk prevention (R5, LH21),
 * generated from the platform's data: the catalogues sorted, consulted on and published;
 * the guidance acts that named risk points; and, for the violation types of the agency's
 * risk points, the violations, the compliance rate of the parties guided and the parties'
 * satisfaction, compared with the previous period and the same period of the previous
 * year. The officer writes the conclusions; the final report is numbered and never
 * changes.
 */
@Service
@Validated
public class Evaluations {

	static final int LATEST_ACTS = 200;

	private final EvaluationRepository evaluations;

	private final RiskCatalogues catalogues;

	private final ConsultationCommentRepository comments;

	private final GuidanceFigures guidance;

	private final EnforcementFigures enforcement;

	private final Agencies agencies;

	private final Accounts accounts;

	private final DocumentNumbers numbers;

	private final Actors actors;

	private final Clock clock;

	Evaluations(EvaluationRepository evaluations, RiskCatalogues catalogues, ConsultationCommentRepository comments,
			GuidanceFigures guidance, EnforcementFigures enforcement, Agencies agencies, Accounts accounts,
			DocumentNumbers numbers, Actors actors, Clock clock) {
		this.evaluations = evaluations;
		this.catalogues = catalogues;
		this.comments = comments;
		this.guidance = guidance;
		this.enforcement = enforcement;
		this.agencies = agencies;
		this.accounts = accounts;
		this.numbers = numbers;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * Generates the draft report of an agency (the actor's own; supervisors any) for a
	 * period that has ended — not in the future — of at most two years.
	 */
	@Transactional
	public EvaluationView generate(@Valid Generate command) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.SUPERVISOR);
		UUID agency = command.agencyId() == null ? actor.requireAgency() : command.agencyId();
		if (!actor.seesAllAgencies() && !agency.equals(actor.agencyId())) {
			throw new AccessDeniedException("another agency's report");
		}
		agencies.get(agency);
		Comparison.Period period = checked(command.periodFrom(), command.periodTo());
		Evaluation e = new Evaluation(UUID.randomUUID(), agency, period.from(), period.to(), figures(agency, period),
				actor.accountId(), OffsetDateTime.now(clock));
		return evaluations.saveAndFlush(e).view(agencies.get(agency).name());
	}

	@Transactional(readOnly = true)
	public EvaluationView get(UUID id) {
		Evaluation e = load(id);
		return e.view(agencies.get(e.agencyId()).name());
	}

	@Transactional(readOnly = true)
	public List<EvaluationView> ofAgency(UUID agencyId) {
		Actor actor = actors.require(RiskCatalogues.READERS);
		UUID agency = agencyId == null ? actor.requireAgency() : agencyId;
		if (!actors.scope().includes(agency)) {
			throw new AccessDeniedException("another agency's reports");
		}
		String name = agencies.get(agency).name();
		return evaluations.ofAgency(agency).stream().map(e -> e.view(name)).toList();
	}

	/** Computes the figures of a draft again from today's data. */
	@Transactional
	public EvaluationView refresh(UUID id) {
		Evaluation e = own(load(id));
		EvaluationView v = e.view(null);
		e.refresh(figures(e.agencyId(), new Comparison.Period(v.periodFrom(), v.periodTo())));
		return evaluations.saveAndFlush(e).view(agencies.get(e.agencyId()).name());
	}

	@Transactional
	public EvaluationView writeConclusions(UUID id, @Valid Conclusions command) {
		Evaluation e = own(load(id));
		e.writeConclusions(command.conclusions());
		return evaluations.saveAndFlush(e).view(agencies.get(e.agencyId()).name());
	}

	/** Finalises the report under the agency's next number of kind 风评 (AGENCY_HEAD). */
	@Transactional
	public EvaluationView finalise(UUID id) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		Evaluation e = own(load(id));
		if (e.isFinal()) {
			throw RuleViolationException.conflict("evaluation-final", "finalise");
		}
		e.finalise(numbers.next(e.agencyId(), "风评", Year.now(clock).getValue(), "RISK_EVALUATION", e.id()).text(),
				actor.accountId(), OffsetDateTime.now(clock));
		return evaluations.saveAndFlush(e).view(agencies.get(e.agencyId()).name());
	}

	private Comparison.Period checked(LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(clock.withZone(RiskCatalogues.ZONE));
		if (to.isBefore(from)) {
			throw RuleViolationException.rule("period-reversed");
		}
		if (to.isAfter(today)) {
			throw RuleViolationException.rule("period-in-future", today);
		}
		if (to.isAfter(from.plusYears(2).minusDays(1))) {
			throw RuleViolationException.rule("period-too-long", 2);
		}
		return new Comparison.Period(from, to);
	}

	EvaluationFigures figures(UUID agency, Comparison.Period period) {
		List<RiskCatalogueView> all = catalogues.catalogues(agency);
		Map<UUID, String> titles = new HashMap<>();
		Set<String> codes = new LinkedHashSet<>();
		List<EvaluationFigures.CatalogueLine> lines = new ArrayList<>();
		int points = 0;
		int published = 0;
		long commentCount = 0;
		long adoptedCount = 0;
		for (RiskCatalogueView c : all) {
			c.points().forEach(p -> titles.put(p.id(), p.title()));
			if (c.status() == CatalogueStatus.PUBLISHED) {
				published++;
				c.points().stream().map(RiskPointView::violationCode).filter(x -> x != null).forEach(codes::add);
			}
			points += c.points().size();
			Map<String, Long> answers = new HashMap<>();
			comments.ofCatalogue(c.id()).forEach(x -> {
				var v = x.view(true);
				answers.merge(v.answer() == null ? "NONE" : v.answer().name(), 1L, Long::sum);
			});
			long total = answers.values().stream().mapToLong(Long::longValue).sum();
			commentCount += total;
			adoptedCount += answers.getOrDefault("ADOPTED", 0L) + answers.getOrDefault("PARTLY", 0L);
			lines.add(new EvaluationFigures.CatalogueLine(c.id(), c.partyCategory(), c.versionNo(), c.status(),
					c.effectiveFrom(), c.points().size(), grade(c, Grade.HIGH), grade(c, Grade.MEDIUM),
					grade(c, Grade.LOW), total, answers.getOrDefault("ADOPTED", 0L), answers.getOrDefault("PARTLY", 0L),
					answers.getOrDefault("NOT_ADOPTED", 0L),
					c.consultation() == null ? null : c.consultation().opensOn(),
					c.consultation() == null ? null : c.consultation().closesOn()));
		}
		Comparison.Period previous = period.previous();
		Comparison.Period lastYear = period.yearBefore();
		GuidanceFigures.RiskPointActivity now = guidance.riskPointActs(agency, period.from(), period.to(), LATEST_ACTS);
		Map<UUID, String> officers = accounts
			.displayNames(now.latest().stream().map(GuidanceFigures.ActLine::officerId).distinct().toList());
		List<EvaluationFigures.PointLine> byPoint = now.actsByPoint()
			.entrySet()
			.stream()
			.map(x -> new EvaluationFigures.PointLine(x.getKey(), titles.getOrDefault(x.getKey(), ""), x.getValue()))
			.toList();
		List<EvaluationFigures.ActLine> latest = now.latest()
			.stream()
			.map(a -> new EvaluationFigures.ActLine(a.issuedOn(), a.partyName(),
					officers.getOrDefault(a.officerId(), ""), a.form(), a.channel(), a.subject(),
					titles.getOrDefault(a.riskPointId(), "")))
			.toList();
		List<String> types = List.copyOf(codes);
		long violationsNow = enforcement.violations(agency, types, period.from(), period.to());
		long violationsBefore = enforcement.violations(agency, types, previous.from(), previous.to());
		long violationsLastYear = enforcement.violations(agency, types, lastYear.from(), lastYear.to());
		long violatingNow = enforcement.partiesWithViolations(agency, types, period.from(), period.to(),
				now.partiesGuided());
		Double complianceNow = Comparison.percent(now.partiesGuided().size() - violatingNow,
				now.partiesGuided().size());
		Double compliancePrevious = compliance(agency, types, previous);
		Double complianceLastYear = lastYear.equals(previous) ? compliancePrevious
				: compliance(agency, types, lastYear);
		Double satisfactionNow = guidance.satisfaction(agency, period.from(), period.to()).mean();
		Double satisfactionPrevious = guidance.satisfaction(agency, previous.from(), previous.to()).mean();
		Double satisfactionLastYear = guidance.satisfaction(agency, lastYear.from(), lastYear.to()).mean();
		return new EvaluationFigures(new EvaluationFigures.Periods(period, previous, lastYear),
				new EvaluationFigures.Basic(lines, points, published, commentCount, adoptedCount),
				new EvaluationFigures.Measures(now.acts(), now.partiesGuided().size(), byPoint, latest),
				new EvaluationFigures.ComparisonFigures(
						Comparison.count(violationsNow, violationsBefore, violationsLastYear),
						Comparison.rate(complianceNow, compliancePrevious, complianceLastYear),
						Comparison.mean(satisfactionNow, satisfactionPrevious, satisfactionLastYear),
						new EvaluationFigures.Compliance(now.partiesGuided().size(), violatingNow)),
				types, types.isEmpty());
	}

	private Double compliance(UUID agency, List<String> types, Comparison.Period p) {
		GuidanceFigures.RiskPointActivity activity = guidance.riskPointActs(agency, p.from(), p.to(), 0);
		long violating = enforcement.partiesWithViolations(agency, types, p.from(), p.to(), activity.partiesGuided());
		return Comparison.percent(activity.partiesGuided().size() - violating, activity.partiesGuided().size());
	}

	private static int grade(RiskCatalogueView c, Grade g) {
		return (int) c.points().stream().filter(p -> p.grade() == g).count();
	}

	private Evaluation load(UUID id) {
		actors.require(RiskCatalogues.READERS);
		return evaluations.findById(id)
			.filter(e -> actors.scope().includes(e.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("risk-evaluation", id));
	}

	private Evaluation own(Evaluation e) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		if (!e.agencyId().equals(actor.agencyId())) {
			throw new AccessDeniedException("only the agency's own report");
		}
		return e;
	}

	/**
	 * The report to generate: the agency (the actor's own when left out) and the period.
	 */
	public record Generate(UUID agencyId, @NotNull LocalDate periodFrom, @NotNull LocalDate periodTo) {
	}

	public record Conclusions(@Size(max = 8000) String conclusions) {
	}

	/** A report as the API and the pages show it. */
	public record EvaluationView(UUID id, UUID agencyId, String agencyName, LocalDate periodFrom, LocalDate periodTo,
			String status, String number, EvaluationFigures.Basic basic, EvaluationFigures.Measures measures,
			EvaluationFigures.ComparisonFigures comparison, EvaluationFigures.Periods periods,
			List<String> violationCodes, boolean allViolationTypes, String conclusions, OffsetDateTime createdAt,
			OffsetDateTime finalisedAt) {
	}

}
