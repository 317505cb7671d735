package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
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
 * <p>
 * Under the simple procedure ({@code procedure: SIMPLE}, 当场处罚, APL arts. 51–52) the
 * registration is the report of a penalty already imposed on the spot: {@code decidedAt}
 * when it was, the {@code decision} (a warning or a fine within the agency's maximum),
 * whether the party's statement was heard ({@code statementHeard}, with what it said in
 * {@code statement}) and whether the party signed for the 当场处罚决定书 there
 * ({@code partySigned}: delivered).
 */
public record OpenCaseCommand(@NotNull UUID partyId, @NotBlank @Size(max = 40) String violationCode,
		@NotNull @PastOrPresent LocalDate occurredOn, @NotBlank @Size(max = 4000) String facts,
		@NotNull CaseOrigin origin, UUID originId, @Size(max = 20) List<@NotBlank @Size(max = 200) String> evidence,
		@PastOrPresent LocalDate discoveredOn, @Size(max = 10) List<@NotNull UUID> officerIds, CaseProcedure procedure,
		@PastOrPresent LocalDate violationEndedOn, Boolean endangeredSafety, @Size(max = 2000) String lateReason,
		OffsetDateTime decidedAt, @Valid SimpleDecision decision, Boolean statementHeard,
		@Size(max = 4000) String statement, Boolean partySigned) {

	/** A registration of the ordinary procedure discovered today, naming its officers. */
	public static OpenCaseCommand ordinary(UUID partyId, String violationCode, LocalDate occurredOn, String facts,
			CaseOrigin origin, UUID originId, List<String> evidence, LocalDate discoveredOn, List<UUID> officerIds) {
		return new OpenCaseCommand(partyId, violationCode, occurredOn, facts, origin, originId, evidence, discoveredOn,
				officerIds, CaseProcedure.ORDINARY, null, false, null, null, null, null, null, null);
	}

	/** The same registration, discovered on the day given. */
	public OpenCaseCommand discovered(LocalDate day) {
		return new OpenCaseCommand(partyId, violationCode, occurredOn, facts, origin, originId, evidence, day,
				officerIds, procedure, violationEndedOn, endangeredSafety, lateReason, decidedAt, decision,
				statementHeard, statement, partySigned);
	}

	public CaseProcedure procedureOrDefault() {
		return procedure == null ? CaseProcedure.ORDINARY : procedure;
	}

	public boolean endangersSafety() {
		return Boolean.TRUE.equals(endangeredSafety);
	}

}
