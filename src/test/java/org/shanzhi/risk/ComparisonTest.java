package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The arithmetic of the report's comparison, on known figures. */
class ComparisonTest {

	@Test
	void twelveViolationsLastYearAndNineThisYearIsMinusTwentyFivePercent() {
		Comparison.Measure m = Comparison.count(9, 12, 12);
		assertThat(m.change()).isEqualTo(-25.0);
		assertThat(m.changeFromLastYear()).isEqualTo(-25.0);
		assertThat(Comparison.count(15, 12, 10).change()).isEqualTo(25.0);
		assertThat(Comparison.count(15, 12, 10).changeFromLastYear()).isEqualTo(50.0);
		assertThat(Comparison.count(3, 0, 0).change()).isNull();
		assertThat(Comparison.count(1, 3, 3).change()).isEqualTo(-66.7);
	}

	@Test
	void ratesAndMeansChangeByTheirDifference() {
		assertThat(Comparison.percent(45, 50)).isEqualTo(90.0);
		assertThat(Comparison.percent(2, 3)).isEqualTo(66.7);
		assertThat(Comparison.percent(0, 0)).isNull();
		assertThat(Comparison.rate(90.0, 80.0, null).change()).isEqualTo(10.0);
		assertThat(Comparison.rate(90.0, 80.0, null).changeFromLastYear()).isNull();
		assertThat(Comparison.mean(4.25, 4.5, 3.75).change()).isEqualTo(-0.3);
		assertThat(Comparison.mean(4.25, 4.5, 3.75).changeFromLastYear()).isEqualTo(0.5);
	}

	@Test
	void theComparedPeriodsAreThePreviousOfTheSameLengthAndTheSameDaysAYearBefore() {
		Comparison.Period year = new Comparison.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		assertThat(year.days()).isEqualTo(365);
		assertThat(year.previous())
			.isEqualTo(new Comparison.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
		assertThat(year.yearBefore()).isEqualTo(year.previous());
		Comparison.Period leapBefore = new Comparison.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		assertThat(leapBefore.previous())
			.isEqualTo(new Comparison.Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
		Comparison.Period quarter = new Comparison.Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
		assertThat(quarter.previous())
			.isEqualTo(new Comparison.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
		Comparison.Period days = new Comparison.Period(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19));
		assertThat(days.previous())
			.isEqualTo(new Comparison.Period(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 9)));
		assertThat(quarter.yearBefore())
			.isEqualTo(new Comparison.Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
	}

}
