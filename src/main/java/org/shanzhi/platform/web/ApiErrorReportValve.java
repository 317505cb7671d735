package org.shanzhi.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.shanzhi.shared.ProblemWriter;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.ObjectMapper;

/**
 * What Tomcat refuses before any application code runs — a request line or headers over
 * the limit, a path with an encoded NUL or with {@code ..} above the root, bytes that are
 * not UTF-8 — it reports through the host's error valve, as an HTML page. For a request
 * under {@code /api/} this valve answers with the platform's problem instead; pages keep
 * Tomcat's report (without server details).
 */
class ApiErrorReportValve extends ErrorReportValve {

	private final ProblemWriter problems;

	private final ObjectMapper json;

	ApiErrorReportValve(ProblemWriter problems, ObjectMapper json) {
		this.problems = problems;
		this.json = json;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		String uri = request.getRequestURI();
		if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
			super.report(request, response, throwable);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		HttpStatus answer = known == null ? HttpStatus.BAD_REQUEST : known;
		try {
			ProblemDetail problem = problems.build(request, answer, ProblemKeys.of(answer));
			String path = uri.replaceAll("[^A-Za-z0-9/_.~-]", "");
			problem.setInstance(URI.create(path));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
			response.setHeader("Cache-Control", "no-store");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response cannot be written: nothing more to say
		}
	}

	/**
	 * Takes the place of the host's error report valves once the server has started
	 * (Spring Boot and Tomcat each add one while it starts), so that it reports every
	 * error of the host, also what is refused before a web application is chosen.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		ApplicationListener<WebServerInitializedEvent> apiErrorReports(ProblemWriter problems, ObjectMapper json) {
			return event -> {
				if (event.getWebServer() instanceof TomcatWebServer tomcat) {
					Pipeline pipeline = tomcat.getTomcat().getHost().getPipeline();
					for (Valve valve : pipeline.getValves()) {
						if (valve instanceof ErrorReportValve && !(valve instanceof ApiErrorReportValve)) {
							pipeline.removeValve(valve);
						}
					}
					pipeline.addValve(new ApiErrorReportValve(problems, json));
				}
			};
		}

	}

}
