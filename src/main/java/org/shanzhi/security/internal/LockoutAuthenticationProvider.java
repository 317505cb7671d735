package org.shanzhi.security.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in that counts failures: after five wrong passwords in a row the account
 * is locked for 15 minutes, and a locked account is refused even with the right password.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginAttempts attempts;

	LockoutAuthenticationProvider(DaoAuthenticationProvider delegate, LoginAttempts attempts) {
		this.delegate = delegate;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		try {
			Authentication result = delegate.authenticate(authentication);
			attempts.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			attempts.failed(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
