package org.shanzhi.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A risk model as a transparent scorecard (R6): log-odds weights per indicator and an
 * intercept, the indicators' time decay (half-lives), and the probability thresholds of
 * the grades. A score is in points: 500 at even odds, 20 points double the odds; it is
 * the base (the intercept's points) plus each factor's contribution (its weight times its
 * value, in points), so the contributions explain the whole score.
 */
public record Scorecard(String version, double intercept, Map<Indicator, Double> weights,
		Map<Indicator, Integer> halfLifeDays, double highFrom, double mediumFrom) {

	/** Points per unit of log-odds: 20 points double the odds. */
	public static final double FACTOR = 20 / Math.log(2);

	/** The score at even odds. */
	public static final double EVEN = 500;

	/**
	 * The hand-set model used before an agency's history has been fitted: weights chosen
	 * so that a recent penalised violation and an uncorrected rectification each raise
	 * the odds about two- to three-fold, a party with a clean record and a recent
	 * inspection stays LOW.
	 */
	public static final Scorecard DEFAULT = new Scorecard("default-1", -3.2, defaultWeights(), defaultHalfLives(), 0.35,
			0.12);

	private static Map<Indicator, Double> defaultWeights() {
		Map<Indicator, Double> w = new LinkedHashMap<>();
		w.put(Indicator.VIOLATIONS, 0.9);
		w.put(Indicator.PENALTIES, 0.4);
		w.put(Indicator.COMPLAINTS, 0.5);
		w.put(Indicator.GUIDANCE_DECLINED, 0.35);
		w.put(Indicator.NOT_CORRECTED, 0.8);
		w.put(Indicator.FOLLOW_UP_FAILED, 0.6);
		w.put(Indicator.DISSATISFACTION, 0.3);
		w.put(Indicator.INSPECTION_GAP, 0.35);
		w.put(Indicator.CATEGORY_RISK, 0.6);
		return w;
	}

	private static Map<Indicator, Integer> defaultHalfLives() {
		Map<Indicator, Integer> h = new LinkedHashMap<>();
		h.put(Indicator.VIOLATIONS, 365);
		h.put(Indicator.PENALTIES, 730);
		h.put(Indicator.COMPLAINTS, 365);
		h.put(Indicator.GUIDANCE_DECLINED, 365);
		h.put(Indicator.NOT_CORRECTED, 365);
		h.put(Indicator.FOLLOW_UP_FAILED, 365);
		return h;
	}

	/** The points of the intercept: the score of a party with every indicator at 0. */
	public double base() {
		return round(EVEN + FACTOR * intercept);
	}

	/** A factor's contribution in points, rounded to 0.1. */
	public double contribution(Indicator indicator, double value) {
		return round(FACTOR * weights.getOrDefault(indicator, 0.0) * value);
	}

	/** The score of the given contributions: the base plus their sum. */
	public double score(List<Double> contributions) {
		return round(base() + contributions.stream().mapToDouble(Double::doubleValue).sum());
	}

	/** The score of a party's indicator values. */
	public double score(Map<Indicator, Double> values) {
		double sum = 0;
		for (Map.Entry<Indicator, Double> e : values.entrySet()) {
			sum += contribution(e.getKey(), e.getValue());
		}
		return round(base() + sum);
	}

	/** The probability of a violation in the next period a score stands for. */
	public static double probability(double score) {
		return 1 / (1 + Math.exp(-(score - EVEN) / FACTOR));
	}

	public Grade grade(double score) {
		double p = probability(score);
		return p >= highFrom ? Grade.HIGH : p >= mediumFrom ? Grade.MEDIUM : Grade.LOW;
	}

	/** The half-life of an indicator's records, if it decays. */
	public int halfLife(Indicator indicator) {
		return halfLifeDays.getOrDefault(indicator, 365);
	}

	static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	/** What a score is made of, from the platform's own records. */
	public enum Indicator {

		/** Violations found (not found unestablished), decayed by their age. */
		VIOLATIONS,
		/** Violations decided with a penalty, decayed. */
		PENALTIES,
		/** Cases that began with a complaint or a report, decayed. */
		COMPLAINTS,
		/** Guidance the party declined, decayed. */
		GUIDANCE_DECLINED,
		/** Rectifications not made, decayed. */
		NOT_CORRECTED,
		/** Follow-up visits that found the rectification had not held, decayed. */
		FOLLOW_UP_FAILED,
		/**
		 * How far the party's mean satisfaction at follow-up visits falls below 3 (of 5).
		 */
		DISSATISFACTION,
		/** Years since the last inspection, at most 3 (3 when never inspected). */
		INSPECTION_GAP,
		/** HIGH risk points published for the party's category, in fives, at most 2. */
		CATEGORY_RISK

	}

}
