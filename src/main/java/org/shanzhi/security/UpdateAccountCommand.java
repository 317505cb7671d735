package org.shanzhi.security;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An administrator's change of an account: its name, roles, agency and officer record, at
 * the {@code version} read (a stale one is refused, 409).
 */
public record UpdateAccountCommand(@NotBlank @Size(max = 100) String displayName, @NotEmpty Set<@NotNull Role> roles,
		UUID agencyId, UUID officerId, @NotNull @PositiveOrZero Long version) {
}
