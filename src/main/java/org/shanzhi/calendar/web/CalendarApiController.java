package org.shanzhi.calendar.web;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;

import jakarta.validation.Valid;

import org.shanzhi.calendar.CalendarDayView;
import org.shanzhi.calendar.SetCalendarDayCommand;
import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.shared.PageView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of the official calendar (API.md, "Enforcement": holidays). */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar")
class CalendarApiController {

	private final WorkingDays workingDays;

	CalendarApiController(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	@Operation(summary = "Statutory holidays and adjusted working days of a year (default: this year), with the year"
			+ PageView.ONE_PAGE)
	@GetMapping("/holidays")
	Map<String, Object> holidays(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		int y = (year != null) ? year : Year.now(org.shanzhi.shared.PeopleTime.ZONE).getValue();
		PageView<CalendarDayView> days = PageView.slice(workingDays.year(y), page, size);
		return Map.of("year", y, "items", days.items(), "page", days.page(), "size", days.size(), "total",
				days.total());
	}

	@Operation(summary = "Is a date a working day, and when does a period of N working days from it end")
	@GetMapping("/working-days")
	Map<String, Object> workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(defaultValue = "0") int plus) {
		if (plus < 0 || plus > 3660) {
			throw new org.shanzhi.shared.FieldRejectedException("plus", "range");
		}
		return Map.of("date", from, "workingDay", workingDays.isWorkingDay(from), "holiday",
				workingDays.isHoliday(from), "plus", plus, "endsOn", workingDays.plusWorkingDays(from, plus));
	}

	@Operation(summary = "Set a day of the official calendar (ADMIN)")
	@PutMapping("/days/{date}")
	CalendarDayView set(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @RequestBody DayBody body) {
		return workingDays.set(new SetCalendarDayCommand(date, body.kind(), body.name(), body.statutory()));
	}

	@Operation(summary = "Remove a day from the official calendar (ADMIN)")
	@DeleteMapping("/days/{date}")
	ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		workingDays.remove(date);
		return ResponseEntity.noContent().build();
	}

	record DayBody(@jakarta.validation.constraints.NotNull org.shanzhi.calendar.DayKind kind,
			@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 40) String name,
			boolean statutory) {
	}

}
