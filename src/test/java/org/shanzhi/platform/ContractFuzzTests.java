package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The project's own fuzz test of the JSON contract (issue 21), driven by the
 * application's OpenAPI document. For every operation it builds a valid request from the
 * document's schemas and expects it not to be refused as bad input (no 400), then makes
 * each parameter and each field of the body hostile in turn (NUL and control characters,
 * lone surrogates, 100 kB strings, numbers at and beyond their limits, wrong types, null
 * items in lists, deep nesting, duplicate keys, unknown enum names, numbers for enums),
 * as the caller the operation is meant for, as an officer, as a citizen and as nobody,
 * and asserts:
 * <ul>
 * <li>no answer is a 5xx;</li>
 * <li>every 4xx is {@code application/problem+json} with a {@code urn:shanzhi:problem:}
 * type, a title and the status, and names no Java class;</li>
 * <li>values that are never valid (a number for an enum, 1.5 for an integer, a null item
 * in a list, a NUL character, a duplicate key) are refused;</li>
 * <li>a refused request saved nothing: no row of any table of the platform was inserted
 * or updated by it (rows whose {@code xmin} is a transaction begun during the
 * request).</li>
 * </ul>
 * Seeded ({@code -Dshanzhi.fuzz.seed}) and reproducible; it runs over real HTTP so that
 * what the servlet container answers is checked too. It runs last (it leaves records).
 */
@Order(Integer.MAX_VALUE)
class ContractFuzzTests extends IntegrationTest {

	static final long SEED = Long.getLong("shanzhi.fuzz.seed", 20261207L);

	/** A marker replaced in the serialised body by the raw JSON of a hostile value. */
	static final String HOLE = "\u2063FUZZ\u2063";

	static final ObjectMapper WRITER = JsonMapper.builder().build();

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	static final String NUL_SCRIPT = "\"\\u0000<script>alert(1)</script>' OR 1=1 --\"";

	static final String CONTROL = "\"\\u0007bell\\u001b[31mred\"";

	static final String LONE_SURROGATE = "\"a\\ud800b\"";

	static final String HUGE = "\"" + "字".repeat(100_000) + "\"";

	static final String DEEP = "[".repeat(3000) + "]".repeat(3000);

	/**
	 * Who tries the valid request first; the first who is let in makes the hostile ones.
	 */
	static final List<String> CALLERS = List.of("demo-officer-amr", "demo-head-amr", "demo-legal-amr", "demo-mediator",
			"demo-supervisor", "demo-admin", "demo-public");

	/**
	 * Operations whose refusals record the attempt on purpose (brute-force protection):
	 * the write check does not apply to them.
	 */
	static final Set<String> REFUSALS_THAT_COUNT_ATTEMPTS = Set.of("POST /api/v1/auth/token",
			"POST /api/v1/public/sessions");

	/**
	 * Tables written by the platform's background work, not by the request: the
	 * scheduler, the event log, the notification dispatcher (a message's delivery) and
	 * the risk scores recomputed after an accepted request changed a party's record.
	 */
	static final Set<String> BACKGROUND_TABLES = Set.of("scheduled_tasks", "event_publication",
			"event_publication_archive", "flyway_schema_history", "message", "party_score");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	final Random random = new Random(SEED);

	final List<String> failures = new ArrayList<>();

	final Map<Integer, Integer> statuses = new TreeMap<>();

	int requests;

	int refusalsChecked;

	JsonNode components = NODES.objectNode();

	String tablesWrittenSince;

