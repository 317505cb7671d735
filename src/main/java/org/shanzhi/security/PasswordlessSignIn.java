package org.shanzhi.security;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing in a public account whose holder another factor proved (a one-time code to the
 * account's phone, checked by the portal): a bearer token for the API, or a page session.
 * Only PUBLIC accounts; a staff account always signs in with its password.
 */
public interface PasswordlessSignIn {

	/** A bearer token for the account. */
	Token token(String username);

	/** Signs the account in on this browser session (a new session id). */
	void session(String username, HttpServletRequest request, HttpServletResponse response);

	/** A bearer token and its expiry. */
	record Token(String token, Instant expiresAt, List<String> roles) {
	}

}
