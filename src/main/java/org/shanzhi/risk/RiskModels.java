package org.shanzhi.risk;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.shanzhi.risk.Scorecard.Indicator;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Risk model versions (R6). A version is fitted by regularised logistic regression on a
 * history — the platform's own records or an agency's imported legacy history — at a
 * training cut-off, predicting a violation in the period after it, and validated on the
 * next period (it must rank better than chance by the configured AUC, and not worse than
 * the model in use). A version that passed is reviewed and activated by someone other
 * than who fitted it; one that failed is never activated. Scores follow the active
 * version, or the hand-set default before any. Backtests rank the parties of a history at
 * a cut-off and compare with what happened after it.
 */
@Service
@Validated
public class RiskModels {

	static final Role[] FITTERS = { Role.ADMIN, Role.SUPERVISOR, Role.AGENCY_HEAD };

	static final Role[] PUBLISHERS = { Role.ADMIN, Role.SUPERVISOR };

	/** At most this many parties are sampled for a fit or its validation. */
	static final int SAMPLE = 300_000;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final RiskScores scores;

	private final RiskHistories histories;

	private final ActiveModel active;

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final double minimumAuc;

	private final double defaultL2;

	RiskModels(RiskScores scores, RiskHistories histories, ActiveModel active, JdbcClient jdbc, Actors actors,
			Clock clock, ApplicationEventPublisher events, @Value("${shanzhi.risk.minimum-auc:0.6}") double minimumAuc,
			@Value("${shanzhi.risk.l2:0.001}") double defaultL2) {
		this.scores = scores;
		this.histories = histories;
		this.active = active;
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
		this.events = events;
		this.minimumAuc = minimumAuc;
		this.defaultL2 = defaultL2;
	}

	/** The model scores are computed with now. */
	public Scorecard current() {
		return active.current();
	}

	// ---- backtest

	/**
	 * A backtest (R6): ranks every party of the history (the platform's records, or the
	 * imported history {@code historyId}) by its score with the records up to
	 * {@code cutOff}, and compares with what happened in the {@code horizonDays} after it
	 * — the hit rate of the top share against a random draw of as many, the AUC, and how
	 * many days the violations of the top share went unfound that an inspection following
	 * the ranking would have saved (from the cut-off, or from the violation's beginning
	 * if later, to its finding). The cut-off must lie inside the data.
	 */
	@Transactional(readOnly = true)
	public Backtest backtest(LocalDate cutOff, Integer horizonDays, Double topShare, UUID historyId) {
		actors.require(FITTERS);
		if (cutOff == null) {
			throw new FieldRejectedException("cutOff", "required");
		}
		int horizon = horizonDays == null ? 365 : horizonDays;
		double share = topShare == null ? 0.1 : topShare;
		if (horizon < 30 || horizon > 1095) {
			throw new FieldRejectedException("horizonDays", "range");
		}
		if (share <= 0 || share > 0.5) {
			throw new FieldRejectedException("topShare", "range");
		}
		History history = history(historyId);
		LocalDate[] span = history.span();
		if (span[0] == null || !cutOff.isAfter(span[0]) || !cutOff.isBefore(span[1])) {
			throw new FieldRejectedException("cutOff", "cutOffOutsideData", span[0], span[1]);
		}
		return backtest(history, active.current(), cutOff, horizon, share);
	}

