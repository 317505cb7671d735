package org.shanzhi.security;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account: staff belong to an agency (and usually an officer record), the public to
 * a party.
 */
public record CreateAccountCommand(
		@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
		@NotBlank @Size(max = 100) String displayName, @NotBlank @Size(min = 8, max = 128) String password,
		@NotEmpty Set<Role> roles, UUID agencyId, UUID officerId, UUID partyId) {
}
