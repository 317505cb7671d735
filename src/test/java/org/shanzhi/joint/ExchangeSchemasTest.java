package org.shanzhi.joint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.Externalized;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every shared event has its documented topic and JSON schema in {@code docs/exchange/}:
 * the JSON the transports send has exactly the schema's properties, with the required
 * ones present and typed as the schema says.
 */
class ExchangeSchemasTest {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	static final UUID A = UUID.randomUUID();

	static final List<Object> SAMPLES = List.of(
			new JointEvents.FindingRecorded(A, "联合〔2026〕0001号", A, A, A, LocalDate.of(2026, 11, 25), "FOOD-LABEL",
					JointAction.Result.VIOLATION, "标签不全", "七日内整改", LocalDate.of(2026, 12, 2)),
			new JointEvents.ActionConcluded(A, "联合〔2026〕0001号", A, 3, 6),
			new JointEvents.ReferralAccepted(A, Referrals.Kind.ENFORCEMENT_CASE, A, A, A),
			new SharingRules.RuleChanged(A, A, "APPROVED", Map.of("status", "APPROVED")));

	@Test
	void eachSharedEventMatchesItsDocumentedSchema() throws Exception {
		List<String> topics = new ArrayList<>();
		for (Object event : SAMPLES) {
			Externalized ann = event.getClass().getAnnotation(Externalized.class);
			assertThat(ann).as(event.getClass().getSimpleName() + " is externalised").isNotNull();
			String topic = ann.value().split("::")[0];
			topics.add(topic);
			JsonNode schema = JSON.readTree(Files.readString(Path.of("docs/exchange", topic + ".schema.json")));
			JsonNode sent = JSON.readTree(JSON.writeValueAsString(event));
			List<String> sentNames = new ArrayList<>(sent.propertyNames());
			List<String> schemaNames = new ArrayList<>(schema.get("properties").propertyNames());
			assertThat(sentNames).as(topic).containsExactlyInAnyOrderElementsOf(schemaNames);
			schema.get("required").forEach(r -> assertThat(sent.get(r.asString()).isNull()).as(r.asString()).isFalse());
			schema.get("properties").properties().forEach(p -> {
				JsonNode value = sent.get(p.getKey());
				JsonNode type = p.getValue().get("type");
				if (type != null && !value.isNull()) {
					String t = type.isArray() ? type.get(0).asString() : type.asString();
					assertThat(switch (t) {
						case "string" -> value.isString();
						case "integer" -> value.isIntegralNumber();
						case "object" -> value.isObject();
						default -> true;
					}).as(topic + " " + p.getKey() + " is " + t).isTrue();
				}
				if (p.getValue().has("enum")) {
					List<String> allowed = new ArrayList<>();
					p.getValue().get("enum").forEach(e -> allowed.add(e.asString()));
					assertThat(allowed).as(topic + " " + p.getKey()).contains(value.asString());
				}
			});
		}
		assertThat(Files.readString(Path.of("docs/exchange.md"))).contains(topics);
	}

}
