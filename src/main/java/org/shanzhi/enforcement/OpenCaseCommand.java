package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Registers a case (案源登记) against a party for a violation type of the officer's agency; a
 * head's own registration is its filing (立案). {@code originId} links the inspection,
 * complaint or guidance act it came from; {@code officerIds} names at least two officers
 * of the agency holding valid certificates (APL art. 42); {@code discoveredOn} (default
 * today) starts the filing time limit and, against {@code occurredOn} or
 * {@code violationEndedOn} for a continuing violation, the limitation period (APL art.
 * 36: two years, five where {@code endangeredSafety}: life, health or financial safety
 * endangered with consequences). A head registering after the filing time limit gives the
 * {@code lateReason}.
 */
public record OpenCaseCommand(@NotNull UUID partyId, @NotBlank @Size(max = 40) String violationCode,
		@NotNull @PastOrPresent LocalDate occurredOn, @NotBlank @Size(max = 4000) String facts,
		@NotNull CaseOrigin origin, UUID originId, @Size(max = 20) List<@NotBlank @Size(max = 200) String> evidence,
		@PastOrPresent LocalDate discoveredOn, @Size(max = 10) List<@NotNull UUID> officerIds, CaseProcedure procedure,
		@PastOrPresent LocalDate violationEndedOn, Boolean endangeredSafety, @Size(max = 2000) String lateReason) {

	/** A registration of the ordinary procedure discovered today, naming its officers. */
	public static OpenCaseCommand ordinary(UUID partyId, String violationCode, LocalDate occurredOn, String facts,
			CaseOrigin origin, UUID originId, List<String> evidence, LocalDate discoveredOn, List<UUID> officerIds) {
		return new OpenCaseCommand(partyId, violationCode, occurredOn, facts, origin, originId, evidence, discoveredOn,
				officerIds, CaseProcedure.ORDINARY, null, false, null);
	}

	public CaseProcedure procedureOrDefault() {
		return procedure == null ? CaseProcedure.ORDINARY : procedure;
	}

	public boolean endangersSafety() {
		return Boolean.TRUE.equals(endangeredSafety);
	}

}
