package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.shanzhi.risk.BacktestMath.Outcome;

/** The backtest's arithmetic on known rankings. */
class BacktestMathTest {

	@Test
	void aPerfectRankingHasAucOneARandomOneAHalfAndAReversedOneZero() {
		List<Outcome> perfect = List.of(new Outcome(9, true), new Outcome(8, true), new Outcome(2, false),
				new Outcome(1, false));
		assertThat(BacktestMath.auc(perfect)).isEqualTo(1.0);
		List<Outcome> reversed = List.of(new Outcome(1, true), new Outcome(2, true), new Outcome(8, false),
				new Outcome(9, false));
		assertThat(BacktestMath.auc(reversed)).isEqualTo(0.0);
		List<Outcome> ties = List.of(new Outcome(5, true), new Outcome(5, false));
		assertThat(BacktestMath.auc(ties)).isEqualTo(0.5);
		// one positive above two negatives and below one: 2 of 3 pairs won
		List<Outcome> mixed = List.of(new Outcome(4, false), new Outcome(3, true), new Outcome(2, false),
				new Outcome(1, false));
		assertThat(BacktestMath.auc(mixed)).isCloseTo(2.0 / 3, Offset.offset(1e-12));
		assertThat(BacktestMath.auc(List.of(new Outcome(1, true)))).isNaN();
	}

	@Test
	void theTopHitRateIsComparedWithTheBaseRate() {
		List<Outcome> outcomes = List.of(new Outcome(9, true), new Outcome(8, false), new Outcome(7, true),
				new Outcome(3, false), new Outcome(2, false), new Outcome(1, false), new Outcome(0, false),
				new Outcome(0, false), new Outcome(0, true), new Outcome(0, false));
		assertThat(BacktestMath.baseRate(outcomes)).isEqualTo(0.3);
		assertThat(BacktestMath.hitRateOfTop(outcomes, 1)).isEqualTo(1.0);
		assertThat(BacktestMath.hitRateOfTop(outcomes, 2)).isEqualTo(0.5);
		assertThat(BacktestMath.hitRateOfTop(outcomes, 3)).isCloseTo(2.0 / 3, Offset.offset(1e-12));
		assertThat(BacktestMath.hitRateOfTop(outcomes, 20)).isEqualTo(0.3);
	}

}