	@Test
	void everyOperationAcceptsItsDocumentedRequestAndRefusesHostileInputCleanly() throws Exception {
		String document = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/openapi.json"), document);
		JsonNode doc = read(document);
		components = doc.path("components");
		tablesWrittenSince = tablesWrittenSinceQuery();
		REFERENCES.put("agencyId",
				NODES.stringNode(accounts.findByUsername("demo-officer-amr").orElseThrow().agencyId().toString()));
		REFERENCES.put("serviceItemCode", NODES.stringNode(jdbc
			.sql("select code from portal.service_item where active and type = 'CONSULTATION' order by code limit 1")
			.query(String.class)
			.single()));
		REFERENCES.put("partyId",
				NODES.stringNode(jdbc.sql("select id::text from directory.party order by created_at, id limit 1")
					.query(String.class)
					.single()));
		List<Operation> operations = operations(doc);
		for (Operation op : operations) {
			fuzz(op);
		}
		String report = "seed " + SEED + ": " + operations.size() + " operations, " + requests + " requests, "
				+ refusalsChecked + " refusals checked for writes, statuses " + statuses + ", 5xx "
				+ statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum()
				+ ", failures " + failures.size();
		Files.writeString(Path.of("target/fuzz-report.txt"), report + "\n" + String.join("\n", failures) + "\n");
		System.out.println("contract fuzz: " + report);
		assertThat(operations).hasSizeGreaterThan(200);
		assertThat(failures).as(report).isEmpty();
	}

	// ---------------------------------------------------------------- operations

	record Parameter(String name, String in, boolean required, JsonNode schema) {
	}

	record Operation(String method, String path, List<Parameter> parameters, String mediaType, JsonNode body) {

		String key() {
			return method + " " + path;
		}

	}

	List<Operation> operations(JsonNode doc) {
		List<Operation> operations = new ArrayList<>();
		for (var path : doc.path("paths").properties()) {
			for (var entry : path.getValue().properties()) {
				String method = entry.getKey().toUpperCase();
				if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
					continue;
				}
				JsonNode op = entry.getValue();
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode p : op.path("parameters")) {
					JsonNode resolved = resolve(p);
					parameters.add(new Parameter(resolved.path("name").asString(), resolved.path("in").asString(),
							resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
				}
				String mediaType = null;
				JsonNode body = null;
				JsonNode content = resolve(op.path("requestBody")).path("content");
				for (String type : List.of("application/json", "multipart/form-data")) {
					if (content.has(type)) {
						mediaType = type;
						body = content.path(type).path("schema");
						break;
					}
				}
				if (mediaType == null && content.size() > 0) {
					mediaType = content.properties().iterator().next().getKey();
					body = content.path(mediaType).path("schema");
				}
				operations.add(new Operation(method, path.getKey(), parameters, mediaType, body));
			}
		}
		operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
		return operations;
	}

	// ---------------------------------------------------------------- one operation

	void fuzz(Operation op) throws Exception {
		Map<String, String> params = validParameters(op);
		JsonNode body = op.body == null ? null : valid(op.body, 0);
		String caller = null;
		Answer accepted = null;
		for (String candidate : CALLERS) {
			Answer a = send(op, candidate, params, body, null, null);
			if (a.status != 401 && a.status != 403) {
				caller = candidate;
				accepted = a;
				break;
			}
		}
		if (accepted == null) {
			// nobody may call it with a bearer token (e.g. another system's signed
			// exchange)
			accepted = send(op, null, params, body, null, null);
		}
		check(op, "valid request as " + caller, accepted, false, false);
		if (accepted.status == 400 && !refusesWhatTheDocumentCannotSay(op, accepted)) {
			failures.add(op.key() + " refused its documented request as bad input (" + accepted.status + "): "
					+ excerpt(accepted.body) + " — body " + excerpt(String.valueOf(body)));
		}
		// each parameter made hostile
		for (Parameter p : op.parameters) {
			if (!Set.of("path", "query").contains(p.in)) {
				continue;
			}
			for (Hostile h : hostileParameters(p.schema)) {
				Map<String, String> changed = new LinkedHashMap<>(params);
				changed.put(p.name, h.raw);
				Answer a = send(op, caller, changed, body, null, null);
				check(op, p.in + " " + p.name + " = " + h.label + " as " + caller, a, h.mustRefuse, true);
			}
		}
		if (body == null) {
			return;
		}
		// each field of the body made hostile
		for (Field f : fields(op.body, body, "")) {
			for (Hostile h : hostileValues(f.schema)) {
				String text = withHole(body, f.pointer);
				Answer a = send(op, caller, params, null, text.replace(quotedHole(), h.raw), null);
				check(op, "field " + f.pointer + " = " + h.label + " as " + caller, a, h.mustRefuse, true);
			}
		}
		// the whole body made hostile, as each kind of caller
		List<String> callers = new ArrayList<>(List.of("demo-officer-amr", "demo-public"));
		callers.add(null);
		if (caller != null && !callers.contains(caller)) {
			callers.add(0, caller);
		}
		for (String who : callers) {
			for (Hostile h : hostileBodies(body, op.mediaType)) {
				Answer a = send(op, who, params, null, h.raw, h.contentType);
				check(op, "body " + h.label + " as " + who, a, h.mustRefuse && who != null, true);
			}
		}
	}

