package org.shanzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The scoring formulas on fixtures (S2). */
class ScoringTest {

	static BigDecimal d(String s) {
		return new BigDecimal(s);
	}

	@Test
	void aRateScoresLinearlyBetweenItsFloorAndTargetCappedAtBothEnds() {
		// 45 of 60 cases = 0.75; floor 0.5, target 1.0 → half of 10 points
		assertThat(Scoring.rate(45, 60, d("10"), d("0.5"), d("1"))).isEqualByComparingTo("5.00");
		// 1 of 3 = 0.3333…, floor 0, target 0.6 → 0.5556 of 15 = 8.33
		assertThat(Scoring.rate(1, 3, d("15"), d("0"), d("0.6"))).isEqualByComparingTo("8.33");
		assertThat(Scoring.rate(2, 10, d("10"), d("0.5"), d("1"))).as("below the floor").isEqualByComparingTo("0.00");
		assertThat(Scoring.rate(9, 10, d("15"), d("0"), d("0.6"))).as("above the target").isEqualByComparingTo("15.00");
		assertThat(Scoring.rate(0, 0, d("10"), d("0.5"), d("1"))).as("nothing to measure")
			.isEqualByComparingTo("10.00");
	}

	@Test
	void aDeductionTakesPointsPerItemButNeverBelowZero() {
		assertThat(Scoring.deduction(0, d("10"), d("2"))).isEqualByComparingTo("10.00");
		assertThat(Scoring.deduction(3, d("10"), d("2"))).isEqualByComparingTo("4.00");
		assertThat(Scoring.deduction(7, d("10"), d("2"))).isEqualByComparingTo("0.00");
		assertThat(Scoring.deduction(1, d("10"), d("2.5"))).isEqualByComparingTo("7.50");
	}

	@Test
	void aManualScoreStaysBetweenZeroAndTheWeightAndIsZeroWhenNotGiven() {
		assertThat(Scoring.manual(d("11.5"), d("15"))).isEqualByComparingTo("11.50");
		assertThat(Scoring.manual(d("20"), d("15"))).isEqualByComparingTo("15.00");
		assertThat(Scoring.manual(null, d("15"))).isEqualByComparingTo("0.00");
	}

	@Test
	void roundingIsHalfUpToCents() {
		// 2 of 3 over floor 0 target 1 of 10 points = 6.666… → 6.67
		assertThat(Scoring.rate(2, 3, d("10"), d("0"), d("1"))).isEqualByComparingTo("6.67");
		// 1 of 8 = 0.125 of 10 = 1.25 exactly
		assertThat(Scoring.rate(1, 8, d("10"), d("0"), d("1"))).isEqualByComparingTo("1.25");
	}

}
