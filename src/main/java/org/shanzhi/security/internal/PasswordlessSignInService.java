package org.shanzhi.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.security.PasswordlessSignIn;
import org.shanzhi.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * Signs in PUBLIC accounts without their password once the portal checked a one-time
 * code; refuses locked, disabled and staff accounts as a password sign-in would.
 */
@Service
class PasswordlessSignInService implements PasswordlessSignIn {

	private final AccountUserDetailsService details;

	private final TokenIssuer issuer;

	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	PasswordlessSignInService(AccountUserDetailsService details, TokenIssuer issuer) {
		this.details = details;
		this.issuer = issuer;
	}

	private AccountPrincipal publicAccount(String username) {
		AccountPrincipal principal = (AccountPrincipal) details.loadUserByUsername(username);
		if (!principal.actor().roles().equals(java.util.Set.of(Role.PUBLIC)) || !principal.isAccountNonLocked()
				|| !principal.isEnabled()) {
			throw new org.springframework.security.access.AccessDeniedException("not a public account in order");
		}
		return principal;
	}

	@Override
	public Token token(String username) {
		TokenIssuer.IssuedToken issued = issuer.issue(publicAccount(username).actor());
		return new Token(issued.token(), issued.expiresAt(), issued.roles());
	}

	@Override
	public void session(String username, HttpServletRequest request, HttpServletResponse response) {
		AccountPrincipal principal = publicAccount(username);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
	}

}
