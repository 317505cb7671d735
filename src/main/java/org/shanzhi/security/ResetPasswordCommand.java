package org.shanzhi.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new initial password an administrator gives an account; its holder must change it at
 * the next sign-in.
 */
public record ResetPasswordCommand(@NotBlank @Size(min = 8, max = 128) String password) {
}
