package org.shanzhi.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.shared.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limits (token buckets, Bucket4j) on the endpoints anyone can reach:
 * sign-in (form and token) and the public API. Over the limit: 429 with
 * {@code Retry-After}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RateLimitFilter extends OncePerRequestFilter {

	record Rule(String name, String method, String pathPrefix, long perMinute) {

		boolean matches(HttpServletRequest request) {
			return (method == null || method.equals(request.getMethod()))
					&& request.getRequestURI().startsWith(pathPrefix);
		}
	}

	private final List<Rule> rules;

	private final TokenBuckets buckets;

	RateLimitFilter(@Value("${shanzhi.rate-limit.sign-in-per-minute:20}") long signIn,
			@Value("${shanzhi.rate-limit.public-per-minute:120}") long publicApi, ProblemWriter problems) {
		this.rules = List.of(new Rule("token", "POST", "/api/v1/auth/token", signIn),
				new Rule("login", "POST", "/login", signIn), new Rule("public", null, "/api/v1/public/", publicApi),
				new Rule("exchange", null, "/api/v1/exchange/", publicApi),
				new Rule("public-pages", null, "/public/", publicApi));
		this.buckets = new TokenBuckets(problems);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Rule rule : rules) {
			if (rule.matches(request)) {
				if (!buckets.take(rule.name() + "|" + request.getRemoteAddr(), rule.perMinute(), request, response)) {
					return;
				}
				break;
			}
		}
		chain.doFilter(request, response);
	}

}
