package org.shanzhi.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.shared.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-account rate limits on the public endpoints (P1 protections), after signing in is
 * known: a signed-in account gets at most {@code shanzhi.rate-limit.account-per-minute}
 * requests a minute to the public API and pages and to its own pages ({@code /my/}),
 * whatever address it comes from; 429 with {@code Retry-After} past it. (Per-address
 * limits apply before, in {@link RateLimitFilter}.)
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class AccountRateLimitFilter extends OncePerRequestFilter {

	private final long perMinute;

	private final TokenBuckets buckets;

	AccountRateLimitFilter(@Value("${shanzhi.rate-limit.account-per-minute:120}") long perMinute,
			ProblemWriter problems) {
		this.perMinute = perMinute;
		this.buckets = new TokenBuckets(problems);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.startsWith("/api/v1/public/") || path.startsWith("/public/") || path.startsWith("/my/")
				|| path.startsWith("/api/v1/my/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)
				&& !buckets.take("account|" + authentication.getName(), perMinute, request, response)) {
			return;
		}
		chain.doFilter(request, response);
	}

}
