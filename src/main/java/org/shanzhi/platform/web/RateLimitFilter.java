package org.shanzhi.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.shared.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

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

	private static final int MAX_TRACKED_CLIENTS = 50_000;

	private final List<Rule> rules;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final ProblemWriter problems;

	RateLimitFilter(@Value("${shanzhi.rate-limit.sign-in-per-minute:20}") long signIn,
			@Value("${shanzhi.rate-limit.public-per-minute:120}") long publicApi, ProblemWriter problems) {
		this.rules = List.of(new Rule("token", "POST", "/api/v1/auth/token", signIn),
				new Rule("login", "POST", "/login", signIn), new Rule("public", null, "/api/v1/public/", publicApi),
				new Rule("public-pages", null, "/public/", publicApi));
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Rule rule : rules) {
			if (rule.matches(request)) {
				if (buckets.size() > MAX_TRACKED_CLIENTS) {
					buckets.clear();
				}
				Bucket bucket = buckets.computeIfAbsent(rule.name() + "|" + request.getRemoteAddr(),
						k -> Bucket.builder()
							.addLimit(Bandwidth.builder()
								.capacity(rule.perMinute())
								.refillGreedy(rule.perMinute(), Duration.ofMinutes(1))
								.build())
							.build());
				ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
				if (!probe.isConsumed()) {
					long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
					response.setHeader("Retry-After", Long.toString(seconds));
					problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited");
					return;
				}
				break;
			}
		}
		chain.doFilter(request, response);
	}

}
