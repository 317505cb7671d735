package org.shanzhi.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyView;
import org.shanzhi.enforcement.EnforcementFigures;
import org.shanzhi.guidance.GuidanceFigures;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A party's risk score (R6), explained: the indicators computed from its records in
 * enforcement and guidance and from the risk points of its category, weighed by the
 * model, each factor's contribution with the records behind it; the contributions add up
 * to the score. Staff read any party's; a party signed in reads only its own.
 */
@Service
public class RiskScores {

	private final EnforcementFigures enforcement;

	private final GuidanceFigures guidance;

	private final RiskCatalogues catalogues;

	private final Parties parties;

	private final Actors actors;

	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final RiskWarnings warnings;

	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	private final ActiveModel activeModel;

	RiskScores(EnforcementFigures enforcement, GuidanceFigures guidance, RiskCatalogues catalogues, Parties parties,
			Actors actors, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc, RiskWarnings warnings,
			org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, ActiveModel activeModel) {
		this.jdbcTemplate = jdbcTemplate;
		this.activeModel = activeModel;
		this.jdbc = jdbc;
		this.warnings = warnings;
		this.enforcement = enforcement;
		this.guidance = guidance;
		this.catalogues = catalogues;
		this.parties = parties;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ScoreView score(UUID partyId) {
		Actor actor = actors.current();
		if (actor.isPublic()) {
			if (!partyId.equals(actor.partyId())) {
				throw NotFoundException.forId("party", partyId);
			}
			// the party's own records, read on its behalf
			return Actors.runAs(Actor.SYSTEM, () -> compute(partyId));
		}
		actors.require(RiskCatalogues.READERS);
		return compute(partyId);
	}

	ScoreView compute(UUID partyId) {
		PartyView party = parties.get(partyId);
		LocalDate today = LocalDate.now(clock.withZone(RiskCatalogues.ZONE));
		List<String> high = catalogues.published(party.category(), null, null)
			.stream()
			.filter(p -> p.grade() == Grade.HIGH)
			.map(p -> p.agencyName() + "：" + p.title())
			.toList();
		Scorecard model = activeModel.current();
		Map<Scorecard.Indicator, Indicators.Value> values = Indicators.of(enforcement.partyRecord(partyId),
				guidance.partyRecord(partyId), high, model, today);
		List<Factor> factors = new ArrayList<>();
		values.forEach((indicator,
				v) -> factors.add(new Factor(indicator, v.value(), model.weights().getOrDefault(indicator, 0.0),
						model.contribution(indicator, v.value()), v.evidence().stream().limit(20).toList(),
						v.evidence().size())));
		double score = model.score(factors.stream().map(Factor::contribution).toList());
		return new ScoreView(partyId, score, model.grade(score),
				Math.round(Scorecard.probability(score) * 1000) / 1000.0, model.version(), model.base(), factors,
				OffsetDateTime.now(clock).atZoneSameInstant(RiskCatalogues.ZONE).toOffsetDateTime());
	}

	/**
	 * Rescores a party after an event about it (R6) and keeps the score; when its grade
	 * rises to HIGH, opens a warning for the agency whose record triggered it, with the
	 * intervention the agency's catalogue proposes for the party's category. Runs as the
	 * platform.
	 */
	@Transactional
	public ScoreView rescore(UUID partyId, UUID agencyId, String triggerType, UUID triggerId) {
		return Actors.runAs(Actor.SYSTEM, () -> {
			ScoreView score = compute(partyId);
			String before = jdbc.sql("select grade from risk.party_score where party_id = :p")
				.param("p", partyId)
				.query(String.class)
				.optional()
				.orElse(null);
			jdbc.sql(
					"""
							insert into risk.party_score (party_id, score, grade, probability, model_version, factors, computed_at)
							values (:p, :score, :grade, :probability, :model, cast(:factors as jsonb), :at)
							on conflict (party_id) do update set score = excluded.score, grade = excluded.grade,
							  probability = excluded.probability, model_version = excluded.model_version,
							  factors = excluded.factors, computed_at = excluded.computed_at
							""")
				.param("p", partyId)
				.param("score", score.score())
				.param("grade", score.grade().name())
				.param("probability", score.probability())
				.param("model", score.modelVersion())
				.param("factors", JSON.writeValueAsString(score.factors()))
				.param("at", score.computedAt())
				.update();
			if (score.grade() == Grade.HIGH && !"HIGH".equals(before) && agencyId != null) {
				warnings.open(opening(score, agencyId, RiskWarnings.Reason.GRADE_HIGH, triggerType, triggerId));
			}
			return score;
		});
	}

	/**
	 * Rescores every party at once (R6; on demand and nightly): the modules stream their
	 * per-party aggregates computed in SQL, merged here by party, scored with the model
	 * and written in batches; no record is read party by party. Warnings are left to the
	 * incremental rescoring of events.
	 */
	@Transactional
	public Recompute recomputeAll() {
		actors.require(Role.ADMIN, Role.SUPERVISOR);
		long started = System.nanoTime();
		Scorecard model = activeModel.current();
		LocalDate today = LocalDate.now(clock.withZone(RiskCatalogues.ZONE));
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Object[]> batch = new ArrayList<>();
		long[] counts = new long[4];
		scoreAll(today, model, line -> {
			StringBuilder json = new StringBuilder("[");
			line.values()
				.forEach((indicator, value) -> json.append(json.length() > 1 ? "," : "")
					.append("{\"name\":\"")
					.append(indicator.name())
					.append("\",\"value\":")
					.append(value)
					.append(",\"contribution\":")
					.append(model.contribution(indicator, value))
					.append('}'));
			counts[line.grade().ordinal()]++;
			counts[3]++;
			batch.add(new Object[] { line.partyId(), line.score(), line.grade().name(),
					Math.round(Scorecard.probability(line.score()) * 1000) / 1000.0, model.version(),
					json.append(']').toString(), now });
			if (batch.size() == 2000) {
				write(batch);
			}
		});
		write(batch);
		return new Recompute(counts[3], counts[Grade.HIGH.ordinal()], counts[Grade.MEDIUM.ordinal()],
				counts[Grade.LOW.ordinal()], model.version(), (System.nanoTime() - started) / 1_000_000);
	}

	/** A party scored in bulk: its indicators, score and grade. */
	record Line(UUID partyId, java.util.Map<Scorecard.Indicator, Double> values, double score, Grade grade) {
	}

	/**
	 * Every party's indicators with the records dated up to {@code asOf}: the modules
	 * stream their per-party aggregates computed in SQL, merged here by party. The risk
	 * points of the categories are those published now.
	 */
	void indicatorsAll(LocalDate asOf, Scorecard model,
			java.util.function.BiConsumer<UUID, Map<Scorecard.Indicator, Double>> sink) {
		LocalDate horizon = asOf.minusDays(Indicators.HORIZON_DAYS);
		java.util.Map<UUID, double[]> cases = new java.util.HashMap<>();
		enforcement.forEachPartyAggregate(asOf, horizon, model.halfLife(Scorecard.Indicator.VIOLATIONS),
				model.halfLife(Scorecard.Indicator.PENALTIES), model.halfLife(Scorecard.Indicator.COMPLAINTS),
				cases::put);
		java.util.Map<UUID, LocalDate> inspected = new java.util.HashMap<>();
		enforcement.forEachLastInspection(asOf, inspected::put);
		java.util.Map<UUID, double[]> acts = new java.util.HashMap<>();
		guidance.forEachPartyAggregate(asOf, horizon, model.halfLife(Scorecard.Indicator.GUIDANCE_DECLINED),
				model.halfLife(Scorecard.Indicator.NOT_CORRECTED), model.halfLife(Scorecard.Indicator.FOLLOW_UP_FAILED),
				acts::put);
		java.util.Map<org.shanzhi.directory.PartyCategory, Long> highByCategory = new java.util.EnumMap<>(
				org.shanzhi.directory.PartyCategory.class);
		catalogues.published(null, null, null)
			.stream()
			.filter(p -> p.grade() == Grade.HIGH)
			.forEach(p -> highByCategory.merge(org.shanzhi.directory.PartyCategory.valueOf(p.partyCategory()), 1L,
					Long::sum));
		parties.forEachParty((partyId, category) -> {
			double[] c = cases.getOrDefault(partyId, new double[3]);
			double[] g = acts.getOrDefault(partyId, new double[] { 0, 0, 0, Double.NaN });
			sink.accept(partyId,
					Indicators.fromAggregates(asOf, c[0], c[1], c[2], g[0], g[1], g[2],
							Double.isNaN(g[3]) ? null : g[3], inspected.get(partyId),
							highByCategory.getOrDefault(category, 0L)));
		});
	}

	/**
	 * Scores every party with the records dated up to {@code asOf} (see
	 * {@link #indicatorsAll}).
	 */
	void scoreAll(LocalDate asOf, Scorecard model, java.util.function.Consumer<Line> sink) {
		indicatorsAll(asOf, model, (partyId, values) -> {
			double score = model.score(values);
			sink.accept(new Line(partyId, values, score, model.grade(score)));
		});
	}

	/** The platform's own records as a history to backtest or fit a model on. */
	History platformHistory() {
		return new History() {

			@Override
			public String source() {
				return "PLATFORM";
			}

			@Override
			public UUID id() {
				return null;
			}

			@Override
			public LocalDate[] span() {
				return enforcement.violationSpan();
			}

			@Override
			public void features(LocalDate asOf, Scorecard model,
					java.util.function.BiConsumer<Object, Map<Scorecard.Indicator, Double>> sink) {
				indicatorsAll(asOf, model, sink::accept);
			}

			@Override
			public Map<Object, LocalDate[]> outcomes(LocalDate after, LocalDate until) {
				Map<Object, LocalDate[]> out = new java.util.HashMap<>();
				enforcement.forEachFirstViolation(after, until, out::put);
				return out;
			}

		};
	}

	private void write(List<Object[]> batch) {
		if (batch.isEmpty()) {
			return;
		}
		jdbcTemplate.batchUpdate("""
				insert into risk.party_score (party_id, score, grade, probability, model_version, factors, computed_at)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?)
				on conflict (party_id) do update set score = excluded.score, grade = excluded.grade,
				  probability = excluded.probability, model_version = excluded.model_version,
				  factors = excluded.factors, computed_at = excluded.computed_at
				""", batch);
		batch.clear();
	}

	/**
	 * What a full recompute did: parties scored, by grade, the model, the time it took.
	 */
	public record Recompute(long parties, long high, long medium, long low, String modelVersion, long millis) {
	}

	/** A warning that a rectification was not made, with the party's current score. */
	@Transactional
	public void warnRectificationNotMade(UUID partyId, UUID agencyId, UUID actId) {
		Actors.runAs(Actor.SYSTEM, () -> {
			ScoreView score = compute(partyId);
			return warnings.open(opening(score, agencyId, RiskWarnings.Reason.RECTIFICATION_NOT_MADE,
					"RECTIFICATION_NOT_MADE", actId));
		});
	}

	private RiskWarnings.Opening opening(ScoreView score, UUID agencyId, RiskWarnings.Reason reason, String triggerType,
			UUID triggerId) {
		PartyView party = parties.get(score.partyId());
		RiskCatalogues.PublishedPoint point = catalogues.published(party.category(), agencyId, null)
			.stream()
			.min(java.util.Comparator.comparing(RiskCatalogues.PublishedPoint::grade))
			.orElse(null);
		String form = score.grade() == Grade.HIGH ? "INTERVIEW" : "REMIND";
		String measures = point == null ? "约谈负责人，讲解相关法律规定，提出整改要求并跟踪回访" : point.title() + "：" + point.guidanceMeasures();
		return new RiskWarnings.Opening(score.partyId(), agencyId, reason, triggerType, triggerId, score.score(),
				score.factors().stream().filter(f -> f.contribution() > 0).toList(), form, measures,
				point == null ? null : point.id());
	}

	private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	/**
	 * A score: in points (500 at even odds, 20 points double the odds), its grade, the
	 * probability of a violation it stands for, the model, the base, and the factors.
	 */
	public record ScoreView(UUID partyId, double score, Grade grade, double probability, String modelVersion,
			double base, List<Factor> factors, OffsetDateTime computedAt) {
	}

	/**
	 * A factor: the indicator's value, its weight, its contribution, the records behind
	 * it.
	 */
	public record Factor(Scorecard.Indicator name, double value, double weight, double contribution,
			List<Indicators.Evidence> evidence, int evidenceCount) {
	}

}
