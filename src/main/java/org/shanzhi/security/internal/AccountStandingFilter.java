package org.shanzhi.security.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.shanzhi.security.Actor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the pages: a signed-in account that an administrator disabled is signed out at its
 * next request ({@code /login?disabled}); one whose password an administrator set reaches
 * nothing but the change-password page (and signing out) until it has changed it.
 */
class AccountStandingFilter extends OncePerRequestFilter {

	static final String CHANGE_PASSWORD = "/account/password";

	private final AccountStanding standing;

	AccountStandingFilter(AccountStanding standing) {
		this.standing = standing;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/img/") || path.equals("/favicon.ico") || path.startsWith("/error")
				|| path.startsWith("/login") || path.startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Actor> actor = ActorResolver.resolve(SecurityContextHolder.getContext().getAuthentication());
		Optional<AccountStanding.Standing> state = actor.flatMap(a -> standing.of(a.accountId()));
		if (state.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (!state.get().enabled()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			redirect(request, response, "/login?disabled");
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (state.get().passwordChangeRequired() && !path.equals(CHANGE_PASSWORD) && !path.equals("/logout")) {
			redirect(request, response, CHANGE_PASSWORD);
			return;
		}
		chain.doFilter(request, response);
	}

	/** A redirect, as htmx follows it for a fragment request. */
	private static void redirect(HttpServletRequest request, HttpServletResponse response, String to)
			throws IOException {
		String target = request.getContextPath() + to;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(target);
	}

}
