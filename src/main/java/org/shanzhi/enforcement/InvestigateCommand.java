package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Ends the investigation (调查终结) with the established circumstances the leniency rules and
 * the discretion benchmark look at, and the 案件调查终结报告's proposal: the treatment and
 * penalties proposed, whether the case is major (重大) or complex (复杂), the reason for a
 * departure from the leniency proposal, and the officers' answer to a returned review.
 */
public record InvestigateCommand(@NotBlank @Size(max = 4000) String findings, @NotNull HarmLevel harm,
		boolean corrected, @PastOrPresent LocalDate correctedOn, boolean commitmentSigned,
		boolean rectificationVerified, Boolean firstOffence,
		@Size(max = 20) List<@NotBlank @Size(max = 200) String> evidence, Treatment proposedTreatment,
		@Valid @Size(max = 10) List<@NotNull Penalty> proposedPenalties, boolean major, boolean complex,
		@Size(max = 2000) String departureReason, @Size(max = 4000) String reviewAnswer) {

	public InvestigateCommand {
		proposedPenalties = proposedPenalties == null ? List.of() : List.copyOf(proposedPenalties);
	}

	/** The circumstances alone: the report proposes what the leniency lists propose. */
	public InvestigateCommand(String findings, HarmLevel harm, boolean corrected, LocalDate correctedOn,
			boolean commitmentSigned, boolean rectificationVerified, Boolean firstOffence, List<String> evidence) {
		this(findings, harm, corrected, correctedOn, commitmentSigned, rectificationVerified, firstOffence, evidence,
				null, List.of(), false, false, null, null);
	}

}
