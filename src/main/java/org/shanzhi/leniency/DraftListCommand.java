package org.shanzhi.leniency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new version of a list (API: {@code POST /api/v1/leniency-lists}): saved as a draft,
 * or published at once when {@code publish} is true (then {@code effectiveFrom} is
 * required).
 */
public record DraftListCommand(UUID agencyId, @NotNull ListKind kind, @NotBlank @Size(max = 100) String title,
		LocalDate effectiveFrom, @NotNull @Size(max = 500) List<@Valid EntryInput> entries, boolean publish) {
}
