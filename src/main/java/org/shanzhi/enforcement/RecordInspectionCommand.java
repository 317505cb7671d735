package org.shanzhi.enforcement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Records an inspection (检查) of a party with its findings. */
public record RecordInspectionCommand(@NotNull java.util.UUID partyId, @NotNull @PastOrPresent LocalDate inspectedOn,
		@NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 4000) String findings, boolean violationFound) {
}
