package org.shanzhi.enforcement;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The decision of a penalty on the spot (当场处罚, APL art. 51): a warning or a fine (422
 * {@code simple-procedure-threshold} for another kind or a fine above the agency's
 * maximum), its reasons and legal basis.
 */
public record SimpleDecision(@NotEmpty @Size(max = 2) List<@NotNull @Valid Penalty> penalties,
		@NotBlank @Size(max = 4000) String reasons, @NotNull @Valid LegalBasis legalBasis) {
}
