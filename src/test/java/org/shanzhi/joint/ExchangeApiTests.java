package org.shanzhi.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

/**
 * Exchange with other departments' systems (J2): a client registered for the ecology
 * bureau posts a signed finding that becomes the bureau's inspection and case; the same
 * event again answers as before and writes nothing; an unknown client, a stale timestamp,
 * a bad signature, an unknown party or a matter outside the bureau's catalogue is refused
 * naming the rule with nothing written; a revoked client is refused. Outbound, the shared
 * events are written to the log with their topic and key when no Kafka is configured.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExchangeApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	@Autowired
	JdbcClient jdbc;

	String agency(String user) {
		return accounts.findByUsername(user).orElseThrow().actor().agencyId().toString();
	}

	ResultActions send(String client, String secret, byte[] body, long timestamp) throws Exception {
		String ts = Long.toString(timestamp);
		return mvc.perform(post("/api/v1/exchange/findings").contentType(MediaType.APPLICATION_JSON)
			.header("X-Shanzhi-Client", client)
			.header("X-Shanzhi-Timestamp", ts)
			.header("X-Shanzhi-Signature", HexFormat.of().formatHex(Exchange.sign(secret, ts, body)))
			.content(body));
	}

	static long now() {
		return System.currentTimeMillis() / 1000;
	}

	byte[] finding(String eventId, String party, String matter, String result) {
		Map<String, Object> f = new LinkedHashMap<>();
		f.put("eventId", eventId);
		f.put("partyId", party);
		f.put("day", TODAY.toString());
		f.put("matter", matter);
		f.put("result", result);
		f.put("note", "在线监测数据超标");
		f.put("officer", "省生态环境监测中心 李工");
		return toJson(f).getBytes(StandardCharsets.UTF_8);
	}

	long inbound() {
		return jdbc.sql("select count(*) from joint.inbound_event").query(Long.class).single();
	}

	@Test
	void aSignedFindingOfARegisteredClientBecomesItsAgencysRecordsAndEverythingElseIsRefused() throws Exception {
		String eco = agency("demo-officer-eco");
		call(post("/api/v1/exchange-clients"), "demo-head-amr", Map.of("name", "省监测平台", "agencyId", eco))
			.andExpect(status().isForbidden());
		call(post("/api/v1/exchange-clients"), "demo-admin", Map.of("agencyId", eco)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		JsonNode client = body(
				call(post("/api/v1/exchange-clients"), "demo-admin", Map.of("name", "省生态环境监测平台", "agencyId", eco))
					.andExpect(status().isCreated()));
		String id = client.get("id").asString();
		String secret = client.get("secret").asString();
		JsonNode clients = body(call(get("/api/v1/exchange-clients").param("size", "200"), "demo-admin", null))
			.get("items");
		assertThat(clients.findValuesAsString("id")).contains(id);
		assertThat(clients.toString()).doesNotContain(secret);
		String party = newEnterprise("河洛市交换测试化工厂", "MANUFACTURING");
		String eventId = "EV-" + UUID.randomUUID();
		byte[] body = finding(eventId, party, "MONITORING", "VIOLATION");
		long before = inbound();

		send(id, "wrong-secret", body, now()).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.rule").value("exchange-bad-signature"));
		send(UUID.randomUUID().toString(), secret, body, now()).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.rule").value("exchange-unknown-client"));
		send(id, secret, body, now() - 3600).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.rule").value("exchange-stale-timestamp"));
		send(id, secret, finding("EV-x1", UUID.randomUUID().toString(), "MONITORING", "VIOLATION"), now())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("exchange-unknown-party"));
		send(id, secret, finding("EV-x2", party, "FOOD-LABEL", "VIOLATION"), now())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("joint-matter-outside-competence"));
		send(id, secret, "{\"eventId\":\"EV-x3\",\"extra\":1}".getBytes(StandardCharsets.UTF_8), now())
			.andExpect(status().isBadRequest());
		assertThat(inbound()).isEqualTo(before);

		send(id, secret, body, now()).andExpect(status().isCreated()).andExpect(jsonPath("$.duplicate").value(false));
		send(id, secret, body, now()).andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true));
		send(id, secret, finding(eventId, party, "MONITORING", "NO_VIOLATION"), now()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("exchange-event-reused"));
		assertThat(inbound()).isEqualTo(before + 1);

		JsonNode cases = null;
		for (int i = 0; i < 100 && (cases == null || cases.get("total").asLong() == 0); i++) {
			Thread.sleep(50);
			cases = body(call(get("/api/v1/enforcement-cases").param("partyId", party), "demo-officer-eco", null));
		}
		assertThat(cases.get("total").asLong()).isEqualTo(1);
		assertThat(cases.get("items").get(0).get("agencyId").asString()).isEqualTo(eco);
		assertThat(cases.get("items").get(0).get("facts").asString()).contains("省生态环境监测平台").contains("在线监测数据超标");
		assertThat(jdbc.sql("select count(*) from enforcement.inspection where party_id = :p")
			.param("p", UUID.fromString(party))
			.query(Long.class)
			.single()).isEqualTo(1);

		call(delete("/api/v1/exchange-clients/" + id), "demo-admin", null).andExpect(status().isNoContent());
		send(id, secret, finding("EV-after", party, "MONITORING", "NO_VIOLATION"), now())
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.rule").value("exchange-unknown-client"));
	}

	@Test
	void sharedEventsAreWrittenToTheLogWithTopicAndKeyWhenNoKafkaIsConfigured(CapturedOutput output) throws Exception {
		JsonNode rule = body(call(post("/api/v1/sharing-rules"), "demo-head-amr",
				Map.of("recipientAgencyId", agency("demo-officer-hrss"), "recordTypes", List.of("RISK_WARNINGS"),
						"purpose", "劳动用工风险联合研判", "validFrom", TODAY.toString(), "validUntil",
						TODAY.plusMonths(1).toString()))
			.andExpect(status().isCreated()));
		String expected = "topic=shanzhi.joint.sharing-rule-changed key=" + rule.get("id").asString();
		for (int i = 0; i < 100 && !output.getOut().contains(expected); i++) {
			Thread.sleep(50);
		}
		assertThat(output.getOut()).contains(expected).contains("劳动用工风险联合研判");
	}

}
