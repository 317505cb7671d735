package org.shanzhi.leniency;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.enforcement.HarmLevel;

/**
 * API: {@code POST /api/v1/leniency/assessments}. {@code agencyId} defaults to the
 * officer's agency.
 */
public record AssessCommand(UUID agencyId, @NotNull UUID partyId, @NotBlank @Size(max = 40) String violationCode,
		@NotNull LocalDate occurredOn, @NotNull @Valid Facts facts) {

	/** The circumstances established for the violation. */
	public record Facts(Boolean firstOffence, HarmLevel harm, Boolean corrected, LocalDate correctedOn,
			LocalDate discoveredOn, Boolean commitmentSigned, Boolean rectificationVerified, LocalDate decisionDate) {
	}

}
