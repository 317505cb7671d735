package org.shanzhi.shared;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

import tools.jackson.databind.ObjectMapper;

/**
 * Builds and writes localised problem details (RFC 9457) where no controller advice
 * applies: servlet filters, the security entry points. Messages come from
 * {@code shanzhi.problem.<key>.title|detail}.
 */
@Component
public class ProblemWriter {

	private final MessageSource messages;

	private final ObjectMapper json;

	ProblemWriter(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public ProblemDetail build(HttpServletRequest request, HttpStatus status, String key) {
		Locale locale = locale(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(Problems.type(key));
		problem
			.setTitle(messages.getMessage("shanzhi.problem." + key + ".title", null, status.getReasonPhrase(), locale));
		problem.setDetail(messages.getMessage("shanzhi.problem." + key + ".detail", null, null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		ProblemDetail problem = build(request, status, key);
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	private static Locale locale(HttpServletRequest request) {
		if (RequestContextUtils.getLocaleResolver(request) != null) {
			return RequestContextUtils.getLocale(request);
		}
		return defaultLocale(request);
	}

	/**
	 * The platform's language when the user has not chosen one: Chinese, except for an
	 * API client whose {@code Accept-Language} asks for English.
	 */
	public static Locale defaultLocale(HttpServletRequest request) {
		String accept = request.getHeader("Accept-Language");
		if (accept != null && request.getRequestURI().startsWith("/api/")
				&& "en".equals(request.getLocale().getLanguage())) {
			return Locale.ENGLISH;
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

}
