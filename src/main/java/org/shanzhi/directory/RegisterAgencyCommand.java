package org.shanzhi.directory;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RegisterAgencyCommand(@NotBlank @Size(max = 32) @Pattern(regexp = "[a-z0-9-]+") String code,
		@NotBlank @Size(max = 100) String name,
		@NotBlank @Pattern(regexp = "\\d{6}", message = "{shanzhi.validation.divisionCode}") String divisionCode,
		@NotNull AgencyLevel level, @NotNull AgencyKind kind, UUID parentId,
		@NotBlank @Size(max = 50) String headName) {
}