	/**
	 * What a document cannot say and so a request built from it cannot get right: the
	 * content of a spreadsheet to import (described as binary), whether an identifier
	 * refers to a record that exists (refused as {@code unknownRecord}), and the one-time
	 * code only the phone received.
	 */
	boolean refusesWhatTheDocumentCannotSay(Operation op, Answer a) {
		if (a.body.contains("未找到该记录，或无权使用") || a.body.contains("验证码不正确")) {
			return true;
		}
		if (op.body == null) {
			return false;
		}
		JsonNode properties = resolve(op.body).path("properties");
		for (var property : properties.properties()) {
			if ("binary".equals(resolve(property.getValue()).path("format").asString(""))
					&& (a.body.contains("\"field\":\"" + property.getKey() + "\"") || a.body.contains(".xlsx")
							|| a.body.contains("未导入任何数据"))) {
				return true;
			}
		}
		return false;
	}

	void check(Operation op, String what, Answer a, boolean mustRefuse, boolean checkWrites) {
		statuses.merge(a.status, 1, Integer::sum);
		String where = op.key() + " — " + what + ": ";
		if (a.status >= 500) {
			failures.add(where + a.status + " " + excerpt(a.body));
			return;
		}
		if (a.status >= 400) {
			if (a.contentType == null || !a.contentType.startsWith("application/problem+json")) {
				failures.add(where + a.status + " answered as " + a.contentType + ": " + excerpt(a.body));
			}
			else {
				JsonNode problem;
				try {
					problem = read(a.body);
				}
				catch (RuntimeException ex) {
					failures.add(where + a.status + " with a body that is not JSON: " + excerpt(a.body));
					return;
				}
				if (!problem.path("type").asString("").startsWith("urn:shanzhi:problem:")
						|| problem.path("title").asString("").isBlank() || problem.path("status").asInt() != a.status) {
					failures.add(where + a.status + " problem without the platform's type, a title or the status: "
							+ excerpt(a.body));
				}
				if (a.body.matches("(?s).*(Exception|java\\.|org\\.springframework|\\bat org\\.).*")) {
					failures.add(where + "problem names a Java class: " + excerpt(a.body));
				}
			}
			if (checkWrites && !REFUSALS_THAT_COUNT_ATTEMPTS.contains(op.key())) {
				refusalsChecked++;
				if (a.xidAfter != a.xidBefore) {
					List<String> written = jdbc.sql(tablesWrittenSince)
						.param("since", a.xidBefore)
						.query(String.class)
						.list();
					if (!written.isEmpty()) {
						failures.add(where + a.status + " refused, yet wrote to " + written);
					}
				}
			}
		}
		else if (mustRefuse) {
			failures.add(where + "accepted (" + a.status + ") a value that is never valid: " + excerpt(a.body));
		}
	}

