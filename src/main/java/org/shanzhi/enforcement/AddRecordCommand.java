package org.shanzhi.enforcement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A record of the investigation (询问笔录 or 现场检查笔录): who made it, when, where, whom it
 * heard, what it says, the evidence taken with it, and whether the party signed it (else
 * the witness of the refusal). An act at night or on a holiday states its urgency.
 */
public record AddRecordCommand(@NotNull RecordKind kind, @NotNull @Size(max = 20) List<@NotNull UUID> officerIds,
		@NotNull OffsetDateTime heldAt, @NotBlank @Size(max = 200) String place, @Valid Interviewee interviewee,
		@NotBlank @Size(max = 20000) String content, @Size(max = 50) List<@NotNull UUID> evidenceIds,
		@NotNull Boolean partySigned, @Size(max = 200) String refusalWitness, Boolean urgent,
		@Size(max = 1000) String urgency) {

	public boolean isUrgent() {
		return Boolean.TRUE.equals(urgent);
	}

	public List<UUID> evidence() {
		return evidenceIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(evidenceIds));
	}

}
