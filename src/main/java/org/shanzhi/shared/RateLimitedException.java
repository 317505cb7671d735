package org.shanzhi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Too many requests of a kind (429) for a phone, an account or a client, with the seconds
 * to wait in {@code Retry-After}; the message code {@code shanzhi.limit.<limit>} says
 * which limit.
 */
public class RateLimitedException extends ErrorResponseException {

	private final String limit;

	public RateLimitedException(String limit, long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, null);
		this.limit = limit;
		getHeaders().set("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
		getBody().setType(Problems.type("rate-limited"));
		getBody().setProperty("limit", limit);
	}

	public String limit() {
		return limit;
	}

	@Override
	public String getTitleMessageCode() {
		return "shanzhi.problem.rate-limited.title";
	}

	@Override
	public String getDetailMessageCode() {
		return "shanzhi.limit." + limit;
	}

	@Override
	public String getMessage() {
		return "rate limit " + limit;
	}

}
