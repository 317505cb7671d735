package org.shanzhi.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The comparison arithmetic of the evaluation report (R5): the periods compared, and each
 * figure with its value in the period, in the previous period of the same length, in the
 * same period of the previous year, and the changes. A count changes in percent of the
 * earlier value (12 violations then, 9 now: -25.0); a rate (percent) or a mean changes by
 * the difference (percentage points, points). No change is given from nothing (an earlier
 * count of 0, or no earlier value).
 */
public final class Comparison {

	private Comparison() {
	}

	/** A period, both days included. */
	public record Period(LocalDate from, LocalDate to) {

		public long days() {
			return ChronoUnit.DAYS.between(from, to) + 1;
		}

		/**
		 * The period of the same length just before: whole calendar months (a month, a
		 * quarter, a year) go back as many months; any other period as many days.
		 */
		public Period previous() {
			if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth()) {
				long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
				return new Period(from.minusMonths(months), from.minusDays(1));
			}
			return new Period(from.minusDays(days()), from.minusDays(1));
		}

		/** The same days a year earlier. */
		public Period yearBefore() {
			return new Period(from.minusYears(1), to.minusYears(1));
		}

	}

	/** A figure in the three periods and its changes. */
	public record Measure(Double current, Double previousPeriod, Double samePeriodLastYear, Double change,
			Double changeFromLastYear, String unit) {
	}

	/** A count (violations): changes in percent. */
	public static Measure count(long current, long previous, long lastYear) {
		return new Measure((double) current, (double) previous, (double) lastYear, percentChange(current, previous),
				percentChange(current, lastYear), "COUNT");
	}

	/** A rate in percent (compliance): changes in percentage points. */
	public static Measure rate(Double current, Double previous, Double lastYear) {
		return new Measure(current, previous, lastYear, difference(current, previous), difference(current, lastYear),
				"PERCENT");
	}

	/** A mean score (satisfaction, 1-5): changes in points. */
	public static Measure mean(Double current, Double previous, Double lastYear) {
		return new Measure(current, previous, lastYear, difference(current, previous), difference(current, lastYear),
				"SCORE");
	}

	/** The share in percent, one decimal; none of nothing. */
	public static Double percent(long part, long whole) {
		return whole == 0 ? null : round(part * 100.0 / whole);
	}

	static Double percentChange(long now, long then) {
		return then == 0 ? null : round((now - then) * 100.0 / then);
	}

	static Double difference(Double now, Double then) {
		return now == null || then == null ? null : round(now - then);
	}

	static double round(double v) {
		return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

}
