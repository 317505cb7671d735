package org.shanzhi.enforcement;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The decision on a case: the treatment, the fine where one applies, the benchmark level
 * applied, the legal basis and reasons, and, when it departs from the leniency proposal,
 * the written reason for the departure (then a legal reviewer must approve it).
 */
public record DecideCommand(@NotNull Treatment treatment,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount, @Size(max = 20) String benchmarkLevel,
		@NotBlank @Size(max = 4000) String reasons, @NotNull @Valid LegalBasis legalBasis,
		@Size(max = 2000) String departureReason) {
}
