package org.shanzhi.calendar;

import java.time.LocalDate;

/**
 * An entry of the official calendar: {@code statutory} marks the days that are statutory
 * holidays by the holiday regulations themselves (全国年节及纪念日放假办法), as opposed to the days
 * off gained by adjustment.
 */
public record CalendarDayView(LocalDate date, DayKind kind, String name, boolean statutory, long version) {
}
