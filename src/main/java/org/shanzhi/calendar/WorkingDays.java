package org.shanzhi.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.shanzhi.calendar.internal.CalendarDay;
import org.shanzhi.calendar.internal.CalendarDayRepository;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Working days and holidays of the official calendar. A day is a working day when it is a
 * Monday to Friday that the calendar does not make a holiday, or a weekend day the
 * calendar makes an adjusted working day (调休上班). Deadlines in working days count from the
 * day after the start (the start day is not counted, as the procedural laws require).
 */
@Service
@Validated
public class WorkingDays {

	/** Years the calendar accepts; outside them an entry is surely a typing error. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final CalendarDayRepository days;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkingDays(CalendarDayRepository days, Actors actors, ApplicationEventPublisher events, Clock clock) {
		this.days = days;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isWorkingDay(LocalDate date) {
		return isWorkingDay(date, days.findById(date).map(CalendarDay::view).orElse(null));
	}

	/**
	 * A day off of an official holiday period (statutory holiday or its adjusted days
	 * off).
	 */
	@Transactional(readOnly = true)
	public boolean isHoliday(LocalDate date) {
		return entry(date).filter(d -> d.kind() == DayKind.HOLIDAY).isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<CalendarDayView> entry(LocalDate date) {
		return days.findById(date).map(CalendarDay::view);
	}

	/**
	 * The day on which a period of {@code count} working days that starts on
	 * {@code start} ends.
	 */
	@Transactional(readOnly = true)
	public LocalDate plusWorkingDays(LocalDate start, int count) {
		if (count < 0 || count > 3660) {
			throw new IllegalArgumentException("count out of range: " + count);
		}
		LocalDate day = start;
		int left = count;
		while (left > 0) {
			LocalDate windowEnd = day.plusDays(left * 2L + 31);
			Map<LocalDate, CalendarDayView> window = entries(day.plusDays(1), windowEnd);
			while (left > 0 && day.isBefore(windowEnd)) {
				day = day.plusDays(1);
				if (isWorkingDay(day, window.get(day))) {
					left--;
				}
			}
		}
		return day;
	}

	/**
	 * The working day {@code count} working days before {@code end}: where a reminder of
	 * a deadline on {@code end} falls.
	 */
	@Transactional(readOnly = true)
	public LocalDate minusWorkingDays(LocalDate end, int count) {
		if (count < 0 || count > 3660) {
			throw new IllegalArgumentException("count out of range: " + count);
		}
		LocalDate day = end;
		for (int i = 0; i < count; i++) {
			day = day.minusDays(1);
			while (!isWorkingDay(day)) {
				day = day.minusDays(1);
			}
		}
		return day;
	}

	/** Working days after {@code start} up to and including {@code end}. */
	@Transactional(readOnly = true)
	public int workingDaysBetween(LocalDate start, LocalDate end) {
		if (!end.isAfter(start)) {
			return 0;
		}
		Map<LocalDate, CalendarDayView> window = entries(start.plusDays(1), end);
		int count = 0;
		for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
			if (isWorkingDay(d, window.get(d))) {
				count++;
			}
		}
		return count;
	}

	/** The calendar's entries of a year, in date order. */
	@Transactional(readOnly = true)
	public List<CalendarDayView> year(int year) {
		checkYear(year);
		return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(CalendarDay::view)
			.toList();
	}

	@Transactional
	public CalendarDayView set(@Valid SetCalendarDayCommand command) {
		actors.require(Role.ADMIN);
		checkYear(command.date().getYear());
		boolean weekend = isWeekend(command.date());
		if (command.kind() == DayKind.WORKDAY && !weekend) {
			throw RuleViolationException.rule("calendar-workday-on-weekday", command.date());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<CalendarDay> existing = days.findById(command.date());
		Map<String, Object> before = existing.map(d -> snapshot(d.view())).orElse(Map.of());
		CalendarDay day = existing.orElseGet(() -> new CalendarDay(command.date(), command.kind(),
				command.name().strip(), command.statutory(), now));
		day.change(command.kind(), command.name().strip(), command.statutory(), now);
		CalendarDayView view = days.saveAndFlush(day).view();
		events.publishEvent(
				new CalendarEvents.CalendarDaySet(view.date(), view.kind(), view.name(), view.statutory(), before));
		return view;
	}

	@Transactional
	public void remove(LocalDate date) {
		actors.require(Role.ADMIN);
		CalendarDay day = days.findById(date).orElseThrow(() -> NotFoundException.forId("calendar-day", date));
		days.delete(day);
		events.publishEvent(new CalendarEvents.CalendarDayRemoved(date, snapshot(day.view())));
	}

	private Map<LocalDate, CalendarDayView> entries(LocalDate from, LocalDate to) {
		Map<LocalDate, CalendarDayView> map = new HashMap<>();
		for (CalendarDay d : days.findByDayBetweenOrderByDay(from, to)) {
			CalendarDayView v = d.view();
			map.put(v.date(), v);
		}
		return map;
	}

	private static boolean isWorkingDay(LocalDate date, CalendarDayView entry) {
		if (entry != null) {
			return entry.kind() == DayKind.WORKDAY;
		}
		return !isWeekend(date);
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new FieldRejectedException("year", "yearRange");
		}
	}

	private static Map<String, Object> snapshot(CalendarDayView v) {
		return Map.of("kind", v.kind().name(), "name", v.name(), "statutory", v.statutory());
	}

}
