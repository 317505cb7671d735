package org.shanzhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Working-day arithmetic over the demo city's 2026 calendar (the State Council's notice).
 */
class WorkingDaysTests extends IntegrationTest {

	@Autowired
	WorkingDays workingDays;

	static LocalDate day(String s) {
		return LocalDate.parse(s);
	}

	@Test
	void anAdjustedSundayIsAWorkingDayAndAHolidayWeekdayIsNot() {
		assertThat(workingDays.isWorkingDay(day("2026-09-20"))).as("Sunday made a working day").isTrue();
		assertThat(workingDays.isWorkingDay(day("2026-10-05"))).as("Monday of the National Day week").isFalse();
		assertThat(workingDays.isHoliday(day("2026-10-05"))).isTrue();
		assertThat(workingDays.isWorkingDay(day("2026-11-21"))).as("an ordinary Saturday").isFalse();
		assertThat(workingDays.isHoliday(day("2026-11-21"))).as("a weekend is not a statutory holiday").isFalse();
	}

	@Test
	void aPeriodInWorkingDaysSkipsHolidaysAndCountsAdjustedDays() {
		// Friday 18 September + 1 working day: the adjusted Sunday 20 September
		assertThat(workingDays.plusWorkingDays(day("2026-09-18"), 1)).isEqualTo(day("2026-09-20"));
		// 30 September + 1: the holiday runs to 7 October, then Thursday 8 October
		assertThat(workingDays.plusWorkingDays(day("2026-09-30"), 1)).isEqualTo(day("2026-10-08"));
		// Spring Festival: 13 February (Fri) + 2 → 14 February (adjusted Saturday), then
		// 24 February
		assertThat(workingDays.plusWorkingDays(day("2026-02-13"), 2)).isEqualTo(day("2026-02-24"));
		assertThat(workingDays.plusWorkingDays(day("2026-02-13"), 0)).isEqualTo(day("2026-02-13"));
	}

	@Test
	void workingDaysBetweenCountsFromTheDayAfterTheStart() {
		assertThat(workingDays.workingDaysBetween(day("2026-09-30"), day("2026-10-10")))
			.as("8 and 9 Oct, adjusted 10 Oct")
			.isEqualTo(3);
		assertThat(workingDays.workingDaysBetween(day("2026-11-23"), day("2026-11-23"))).isZero();
	}

}
