package org.shanzhi.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.shared.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** 401 and 403 answers of the API as localised {@code application/problem+json}. */
@Component
class ProblemResponses {

	private final ProblemWriter writer;

	ProblemResponses(ProblemWriter writer) {
		this.writer = writer;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		writer.write(request, response, HttpStatus.UNAUTHORIZED,
				ex instanceof LockedException ? "locked" : "unauthorized");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		writer.write(request, response, HttpStatus.FORBIDDEN, "forbidden");
	}

	ProblemDetail build(HttpServletRequest request, HttpStatus status, String key) {
		return writer.build(request, status, key);
	}

}