	Backtest backtest(History history, Scorecard model, LocalDate cutOff, int horizon, double share) {
		Map<Object, LocalDate[]> after = history.outcomes(cutOff, cutOff.plusDays(horizon));
		List<Object> ids = new ArrayList<>();
		List<BacktestMath.Outcome> outcomes = new ArrayList<>();
		history.features(cutOff, model, (id, values) -> {
			ids.add(id);
			outcomes.add(new BacktestMath.Outcome(model.score(values), after.containsKey(id)));
		});
		int n = (int) Math.ceil(outcomes.size() * share);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			order.add(i);
		}
		order.sort((a, b) -> Double.compare(outcomes.get(b).score(), outcomes.get(a).score()));
		List<Long> delays = new ArrayList<>();
		for (int i : order.subList(0, Math.min(n, order.size()))) {
			LocalDate[] v = after.get(ids.get(i));
			if (v != null) {
				LocalDate findable = v[0] == null || v[0].isBefore(cutOff) ? cutOff : v[0];
				delays.add(Math.max(0, ChronoUnit.DAYS.between(findable, v[1])));
			}
		}
		Collections.sort(delays);
		double hitRate = BacktestMath.hitRateOfTop(outcomes, n);
		double baseRate = BacktestMath.baseRate(outcomes);
		return new Backtest(history.source(), history.id(), cutOff, horizon, model.version(), outcomes.size(),
				after.size(), share, n, round3(hitRate), round3(baseRate),
				baseRate == 0 ? null : round3(hitRate / baseRate), round3(BacktestMath.auc(outcomes)), delays.size(),
				delays.isEmpty() ? null : delays.get(delays.size() / 2),
				delays.isEmpty() ? null : round3(delays.stream().mapToLong(Long::longValue).average().orElse(0)));
	}

	/** What a backtest found. */
	public record Backtest(String source, UUID historyId, LocalDate cutOff, int horizonDays, String modelVersion,
			int parties, int partiesViolatingAfter, double topShare, int topN, Double topHitRate, Double randomHitRate,
			Double lift, Double auc, int topHits, Long medianDaysUndetected, Double meanDaysUndetected) {
	}

	private History history(UUID historyId) {
		return historyId == null ? scores.platformHistory() : histories.history(historyId);
	}

	// ---- fitting

	/**
	 * What to fit on: an imported history (null: the platform's records), the period
	 * predicted, the L2 penalty, and the grades' thresholds (probabilities of a violation
	 * in the period).
	 */
	@Schema(description = "mediumFrom below highFrom",
			example = "{\"horizonDays\":365,\"l2\":1.0,\"highFrom\":0.3,\"mediumFrom\":0.1}")
	public record FitCommand(UUID historyId, @Min(90) @Max(730) Integer horizonDays,
			@DecimalMin("0.000001") @DecimalMax("10") Double l2,
			@DecimalMin("0.01") @DecimalMax("0.99") Double highFrom,
			@DecimalMin("0.01") @DecimalMax("0.99") Double mediumFrom) {
	}

	/**
	 * Fits a new version: trained on the parties' indicators at the training cut-off (two
	 * periods before the history's end) labelled by a violation in the period after it,
	 * validated on the last period. Kept whether it passed validation or not, with what
	 * it failed.
	 */
	@Transactional
	public ModelView fit(@Valid FitCommand command) {
		Actor actor = actors.require(FITTERS);
		int horizon = command.horizonDays() == null ? 365 : command.horizonDays();
		double l2 = command.l2() == null ? defaultL2 : command.l2();
		Scorecard current = active.current();
		double highFrom = command.highFrom() == null ? current.highFrom() : command.highFrom();
		double mediumFrom = command.mediumFrom() == null ? current.mediumFrom() : command.mediumFrom();
		if (mediumFrom >= highFrom) {
			throw new FieldRejectedException("mediumFrom", "thresholdsOrder");
		}
		History history = history(command.historyId());
		LocalDate[] span = history.span();
		LocalDate today = LocalDate.now(clock.withZone(RiskCatalogues.ZONE));
		if (span[0] == null) {
			throw RuleViolationException.rule("history-too-short", 2 * horizon + 90);
		}
		LocalDate end = span[1].isAfter(today) ? today : span[1];
		LocalDate validationCut = end.minusDays(horizon);
		LocalDate trainCut = validationCut.minusDays(horizon);
		if (!trainCut.isAfter(span[0].plusDays(89))) {
			throw RuleViolationException.rule("history-too-short", 2 * horizon + 90);
		}
		Scorecard shape = new Scorecard("candidate", 0, Map.of(), current.halfLifeDays(), highFrom, mediumFrom);
		List<ScorecardFitter.Example> training = sample(history, trainCut, validationCut, shape, 11);
		long positives = training.stream().filter(ScorecardFitter.Example::violated).count();
		List<String> problems = new ArrayList<>();
		if (positives < 20 || training.size() - positives < 20) {
			problems.add("too-few-outcomes");
		}
		ScorecardFitter.Fit fit = ScorecardFitter.fit(training, l2, 42);
		if (!fit.finite()) {
			problems.add("weights-not-finite");
		}
		String version = nextVersion(today);
		Scorecard candidate = new Scorecard(version, fit.finite() ? fit.intercept() : 0,
				fit.finite() ? fit.weights() : Map.of(), current.halfLifeDays(), highFrom, mediumFrom);
		List<ScorecardFitter.Example> validation = sample(history, validationCut, end, shape, 13);
		double[] mine = evaluate(candidate, validation);
		double[] theirs = evaluate(current, validation);
		if (Double.isNaN(mine[0]) || mine[0] < minimumAuc) {
			problems.add("auc-below-minimum");
		}
		if (!Double.isNaN(theirs[0]) && mine[0] < theirs[0] - 0.005) {
			problems.add("worse-than-active");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into risk.model_version (id, version, status, intercept, weights, half_lives, high_from,
				  medium_from, source, history_id, train_cut_off, validation_cut_off, horizon_days, l2,
				  training_examples, training_positives, validation_auc, validation_lift, compared_version,
				  compared_auc, problems, fitted_by, fitted_at)
				values (:id, :version, :status, :intercept, cast(:weights as jsonb), cast(:halfLives as jsonb), :high,
				  :medium, :source, :history, :trainCut, :validationCut, :horizon, :l2, :examples, :positives, :auc,
				  :lift, :compared, :comparedAuc, cast(:problems as jsonb), :by, :at)
				""")
			.param("id", id)
			.param("version", version)
			.param("status", problems.isEmpty() ? "VALIDATED" : "FAILED_VALIDATION")
			.param("intercept", candidate.intercept())
			.param("weights", ActiveModel.json(fit.weights()))
			.param("halfLives", ActiveModel.json(candidate.halfLifeDays()))
			.param("high", highFrom)
			.param("medium", mediumFrom)
			.param("source", history.source())
			.param("history", history.id())
			.param("trainCut", trainCut)
			.param("validationCut", validationCut)
			.param("horizon", horizon)
			.param("l2", l2)
			.param("examples", training.size())
			.param("positives", (int) positives)
			.param("auc", nan(mine[0]))
			.param("lift", nan(mine[1]))
			.param("compared", current.version())
			.param("comparedAuc", nan(theirs[0]))
			.param("problems", JSON.writeValueAsString(problems))
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		return get(id);
	}

	/**
	 * The parties' indicators at {@code asOf}, labelled by a violation after it up to
	 * {@code until}; a seeded uniform sample when there are more than {@link #SAMPLE}.
	 */
	private static List<ScorecardFitter.Example> sample(History history, LocalDate asOf, LocalDate until,
			Scorecard shape, long seed) {
		Map<Object, LocalDate[]> after = history.outcomes(asOf, until);
		List<ScorecardFitter.Example> out = new ArrayList<>();
		Random random = new Random(seed);
		long[] seen = { 0 };
		history.features(asOf, shape, (id, values) -> {
			ScorecardFitter.Example e = new ScorecardFitter.Example(values, after.containsKey(id));
			seen[0]++;
			if (out.size() < SAMPLE) {
				out.add(e);
			}
			else {
				long j = (long) (random.nextDouble() * seen[0]);
				if (j < SAMPLE) {
					out.set((int) j, e);
				}
			}
		});
		return out;
	}

	/** The AUC and the lift at the top 10 % of a model on examples. */
	private static double[] evaluate(Scorecard model, List<ScorecardFitter.Example> examples) {
		List<BacktestMath.Outcome> outcomes = examples.stream()
			.map(e -> new BacktestMath.Outcome(model.score(e.values()), e.violated()))
			.toList();
		double base = BacktestMath.baseRate(outcomes);
		double top = BacktestMath.hitRateOfTop(outcomes, (int) Math.ceil(outcomes.size() * 0.1));
		return new double[] { BacktestMath.auc(outcomes), base == 0 ? Double.NaN : top / base };
	}

	private String nextVersion(LocalDate today) {
		long n = jdbc.sql("select count(*) from risk.model_version").query(Long.class).single();
		return "v" + (n + 1) + "-" + today.format(DateTimeFormatter.BASIC_ISO_DATE);
	}

	// ---- review

	/**
	 * Activates a version that passed validation, by a reviewer other than who fitted it,
	 * with the review's note; the version in use is retired. Scores are recomputed with
	 * it in the background, and every rescoring uses it at once.
	 */
	@Transactional
	public ModelView activate(UUID id, String reviewNote) {
		Actor actor = actors.require(PUBLISHERS);
		ModelView model = get(id);
		if (reviewNote == null || reviewNote.isBlank()) {
			throw new FieldRejectedException("reviewNote", "required");
		}
		if (reviewNote.length() > 2000) {
			throw new FieldRejectedException("reviewNote", "textTooLong");
		}
		if (!model.problems().isEmpty()) {
			throw RuleViolationException.rule("model-failed-validation", String.join(", ", model.problems()));
		}
		if (model.status() == ModelStatus.ACTIVE) {
			throw RuleViolationException.conflict("model-already-active");
		}
		if (model.fittedBy().equals(actor.accountId())) {
			throw RuleViolationException.rule("model-review-by-fitter");
		}
		// compared at validation with the model in use now, or it must be fitted again
		if (!active.current().version().equals(model.comparedVersion())) {
			throw RuleViolationException.rule("model-compared-with-another", model.comparedVersion(),
					active.current().version());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("update risk.model_version set status = 'RETIRED', retired_at = :at where status = 'ACTIVE'")
			.param("at", now)
			.update();
		jdbc.sql("""
				update risk.model_version set status = 'ACTIVE', reviewed_by = :by, review_note = :note,
				  activated_at = :at, retired_at = null
				where id = :id
				""")
			.param("by", actor.accountId())
			.param("note", reviewNote.strip())
			.param("at", now)
			.param("id", id)
			.update();
		events.publishEvent(new RiskModelChanged(model.version()));
		return get(id);
	}

	/**
	 * Retires the active version: scores go back to the hand-set default, recomputed in
	 * the background.
	 */
	@Transactional
	public ModelView retire(UUID id) {
		actors.require(PUBLISHERS);
		ModelView model = get(id);
		if (model.status() != ModelStatus.ACTIVE) {
			throw RuleViolationException.conflict("model-not-active");
		}
		jdbc.sql("update risk.model_version set status = 'RETIRED', retired_at = :at where id = :id")
			.param("at", OffsetDateTime.now(clock))
			.param("id", id)
			.update();
		events.publishEvent(new RiskModelChanged(active.fallback().version()));
		return get(id);
	}

	@Transactional(readOnly = true)
	public List<ModelView> list() {
		actors.require(FITTERS);
		return jdbc.sql("select * from risk.model_version order by fitted_at desc").query((rs, n) -> view(rs)).list();
	}

	@Transactional(readOnly = true)
	public ModelView get(UUID id) {
		actors.require(FITTERS);
		return jdbc.sql("select * from risk.model_version where id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("model", id));
	}

	private static ModelView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		Scorecard card = ActiveModel.scorecard(rs);
		return new ModelView(rs.getObject("id", UUID.class), card.version(),
				ModelStatus.valueOf(rs.getString("status")), card.intercept(), card.base(), card.weights(),
				card.halfLifeDays(), card.highFrom(), card.mediumFrom(), rs.getString("source"),
				rs.getObject("history_id", UUID.class), rs.getObject("train_cut_off", LocalDate.class),
				rs.getObject("validation_cut_off", LocalDate.class), rs.getInt("horizon_days"), rs.getDouble("l2"),
				rs.getInt("training_examples"), rs.getInt("training_positives"), nullable(rs, "validation_auc"),
				nullable(rs, "validation_lift"), rs.getString("compared_version"), nullable(rs, "compared_auc"),
				JSON.readValue(rs.getString("problems"), new TypeReference<List<String>>() {
				}), rs.getObject("fitted_by", UUID.class), rs.getObject("fitted_at", OffsetDateTime.class),
				rs.getObject("reviewed_by", UUID.class), rs.getString("review_note"),
				rs.getObject("activated_at", OffsetDateTime.class), rs.getObject("retired_at", OffsetDateTime.class));
	}

	private static Double nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		double v = rs.getDouble(column);
		return rs.wasNull() ? null : round3(v);
	}

	private static Double nan(double v) {
		return Double.isNaN(v) ? null : v;
	}

	private static Double round3(double v) {
		return Double.isNaN(v) ? null : Math.round(v * 1000) / 1000.0;
	}

	/** Where a version stands. */
	public enum ModelStatus {

		VALIDATED, FAILED_VALIDATION, ACTIVE, RETIRED

	}

	/**
	 * A model version: its weights and thresholds, what it was fitted and validated on,
	 * what it failed, and its review.
	 */
	public record ModelView(UUID id, String version, ModelStatus status, double intercept, double base,
			Map<Indicator, Double> weights, Map<Indicator, Integer> halfLifeDays, double highFrom, double mediumFrom,
			String source, UUID historyId, LocalDate trainCutOff, LocalDate validationCutOff, int horizonDays,
			double l2, int trainingExamples, int trainingPositives, Double validationAuc, Double validationLift,
			String comparedVersion, Double comparedAuc, List<String> problems, UUID fittedBy, OffsetDateTime fittedAt,
			UUID reviewedBy, String reviewNote, OffsetDateTime activatedAt, OffsetDateTime retiredAt) {
	}

}
