package org.shanzhi.enforcement;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.shanzhi.calendar.DayKind;
import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The periods in which officers do not act on a party unless it is urgent and the urgency
 * is stated (行政强制法 第四十三条; Luoyang art. 6 for investigation acts): at night and on the
 * days off of an official holiday. Coercive measures and the investigation's records ask
 * it.
 */
@Component
class ProhibitedPeriods {

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final WorkingDays workingDays;

	private final LocalTime nightStart;

	private final LocalTime nightEnd;

	ProhibitedPeriods(WorkingDays workingDays, @Value("${shanzhi.enforcement.night-start:22:00}") LocalTime nightStart,
			@Value("${shanzhi.enforcement.night-end:06:00}") LocalTime nightEnd) {
		this.workingDays = workingDays;
		this.nightStart = nightStart;
		this.nightEnd = nightEnd;
	}

	/**
	 * 422 {@code prohibited-period-night} or {@code prohibited-period-holiday} for an act
	 * at that time that is not urgent (the caller checks that an urgent one states its
	 * urgency).
	 */
	void check(OffsetDateTime at, boolean urgent) {
		if (urgent) {
			return;
		}
		ZonedDateTime local = at.atZoneSameInstant(ZONE);
		if (isNight(local.toLocalTime())) {
			throw RuleViolationException.rule("prohibited-period-night", local.toLocalTime(), nightStart, nightEnd);
		}
		workingDays.entry(local.toLocalDate()).filter(d -> d.kind() == DayKind.HOLIDAY).ifPresent(d -> {
			throw RuleViolationException.rule("prohibited-period-holiday", local.toLocalDate(), d.name());
		});
	}

	boolean isNight(LocalTime time) {
		if (nightStart.isAfter(nightEnd)) {
			return !time.isBefore(nightStart) || time.isBefore(nightEnd);
		}
		return !time.isBefore(nightStart) && time.isBefore(nightEnd);
	}

}
