package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The edges of the API over real HTTP (issue 21): whatever answers — a controller, the
 * framework, or Tomcat before the application is reached — an error is
 * {@code application/problem+json} with the platform's {@code type}, a title in the
 * caller's language and the field at fault; and every answer carries the security
 * headers.
 */
class ApiEdgesTests extends IntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	record Answer(int status, HttpResponse<String> response, JsonNode problem) {

		String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}

	}

	Answer send(String method, String pathAndQuery, String user, String contentType, String body,
			Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (user != null) {
			request.header("Authorization", bearer(user));
		}
		headers.forEach(request::header);
		if (body != null) {
			request.header("Content-Type", contentType);
			request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode problem = null;
		if (response.statusCode() >= 400) {
			assertThat(response.headers().firstValue("Content-Type").orElse(""))
				.as("%s %s answers problem+json: %s", method, pathAndQuery, response.body())
				.startsWith("application/problem+json");
			problem = read(response.body());
			assertThat(problem.path("type").asString()).startsWith("urn:shanzhi:problem:");
			assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
			assertThat(problem.path("title").asString()).isNotBlank();
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("java.");
		}
		return new Answer(response.statusCode(), response, problem);
	}

	Answer send(String method, String pathAndQuery, String user) throws Exception {
		return send(method, pathAndQuery, user, null, null, Map.of());
	}

	@Test
	void theFrameworksOwnRefusalsAreProblemsInTheCallersLanguage() throws Exception {
		Answer noSuchPath = send("GET", "/api/v1/no-such-thing", "demo-officer-amr");
		assertThat(noSuchPath.status).isEqualTo(404);
		assertThat(noSuchPath.problem.path("type").asString()).isEqualTo("urn:shanzhi:problem:no-such-path");
		assertThat(noSuchPath.problem.path("title").asString()).isEqualTo("没有这个接口");

		Answer wrongMethod = send("DELETE", "/api/v1/agencies", "demo-officer-amr");
		assertThat(wrongMethod.status).isEqualTo(405);
		assertThat(wrongMethod.problem.path("type").asString()).isEqualTo("urn:shanzhi:problem:method-not-allowed");
		assertThat(wrongMethod.header("Allow")).contains("GET");

		Answer wrongMediaType = send("POST", "/api/v1/parties", "demo-officer-amr", "text/plain", "hello",
				Map.of("Accept-Language", "en"));
		assertThat(wrongMediaType.status).isEqualTo(415);
		assertThat(wrongMediaType.problem.path("type").asString())
			.isEqualTo("urn:shanzhi:problem:unsupported-media-type");
		assertThat(wrongMediaType.problem.path("title").asString()).isEqualTo("Unsupported media type");

		Answer badId = send("GET", "/api/v1/parties/not-a-uuid", "demo-officer-amr");
		assertThat(badId.status).isEqualTo(400);
		assertThat(badId.problem.path("type").asString()).isEqualTo("urn:shanzhi:problem:validation");
		assertThat(badId.problem.path("errors").get(0).path("field").asString()).isEqualTo("id");

		Answer badPage = send("GET", "/api/v1/parties?page=abc", "demo-officer-amr");
		assertThat(badPage.status).isEqualTo(400);
		assertThat(badPage.problem.path("errors").get(0).path("field").asString()).isEqualTo("page");

		Answer missing = send("GET", "/api/v1/audit", "demo-supervisor");
		assertThat(missing.status).isEqualTo(400);
		assertThat(missing.problem.path("errors").get(0).path("message").asString()).isEqualTo("缺少此参数");

		Answer unreadable = send("POST", "/api/v1/parties", "demo-officer-amr", "application/json", "{\"name\":",
				Map.of());
		assertThat(unreadable.status).isEqualTo(400);
		assertThat(unreadable.problem.path("type").asString()).isEqualTo("urn:shanzhi:problem:unreadable");

		Answer tooLarge = send("POST", "/api/v1/parties", "demo-officer-amr", "application/json",
				"{\"name\":\"" + "a".repeat(1_200_000) + "\"}", Map.of());
		assertThat(tooLarge.status).isEqualTo(413);
		assertThat(tooLarge.problem.path("type").asString()).isEqualTo("urn:shanzhi:problem:too-large");
	}

	@Test
	void whatTomcatRefusesBeforeTheApplicationIsAProblemToo() throws Exception {
		Answer encodedNul = send("GET", "/api/v1/parties/a%00b", "demo-officer-amr");
		assertThat(encodedNul.status).isEqualTo(400);
		Answer aboveTheRoot = send("GET", "/api/v1/parties/..%2F..%2F..", "demo-officer-amr");
		assertThat(aboveTheRoot.status).isEqualTo(400);
		Answer notUtf8 = send("GET", "/api/v1/parties/%ED%A0%80", "demo-officer-amr");
		assertThat(notUtf8.status).isEqualTo(400);
		Answer longQuery = send("GET", "/api/v1/parties?q=" + "a".repeat(20_000), "demo-officer-amr");
		assertThat(longQuery.status).isBetween(400, 431);
		// a page keeps the error page
		HttpResponse<String> page = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/a%00b")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).doesNotContain("problem+json");
	}

	@Test
	void aNulInTheUsernameIsRefusedAndSignsNobodyIn() throws Exception {
		Answer nul = send("POST", "/api/v1/auth/token", null, "application/json",
				"{\"username\":\"\\u0000<script>alert(1)</script>' OR 1=1 --\",\"password\":\"x\"}", Map.of());
		assertThat(nul.status).isEqualTo(400);
		assertThat(nul.problem.path("errors").get(0).path("field").asString()).isEqualTo("username");
		Answer lone = send("POST", "/api/v1/auth/token", null, "application/json",
				"{\"username\":\"demo\\ud800\",\"password\":\"x\"}", Map.of());
		assertThat(lone.status).isEqualTo(400);
	}

	@Test
	void nullItemsInListsAreRefusedWithNothingSaved() throws Exception {
		long applications = jdbc.sql("select count(*) from portal.application").query(Long.class).single();
		Answer walkIn = send("POST", "/api/v1/applications", "demo-officer-amr", "application/json",
				"{\"serviceItemCode\":\"X\",\"applicant\":{\"name\":\"张三\",\"phone\":\"13800138000\"},"
						+ "\"content\":\"申请\",\"attachments\":[null,null,null]}",
				Map.of());
		assertThat(walkIn.status).isEqualTo(400);
		assertThat(walkIn.problem.path("errors").get(0).path("field").asString()).startsWith("attachments");
		assertThat(walkIn.problem.path("errors").get(0).path("message").asString()).isEqualTo("列表中不能有空项");
		Answer decision = send("POST", "/api/v1/applications/00000000-0000-4000-8000-000000000000/decisions",
				"demo-officer-amr", "application/json", "{\"action\":\"ACCEPT\",\"documents\":[null]}", Map.of());
		assertThat(decision.status).isEqualTo(400);
		Answer supplement = send("POST", "/api/v1/public/applications/X-1/supplements", null, "application/json",
				"{\"note\":\"补充\",\"phone\":\"13800138000\",\"attachments\":[null]}", Map.of());
		assertThat(supplement.status).isEqualTo(400);
		String boundary = "edge";
		String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
				+ "Content-Type: application/json\r\n\r\n"
				+ "{\"serviceItemCode\":\"X\",\"applicant\":{\"name\":\"张三\",\"phone\":\"13800138000\"},"
				+ "\"content\":\"申请\",\"attachments\":[null,null]}\r\n--" + boundary + "--\r\n";
		Answer publicMultipart = send("POST", "/api/v1/public/applications", null,
				"multipart/form-data; boundary=" + boundary, multipart, Map.of());
		assertThat(publicMultipart.status).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from portal.application").query(Long.class).single())
			.isEqualTo(applications);
	}

	@Test
	void enumsAreTakenOnlyByNameAndIntegersOnlyWhole() throws Exception {
		long plans = jdbc.sql("select count(*) from risk.inspection_plan").query(Long.class).single();
		Answer enumAsNumber = send("POST", "/api/v1/inspection-plans", "demo-head-amr", "application/json",
				"{\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\",\"size\":5,\"randomShare\":0.2,"
						+ "\"partyCategory\":7}",
				Map.of());
		assertThat(enumAsNumber.status).isEqualTo(400);
		assertThat(enumAsNumber.problem.path("errors").get(0).path("field").asString()).isEqualTo("partyCategory");
		Answer fraction = send("POST", "/api/v1/inspection-plans", "demo-head-amr", "application/json",
				"{\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\",\"size\":1.5,\"randomShare\":0.2}",
				Map.of());
		assertThat(fraction.status).isEqualTo(400);
		assertThat(fraction.problem.path("errors").get(0).path("field").asString()).isEqualTo("size");
		Answer duplicate = send("POST", "/api/v1/inspection-plans", "demo-head-amr", "application/json",
				"{\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\",\"size\":5,\"size\":6,\"randomShare\":0.2}",
				Map.of());
		assertThat(duplicate.status).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from risk.inspection_plan").query(Long.class).single()).isEqualTo(plans);
	}

	@Test
	void theDocumentDescribesEachRequestBodyByItsOwnSchema() throws Exception {
		JsonNode doc = read(http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body());
		assertThat(requestProperties(doc, "/api/v1/joint-actions/{id}/answers")).contains("accept", "officers",
				"version");
		assertThat(requestProperties(doc, "/api/v1/annual-reports")).containsExactly("year");
		assertThat(requestProperties(doc, "/api/v1/annual-reports/{id}/review")).contains("accept", "note", "version");
		assertThat(requestProperties(doc, "/api/v1/risk-evaluations")).contains("agencyId", "periodFrom", "periodTo");
		// schema names are qualified by their module, so two records of the same name
		// stay apart
		assertThat(doc.path("components").path("schemas").propertyNames()).anyMatch(name -> name.startsWith("joint."))
			.anyMatch(name -> name.startsWith("supervision."));
	}

	static java.util.List<String> requestProperties(JsonNode doc, String path) {
		String ref = doc.path("paths")
			.path(path)
			.path("post")
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("schema")
			.path("$ref")
			.asString();
		String name = ref.substring(ref.lastIndexOf('/') + 1);
		return doc.path("components").path("schemas").path(name).path("properties").propertyNames().stream().toList();
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/api/v1/agencies", "/api/v1/no-such-thing", "/login", "/public/portal" }) {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", bearer("demo-officer-amr"))
				.header("X-Forwarded-Proto", "https")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			var h = r.headers();
			assertThat(h.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(h.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(h.firstValue("Content-Security-Policy")).as(path).isPresent();
			assertThat(h.firstValue("Content-Security-Policy").orElseThrow()).as(path)
				.doesNotContain("unsafe-inline")
				.doesNotContain("unsafe-eval")
				.contains("frame-ancestors 'none'");
			assertThat(h.firstValue("Strict-Transport-Security")).as(path + " behind TLS").isPresent();
			assertThat(h.firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
		}
		// without TLS there is no HSTS (a browser would ignore it anyway)
		HttpResponse<String> plain = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
