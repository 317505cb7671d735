package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Adds a violation type to an agency's catalogue. */
public record DefineViolationTypeCommand(UUID agencyId,
		@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+", message = "{shanzhi.validation.code}") String code,
		@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 1000) String description,
		@NotNull @Valid LegalBasis legalBasis, boolean fine, @PositiveOrZero BigDecimal fineMin,
		@PositiveOrZero BigDecimal fineMax, @Size(max = 200) String otherPenalties,
		@NotNull @Size(max = 6) List<@Valid DiscretionLevel> benchmark) {
}
