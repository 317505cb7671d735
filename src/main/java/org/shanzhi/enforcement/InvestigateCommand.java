package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Ends the investigation (调查终结) with the established circumstances the leniency rules and
 * the discretion benchmark look at.
 */
public record InvestigateCommand(@NotBlank @Size(max = 4000) String findings, @NotNull HarmLevel harm,
		boolean corrected, @PastOrPresent LocalDate correctedOn, boolean commitmentSigned,
		boolean rectificationVerified, Boolean firstOffence,
		@Size(max = 20) List<@NotBlank @Size(max = 200) String> evidence) {
}
