package org.shanzhi.directory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registers an officer with the certificate (执法证) they act under, valid until
 * {@code certificateValidUntil} when it has an end.
 */
public record RegisterOfficerCommand(@NotNull UUID agencyId, @NotBlank @Size(max = 50) String name,
		@NotBlank @Size(max = 32) @Pattern(regexp = "[0-9A-Z-]+",
				message = "{shanzhi.validation.certificateNumber}") String certificateNumber,
		@Size(max = 50) String position, LocalDate certificateValidUntil) {
}
