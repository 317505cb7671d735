package org.shanzhi.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Marks a day as a holiday or an adjusted working day, or changes an existing entry. */
public record SetCalendarDayCommand(@NotNull LocalDate date, @NotNull DayKind kind,
		@NotBlank @Size(max = 40) String name, boolean statutory) {
}
