package org.shanzhi.leniency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.Treatment;

/** An entry of a list as an editor writes it. */
public record EntryInput(@NotBlank @Size(max = 40) String violationCode, @NotNull @Valid LegalBasis legalBasis,
		@NotNull @Valid Conditions conditions, @NotNull Treatment treatment, @Size(max = 1000) String notes) {
}
