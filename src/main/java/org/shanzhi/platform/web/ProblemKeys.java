package org.shanzhi.platform.web;

import org.springframework.http.HttpStatusCode;

/**
 * The problem type ({@code urn:shanzhi:problem:<key>}) of an answer known only by its
 * status.
 */
final class ProblemKeys {

	private ProblemKeys() {
	}

	static String of(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "bad-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "no-such-path";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			case 429 -> "rate-limited";
			case 503 -> "unavailable";
			default -> status.is5xxServerError() ? "internal" : "bad-request";
		};
	}

}
