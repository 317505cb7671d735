package org.shanzhi.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.shanzhi.shared.ProblemWriter;
import org.springframework.http.HttpStatus;

/**
 * Token buckets per key (Bucket4j), refilled greedily per minute; past the limit a 429
 * problem with {@code Retry-After}. Forgets every bucket when it tracks too many keys.
 */
final class TokenBuckets {

	private static final int MAX_TRACKED = 50_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final ProblemWriter problems;

	TokenBuckets(ProblemWriter problems) {
		this.problems = problems;
	}

	/**
	 * Takes a token of the key's bucket; without one, writes the 429 answer and returns
	 * false.
	 */
	boolean take(String key, long perMinute, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return true;
		}
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
		response.setHeader("Retry-After", Long.toString(seconds));
		problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited");
		return false;
	}

}
