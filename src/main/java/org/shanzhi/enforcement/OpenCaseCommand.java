package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Opens a case (立案) against a party for a violation type of the officer's agency.
 * {@code originId} links the inspection, complaint or guidance act it came from.
 */
public record OpenCaseCommand(@NotNull UUID partyId, @NotBlank @Size(max = 40) String violationCode,
		@NotNull @PastOrPresent LocalDate occurredOn, @NotBlank @Size(max = 4000) String facts,
		@NotNull CaseOrigin origin, UUID originId, @Size(max = 20) List<@NotBlank @Size(max = 200) String> evidence) {
}
