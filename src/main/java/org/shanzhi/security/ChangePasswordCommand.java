package org.shanzhi.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The signed-in holder replaces their password: the current one, and the new one twice
 * (the same rules as an initial password: 8 to 128 characters).
 */
public record ChangePasswordCommand(@NotBlank @Size(max = 128) String currentPassword,
		@NotBlank @Size(min = 8, max = 128) String newPassword,
		@NotBlank @Size(min = 8, max = 128) String confirmation) {
}
