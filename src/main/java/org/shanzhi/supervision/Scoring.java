package org.shanzhi.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The scoring formulas of the assessment (S2), in exact decimal arithmetic rounded half
 * up to two places, so that the same figures always give the same score.
 * <ul>
 * <li>RATE: the indicator's weight times where the rate lies between its floor (nothing)
 * and its target (everything), linearly, capped at both ends; an agency with nothing to
 * measure (no denominator) gets the full weight, marked "no data".</li>
 * <li>DEDUCTION: the weight less {@code perItem} points for each counted item (e.g. a
 * conduct complaint), not below zero.</li>
 * <li>MANUAL: the supervisor's score, between zero and the weight.</li>
 * </ul>
 */
public final class Scoring {

	private Scoring() {
	}

	public static BigDecimal rate(long numerator, long denominator, BigDecimal weight, BigDecimal floor,
			BigDecimal target) {
		if (denominator <= 0) {
			return weight.setScale(2, RoundingMode.HALF_UP);
		}
		BigDecimal value = BigDecimal.valueOf(numerator)
			.divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
		BigDecimal share = value.subtract(floor).divide(target.subtract(floor), 10, RoundingMode.HALF_UP);
		if (share.signum() < 0) {
			share = BigDecimal.ZERO;
		}
		if (share.compareTo(BigDecimal.ONE) > 0) {
			share = BigDecimal.ONE;
		}
		return weight.multiply(share).setScale(2, RoundingMode.HALF_UP);
	}

	public static BigDecimal deduction(long count, BigDecimal weight, BigDecimal perItem) {
		BigDecimal left = weight.subtract(perItem.multiply(BigDecimal.valueOf(count)));
		return (left.signum() < 0 ? BigDecimal.ZERO : left).setScale(2, RoundingMode.HALF_UP);
	}

	public static BigDecimal manual(BigDecimal score, BigDecimal weight) {
		if (score == null) {
			return BigDecimal.ZERO.setScale(2, RoundingMode.HALF_UP);
		}
		return score.min(weight).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
	}

}
