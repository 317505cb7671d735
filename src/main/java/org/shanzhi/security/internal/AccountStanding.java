package org.shanzhi.security.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Whether an account signed in earlier may still act, read on every request: a disabled
 * account's sessions and tokens stop at once, a token issued under an earlier password
 * (it carries the time its password was set) is revoked, and a session whose password an
 * administrator set is held at the change-password page.
 */
@Component
class AccountStanding {

	/** What a request checks of its account. */
	record Standing(boolean enabled, boolean passwordChangeRequired, OffsetDateTime passwordChangedAt) {

		/**
		 * Which password a token was issued under: the time it was set, in microseconds
		 * (as the database keeps it); none for an account whose password never changed.
		 */
		String passwordStamp() {
			return passwordChangedAt == null ? null
					: Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, passwordChangedAt.toInstant()));
		}

		/** Whether a token carrying the stamp was issued under an earlier password. */
		boolean revokes(String tokenStamp) {
			return !java.util.Objects.equals(tokenStamp, passwordStamp());
		}
	}

	private final JdbcClient jdbc;

	AccountStanding(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Standing> of(UUID accountId) {
		return jdbc
			.sql("select enabled, password_change_required, password_changed_at from security.account where id = :id")
			.param("id", accountId)
			.query((rs, n) -> new Standing(rs.getBoolean(1), rs.getBoolean(2), rs.getObject(3, OffsetDateTime.class)))
			.optional();
	}

	/**
	 * Refuses the bearer token of an account that is gone or disabled, or that was issued
	 * before the account's password last changed (401).
	 */
	OAuth2TokenValidator<Jwt> tokenValidator() {
		return jwt -> {
			UUID accountId;
			try {
				accountId = UUID.fromString(jwt.getClaimAsString(TokenIssuer.ACCOUNT));
			}
			catch (RuntimeException ex) {
				return refused("the token names no account");
			}
			Optional<Standing> standing = of(accountId);
			if (standing.isEmpty() || !standing.get().enabled()) {
				return refused("the account is disabled");
			}
			if (standing.get().revokes(jwt.getClaimAsString(TokenIssuer.PASSWORD))) {
				return refused("the token was issued before the password changed");
			}
			return OAuth2TokenValidatorResult.success();
		};
	}

	private static OAuth2TokenValidatorResult refused(String why) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", why, null));
	}

}
