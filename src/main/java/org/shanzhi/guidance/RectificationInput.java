package org.shanzhi.guidance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A rectification requirement (整改要求) with its deadline (G5). A deadline that falls on a
 * rest day moves to the next working day. {@code violationCode} names the violation of
 * the agency's catalogue that a failed rectification escalates to; it may also be given
 * with the outcome.
 */
public record RectificationInput(@NotBlank @Size(max = 2000) String requirement, @NotNull LocalDate deadline,
		@Size(max = 40) String violationCode) {
}