	static String excerpt(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	// ---------------------------------------------------------------- valid values

	Map<String, String> validParameters(Operation op) {
		Map<String, String> params = new LinkedHashMap<>();
		for (Parameter p : op.parameters) {
			if (p.required || "path".equals(p.in)) {
				JsonNode v = valid(p.schema, 0);
				params.put(p.name, v.isString() ? v.asString() : v.toString());
			}
		}
		return params;
	}

	JsonNode valid(JsonNode schema, int depth) {
		schema = resolve(schema);
		if (schema.has("example")) {
			return schema.get("example");
		}
		if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
			return schema.get("examples").get(0);
		}
		if (schema.has("allOf")) {
			ObjectNode merged = NODES.objectNode();
			for (JsonNode part : schema.get("allOf")) {
				JsonNode v = valid(part, depth);
				if (v.isObject()) {
					merged.setAll((ObjectNode) v);
				}
			}
			return merged;
		}
		for (String choice : List.of("oneOf", "anyOf")) {
			if (schema.has(choice)) {
				for (JsonNode option : schema.get(choice)) {
					if (!"null".equals(type(resolve(option)))) {
						return valid(option, depth);
					}
				}
			}
		}
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		String type = type(schema);
		String format = schema.path("format").asString("");
		LocalDate today = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);
		switch (type) {
			case "string": {
				switch (format) {
					case "date":
						return NODES.stringNode(today.toString());
					case "date-time":
						return NODES
							.stringNode(OffsetDateTime.now(org.shanzhi.shared.PeopleTime.ZONE).withNano(0).toString());
					case "uuid":
						return NODES.stringNode(new UUID(random.nextLong(), random.nextLong()).toString());
					case "email":
						return NODES.stringNode("fuzz@example.com");
					case "byte":
						return NODES.stringNode("aGVsbG8=");
					case "binary":
						return NODES.stringNode("hello");
					default:
						int min = schema.path("minLength").asInt(0);
						int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
						if (schema.has("pattern")) {
							return NODES.stringNode(matching(schema.get("pattern").asString(), min, max));
						}
						int length = Math.min(max, Math.max(min, 4));
						return NODES.stringNode("测".repeat(Math.max(length, 0)));
				}
			}
			case "integer": {
				long min = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
				long max = schema.has("maximum") ? schema.get("maximum").asLong() : Long.MAX_VALUE;
				return NODES.numberNode(Math.min(Math.max(min, 1), max));
			}
			case "number": {
				double min = schema.has("minimum") ? schema.get("minimum").asDouble() : 0;
				double max = schema.has("maximum") ? schema.get("maximum").asDouble() : Double.MAX_VALUE;
				return NODES.numberNode(Math.min(Math.max(min, Math.min(1, max)), max));
			}
			case "boolean":
				return NODES.booleanNode(true);
			case "array": {
				ArrayNode array = NODES.arrayNode();
				int items = Math.max(1, schema.path("minItems").asInt(1));
				for (int i = 0; i < items && depth < 8; i++) {
					array.add(valid(schema.path("items"), depth + 1));
				}
				return array;
			}
			default: {
				ObjectNode object = NODES.objectNode();
				if (depth < 8) {
					for (var property : schema.path("properties").properties()) {
						JsonNode known = REFERENCES.get(property.getKey());
						JsonNode propertySchema = resolve(property.getValue());
						boolean fits = known != null && "string".equals(type(propertySchema))
								&& !propertySchema.has("enum");
						object.set(property.getKey(), fits ? known : valid(property.getValue(), depth + 1));
					}
				}
				return object;
			}
		}
	}

	/**
	 * A string of at least {@code min} and at most {@code max} characters that the
	 * pattern matches.
	 */
	static String matching(String pattern, int min, int max) {
		java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern);
		for (String candidate : List.of("abc1", "ABC-1", "A1", "1", "a", "419900", "13800138000", "fuzz.user_1", "X",
				"https://example.cn/fuzz")) {
			for (int repeat = 1; repeat <= 8; repeat *= 2) {
				String s = candidate.repeat(repeat);
				if (s.length() >= min && s.length() <= max && regex.matcher(s).matches()) {
					return s;
				}
			}
		}
		return "abc1";
	}

	/**
	 * Identifiers a valid request refers to by these names: records of the demo city, so
	 * that a valid request reaches the rules behind the reference instead of stopping at
	 * it.
	 */
	final Map<String, JsonNode> REFERENCES = new java.util.HashMap<>();

	JsonNode resolve(JsonNode node) {
		int guard = 0;
		while (node != null && node.has("$ref") && guard++ < 20) {
			String ref = node.get("$ref").asString();
			String[] parts = ref.replaceFirst("^#/components/", "").split("/");
			JsonNode target = parts.length == 2 ? components.path(parts[0]).path(parts[1]) : null;
			node = target == null || target.isMissingNode() ? NODES.objectNode() : target;
		}
		return node == null ? NODES.objectNode() : node;
	}

	static String type(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type == null) {
			type = schema.get("types");
		}
		if (type == null) {
			return schema.has("properties") || schema.has("additionalProperties") ? "object"
					: schema.has("items") ? "array" : "object";
		}
		if (type.isArray()) {
			for (JsonNode t : type) {
				if (!"null".equals(t.asString())) {
					return t.asString();
				}
			}
			return "null";
		}
		return type.asString();
	}

	// ---------------------------------------------------------------- hostile values

	record Hostile(String label, String raw, boolean mustRefuse, String contentType) {

		Hostile(String label, String raw, boolean mustRefuse) {
			this(label, raw, mustRefuse, null);
		}

	}

	List<Hostile> hostileValues(JsonNode schema) {
		schema = resolve(schema);
		List<Hostile> values = new ArrayList<>();
		String type = schema.has("enum") ? "enum" : type(schema);
		boolean nullable = isNullable(schema);
		values.add(new Hostile("null", "null", false));
		switch (type) {
			case "enum" -> {
				values.add(new Hostile("an unknown name", "\"NO_SUCH_VALUE\"", true));
				values.add(new Hostile("the number 7", "7", true));
				values.add(new Hostile("a NUL string", NUL_SCRIPT, true));
				values.add(new Hostile("an object", "{}", true));
			}
			case "string" -> {
				values.add(new Hostile("NUL and script", NUL_SCRIPT, true));
				values.add(new Hostile("control characters", CONTROL, true));
				values.add(new Hostile("a lone surrogate", LONE_SURROGATE, true));
				values.add(new Hostile("100 kB", HUGE, false));
				values.add(new Hostile("empty", "\"\"", false));
				values.add(new Hostile("an object", "{}", false));
				values.add(new Hostile("an array", "[1,2]", false));
				switch (schema.path("format").asString("")) {
					case "date" -> {
						values.add(new Hostile("February 30th", "\"2026-02-30\"", true));
						values.add(new Hostile("year 10000", "\"+10000-01-01\"", false));
						values.add(new Hostile("the first day", "\"-999999999-01-01\"", false));
					}
					case "date-time" -> {
						values.add(new Hostile("hour 25", "\"2026-12-07T25:00:00+08:00\"", true));
						values.add(new Hostile("year 10000", "\"+10000-01-01T00:00:00Z\"", false));
					}
					case "uuid" -> {
						values.add(new Hostile("not a UUID", "\"not-a-uuid\"", true));
						values.add(new Hostile("the nil UUID", "\"00000000-0000-0000-0000-000000000000\"", false));
					}
					default -> {
					}
				}
			}
			case "integer" -> {
				values.add(new Hostile("1.5", "1.5", true));
				values.add(new Hostile("-1", "-1", false));
				values.add(new Hostile("2^31", "2147483648", false));
				values.add(new Hostile("beyond a long", "92233720368547758070", false));
				values.add(new Hostile("1e309", "1e309", true));
				values.add(new Hostile("a word", "\"abc\"", true));
				values.add(new Hostile("true", "true", true));
			}
			case "number" -> {
				values.add(new Hostile("-1", "-1", false));
				values.add(new Hostile("1e309", "1e309", false));
				values.add(new Hostile("NaN", "\"NaN\"", false));
				values.add(new Hostile("a word", "\"abc\"", true));
			}
			case "boolean" -> {
				values.add(new Hostile("a word", "\"yes\"", true));
				values.add(new Hostile("2", "2", false));
			}
			case "array" -> {
				JsonNode items = resolve(schema.path("items"));
				boolean itemsNullable = isNullable(items);
				values.add(new Hostile("null items", "[null,null,null]", !itemsNullable));
				values.add(new Hostile("an object", "{}", true));
				values.add(new Hostile("deeply nested", DEEP, true));
				String item = WRITER.writeValueAsString(valid(items, 1));
				values.add(new Hostile("2,000 items",
						"[" + String.join(",", java.util.Collections.nCopies(2000, item)) + "]", false));
			}
			default -> {
				values.add(new Hostile("an array", "[]", true));
				values.add(new Hostile("a string", "\"x\"", true));
				values.add(new Hostile("empty", "{}", false));
			}
		}
		if (nullable) {
			values.removeIf(h -> h.raw.equals("null"));
		}
		return values;
	}

	static boolean isNullable(JsonNode schema) {
		if (schema.path("nullable").asBoolean(false)) {
			return true;
		}
		JsonNode type = schema.get("type");
		if (type != null && type.isArray()) {
			for (JsonNode t : type) {
				if ("null".equals(t.asString())) {
					return true;
				}
			}
		}
		return false;
	}

	List<Hostile> hostileParameters(JsonNode schema) {
		schema = resolve(schema);
		List<Hostile> values = new ArrayList<>();
		values.add(new Hostile("NUL and script", "\u0000<script>' OR 1=1 --", true));
		values.add(new Hostile("control characters", "\u0007\u001b[31m", true));
		values.add(new Hostile("a lone surrogate", "a\ud800b", false));
		values.add(new Hostile("4 kB", "字".repeat(1300), false));
		values.add(new Hostile("empty", "", false));
		values.add(new Hostile("a semicolon and dots", "a;b/../..", false));
		String type = schema.has("enum") ? "enum" : type(schema);
		switch (type) {
			case "enum" -> {
				values.add(new Hostile("an unknown name", "NO_SUCH_VALUE", true));
				values.add(new Hostile("the number 7", "7", true));
			}
			case "integer", "number" -> {
				values.add(new Hostile("a word", "abc", true));
				values.add(new Hostile("-1", "-1", false));
				values.add(new Hostile("beyond a long", "92233720368547758070", true));
				values.add(new Hostile("1.5", "1.5", "integer".equals(type)));
				values.add(new Hostile("100000", "100000", false));
			}
			// Spring reads true/false, on/off, yes/no and 1/0; anything else is refused
			case "boolean" -> values.add(new Hostile("a word", "maybe", true));
			case "string" -> {
				switch (schema.path("format").asString("")) {
					case "uuid" -> values.add(new Hostile("not a UUID", "not-a-uuid", true));
					case "date" -> {
						values.add(new Hostile("February 30th", "2026-02-30", true));
						values.add(new Hostile("year 10000", "+10000-01-01", false));
					}
					default -> {
					}
				}
			}
			default -> {
			}
		}
		return values;
	}

	List<Hostile> hostileBodies(JsonNode body, String mediaType) {
		List<Hostile> values = new ArrayList<>();
		if (!"application/json".equals(mediaType)) {
			values.add(new Hostile("as text/plain", "hello", true, "text/plain"));
			values.add(new Hostile("a truncated multipart", "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n",
					true, "multipart/form-data; boundary=b"));
			return values;
		}
		values.add(new Hostile("empty", "", true));
		values.add(new Hostile("null", "null", true));
		values.add(new Hostile("truncated", "{\"a\":", true));
		values.add(new Hostile("deeply nested", DEEP, true));
		values.add(new Hostile("as text/plain", WRITER.writeValueAsString(body), true, "text/plain"));
		values.add(new Hostile("followed by garbage", WRITER.writeValueAsString(body) + " x", true));
		values.add(new Hostile("over 1 MB", "{\"x\":\"" + "a".repeat(1_200_000) + "\"}", true));
		if (body.isObject() && body.size() > 0) {
			var first = body.properties().iterator().next();
			String text = WRITER.writeValueAsString(body);
			String duplicate = "{" + WRITER.writeValueAsString(first.getKey()) + ":"
					+ WRITER.writeValueAsString(first.getValue()) + "," + text.substring(1);
			values.add(new Hostile("a duplicate key", duplicate, true));
			values.add(new Hostile("an array instead of an object", "[" + text + "]", true));
		}
		return values;
	}

	// ---------------------------------------------------------------- fields of a body

	record Field(String pointer, JsonNode schema) {
	}

	List<Field> fields(JsonNode schema, JsonNode value, String pointer) {
		schema = resolve(schema);
		if (schema.has("allOf")) {
			ObjectNode merged = NODES.objectNode();
			ObjectNode properties = merged.putObject("properties");
			for (JsonNode part : schema.get("allOf")) {
				resolve(part).path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
			}
			schema = merged;
		}
		List<Field> fields = new ArrayList<>();
		if (value.isObject()) {
			for (var property : value.properties()) {
				JsonNode propertySchema = resolve(schema.path("properties").path(property.getKey()));
				String p = pointer + "/" + property.getKey();
				fields.add(new Field(p, propertySchema));
				fields.addAll(fields(propertySchema, property.getValue(), p));
			}
		}
		else if (value.isArray() && !value.isEmpty()) {
			JsonNode items = resolve(schema.path("items"));
			String p = pointer + "/0";
			fields.add(new Field(p, items));
			fields.addAll(fields(items, value.get(0), p));
		}
		return fields;
	}

	String withHole(JsonNode body, String pointer) {
		JsonNode copy = body.deepCopy();
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
		String last = pointer.substring(slash + 1);
		if (parent instanceof ObjectNode o) {
			o.put(last, HOLE);
		}
		else if (parent instanceof ArrayNode a) {
			a.set(Integer.parseInt(last), NODES.stringNode(HOLE));
		}
		return WRITER.writeValueAsString(copy);
	}

	static String quotedHole() {
		return "\"" + HOLE + "\"";
	}

	// ---------------------------------------------------------------- sending

	record Answer(int status, String contentType, String body, long xidBefore, long xidAfter) {
	}

	Answer send(Operation op, String caller, Map<String, String> params, JsonNode body, String rawBody,
			String contentType) throws Exception {
		String path = op.path;
		StringBuilder query = new StringBuilder();
		for (Parameter p : op.parameters) {
			String value = params.get(p.name);
			if (value == null) {
				continue;
			}
			if ("path".equals(p.in)) {
				path = path.replace("{" + p.name + "}", encode(value));
			}
			else if ("query".equals(p.in)) {
				query.append(query.isEmpty() ? "?" : "&").append(encode(p.name)).append('=').append(encode(value));
			}
		}
		// a path variable the document does not describe gets a valid identifier
		path = path.replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + query))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.header("Accept-Language", "zh-CN");
		if (caller != null) {
			request.header("Authorization", bearer(caller));
		}
		for (Parameter p : op.parameters) {
			if ("header".equals(p.in) && p.name.equalsIgnoreCase("Idempotency-Key")) {
				request.header(p.name, UUID.randomUUID().toString());
			}
		}
		byte[] payload = null;
		String type = contentType;
		if (rawBody != null || body != null) {
			String text = rawBody != null ? rawBody : WRITER.writeValueAsString(body);
			if (type == null && "multipart/form-data".equals(op.mediaType)) {
				type = "multipart/form-data; boundary=fuzzboundary";
				payload = multipart(op, text);
			}
			else {
				payload = text.getBytes(StandardCharsets.UTF_8);
				if (type == null) {
					type = op.mediaType == null ? "application/json" : op.mediaType;
				}
			}
		}
		if (payload != null) {
			request.header("Content-Type", type);
			request.method(op.method, HttpRequest.BodyPublishers.ofByteArray(payload));
		}
		else {
			request.method(op.method, HttpRequest.BodyPublishers.noBody());
		}
		long before = xid();
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		requests++;
		long after = xid();
		return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
				new String(response.body(), StandardCharsets.UTF_8), before, after);
	}

	/**
	 * A multipart body from the JSON of the document's multipart schema: files, JSON
	 * parts and fields.
	 */
	byte[] multipart(Operation op, String json) {
		JsonNode schema = resolve(op.body);
		JsonNode value;
		try {
			value = read(json);
		}
		catch (RuntimeException ex) {
			// not an object: sent as the only part, which the endpoint must refuse
			value = NODES.objectNode().put("application", json);
		}
		StringBuilder out = new StringBuilder();
		if (value.isObject()) {
			for (var property : value.properties()) {
				JsonNode propertySchema = resolve(schema.path("properties").path(property.getKey()));
				String type = type(propertySchema);
				boolean binary = "binary".equals(propertySchema.path("format").asString(""))
						|| "binary".equals(resolve(propertySchema.path("items")).path("format").asString(""));
				out.append("--fuzzboundary\r\n");
				if (binary) {
					out.append("Content-Disposition: form-data; name=\"")
						.append(property.getKey())
						.append("\"; filename=\"fuzz.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n");
				}
				else if ("object".equals(type) || "array".equals(type) || property.getValue().isObject()) {
					out.append("Content-Disposition: form-data; name=\"")
						.append(property.getKey())
						.append("\"\r\nContent-Type: application/json\r\n\r\n")
						.append(WRITER.writeValueAsString(property.getValue()))
						.append("\r\n");
				}
				else {
					out.append("Content-Disposition: form-data; name=\"")
						.append(property.getKey())
						.append("\"\r\n\r\n")
						.append(property.getValue().isString() ? property.getValue().asString()
								: property.getValue().toString())
						.append("\r\n");
				}
			}
		}
		out.append("--fuzzboundary--\r\n");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1)))) {
				// a lone surrogate, sent as the bytes a careless encoder would produce
				out.append(String.format("%%ED%%%02X%%%02X", 0xA0 | ((c >> 6) & 0x1F) & 0xBF, 0x80 | (c & 0x3F)));
			}
			else if (Character.isHighSurrogate(c)) {
				out.append(URLEncoder.encode(value.substring(i, i + 2), StandardCharsets.UTF_8));
				i++;
			}
			else {
				out.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8).replace("+", "%20"));
			}
		}
		return out.toString();
	}

	// ---------------------------------------------------------------- writes

	long xid() {
		return jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
	}

	String tablesWrittenSinceQuery() {
		List<String> tables = jdbc
			.sql("select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables "
					+ "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') "
					+ "order by 1")
			.query(String.class)
			.list()
			.stream()
			.filter(t -> BACKGROUND_TABLES.stream().noneMatch(b -> t.endsWith("." + b)))
			.toList();
		return tables.stream()
			.map(t -> "(select '" + t + "' from " + t + " where xmin::text::bigint >= :since limit 1)")
			.collect(Collectors.joining(" union all "));
	}

}
