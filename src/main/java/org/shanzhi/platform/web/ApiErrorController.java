package org.shanzhi.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.shared.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container answers itself — a request body over its limit, a request it
 * could not parse, an error raised in a filter, a status sent without a body — reaches
 * {@code /error}. For a request under {@code /api/} the answer is a problem like every
 * other (type, title and detail in the caller's language), whatever the client accepts;
 * pages keep the error page.
 */
class ApiErrorController extends BasicErrorController {

	private final ProblemWriter problems;

	ApiErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers, ProblemWriter problems) {
		super(errorAttributes, new ErrorProperties(), resolvers);
		this.problems = problems;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (!fromApi(request)) {
			return super.errorHtml(request, response);
		}
		try {
			HttpStatus status = status(request);
			ProblemDetail problem = problem(request, status);
			response.setStatus(status.value());
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(problemJson(problem));
			response.flushBuffer();
			return null;
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!fromApi(request)) {
			return super.error(request);
		}
		HttpStatus status = status(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(asMap(problem(request, status)));
	}

	@Override
	public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
		if (!fromApi(request)) {
			return super.mediaTypeNotAcceptable(request);
		}
		HttpStatus status = status(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problemJson(problem(request, status)));
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatus status) {
		ProblemDetail problem = problems.build(request, status, ProblemKeys.of(status));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		problem.setInstance(uri == null ? null : URI.create(uri.toString().replace(" ", "%20")));
		return problem;
	}

	private HttpStatus status(HttpServletRequest request) {
		Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (error instanceof org.apache.tomcat.util.http.InvalidParameterException) {
			return HttpStatus.BAD_REQUEST;
		}
		HttpStatus status = getStatus(request);
		return status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static boolean fromApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

	private static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			body.put("detail", problem.getDetail());
		}
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		return body;
	}

	private static String problemJson(ProblemDetail problem) {
		StringBuilder json = new StringBuilder("{");
		asMap(problem).forEach((k, v) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(k).append("\":");
			json.append(v instanceof Number ? v.toString() : quoted(v.toString()));
		});
		return json.append('}').toString();
	}

	private static String quoted(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		ApiErrorController basicErrorController(ErrorAttributes errorAttributes,
				ObjectProvider<ErrorViewResolver> resolvers, ProblemWriter problems) {
			return new ApiErrorController(errorAttributes, resolvers.orderedStream().toList(), problems);
		}

	}

}
