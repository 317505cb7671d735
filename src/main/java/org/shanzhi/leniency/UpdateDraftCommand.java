package org.shanzhi.leniency;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Replaces a draft's title, date and entries; {@code version} is the version the editor
 * read.
 */
public record UpdateDraftCommand(@NotNull Long version, @NotBlank @Size(max = 100) String title,
		LocalDate effectiveFrom, @NotNull @Size(max = 500) List<@Valid EntryInput> entries) {
}
