package org.shanzhi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.shared.ResidentIdNumbers;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

class PartyApiTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	static int counter = 500;

	/** A fresh, valid resident ID number for each call. */
	static synchronized String newResidentId() {
		String first17 = "419903" + "19880808" + String.format("%03d", counter++ % 1000);
		return first17 + ResidentIdNumbers.checkCharacter(first17);
	}

	ResultActions postParty(Object body, String user) throws Exception {
		return mvc.perform(post("/api/v1/parties").header("Authorization", bearer(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body instanceof String s ? s : toJson(body)));
	}

	long partyRows() {
		return jdbc.sql("select count(*) from directory.party").query(Long.class).single();
	}

	Map<String, Object> person(String idNumber) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "PERSON");
		body.put("name", "测试人员");
		body.put("idNumber", idNumber);
		body.put("category", "RESIDENT");
		body.put("address", "河洛市西城区测试路1号");
		body.put("phone", "13912345678");
		return body;
	}

	@Test
	void registersAPersonAndShowsTheIdNumberMaskedEverywhere() throws Exception {
		String id = newResidentId();
		String body = postParty(person(id), "demo-officer-amr").andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.idNumber").value(ResidentIdNumbers.mask(id)))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String partyId = read(body).get("id").asString();
		mvc.perform(get("/api/v1/parties/" + partyId).header("Authorization", bearer("demo-officer-eco")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(ResidentIdNumbers.mask(id)));
		// the number is stored sealed, never in clear
		String stored = jdbc.sql("select encode(id_number_sealed, 'escape') from directory.party where id = :id::uuid")
			.param("id", partyId)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(id);
	}

	@Test
	void findsAPersonByTheExactIdNumberThroughTheBlindIndex() throws Exception {
		String id = newResidentId();
		postParty(person(id), "demo-officer-amr").andExpect(status().isCreated());
		mvc.perform(get("/api/v1/parties").param("q", id).header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].idNumber").value(ResidentIdNumbers.mask(id)));
	}

	@Test
	void findsPartiesByNameFragmentAndCreditCode() throws Exception {
		mvc.perform(get("/api/v1/parties").param("q", "老街面馆").header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("河洛市老街面馆餐饮有限公司")));
		String code = jdbc.sql("select credit_code from directory.party where name = '河洛市老街面馆餐饮有限公司'")
			.query(String.class)
			.single();
		mvc.perform(get("/api/v1/parties").param("q", code).header("Authorization", bearer("demo-officer-amr")))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/parties").param("size", "201").header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void refusesAWrongCheckDigitNamingTheFieldAndSavesNothing() throws Exception {
		long before = partyRows();
		postParty(person("410302199001011234"), "demo-officer-amr").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("GB 11643")));
		postParty(
				Map.of("kind", "ORGANIZATION", "name", "某公司", "creditCode", "91350100M000100Y42", "category", "RETAIL"),
				"demo-officer-amr")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"));
		assertThat(partyRows()).isEqualTo(before);
	}

	@Test
	void answersBadInputWith400AndNeverA500() throws Exception {
		long before = partyRows();
		postParty("{\"kind\":\"PERSON\",", "demo-officer-amr").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:unreadable"));
		postParty("{\"kind\":\"ROBOT\",\"name\":\"x\",\"category\":\"RETAIL\"}", "demo-officer-amr")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		postParty("{\"kind\":\"PERSON\",\"name\":[1,2],\"category\":\"RETAIL\"}", "demo-officer-amr")
			.andExpect(status().isBadRequest());
		postParty(Map.of("kind", "PERSON", "category", "RESIDENT", "idNumber", newResidentId()), "demo-officer-amr")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		postParty(
				Map.of("kind", "PERSON", "name", "名".repeat(101), "category", "RESIDENT", "idNumber", newResidentId()),
				"demo-officer-amr")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		postParty(Map.of("kind", "PERSON", "name", "无证件", "category", "RESIDENT"), "demo-officer-amr")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		postParty("[]", "demo-officer-amr").andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/parties").header("Authorization", bearer("demo-officer-amr"))
			.contentType(MediaType.TEXT_PLAIN)
			.content("hello")).andExpect(status().isUnsupportedMediaType());
		mvc.perform(get("/api/v1/parties/not-a-uuid").header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isBadRequest());
		assertThat(partyRows()).isEqualTo(before);
	}

	@Test
	void answers404ForAnUnknownParty() throws Exception {
		mvc.perform(get("/api/v1/parties/" + UUID.randomUUID()).header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("没有找到")));
	}

	@Test
	void answers413ForABodyOverTheLimit() throws Exception {
		String huge = "{\"kind\":\"PERSON\",\"name\":\"" + "x".repeat(1_100_000) + "\"}";
		postParty(huge, "demo-officer-amr").andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:too-large"));
	}

	@Test
	void refusesToRegisterTheSamePartyTwice() throws Exception {
		String id = newResidentId();
		postParty(person(id), "demo-officer-amr").andExpect(status().isCreated());
		postParty(person(id), "demo-officer-eco").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("party-already-registered"));
	}

	@Test
	void updatesWithOptimisticLockingAndAudits() throws Exception {
		String id = newResidentId();
		JsonNode created = read(
				postParty(person(id), "demo-officer-amr").andReturn().getResponse().getContentAsString());
		String partyId = created.get("id").asString();
		Map<String, Object> change = Map.of("name", "测试人员", "category", "RETAIL", "address", "新地址", "phone",
				"13912345678", "version", 0);
		mvc.perform(put("/api/v1/parties/" + partyId).header("Authorization", bearer("demo-officer-amr"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(change))).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/parties/" + partyId).header("Authorization", bearer("demo-officer-amr"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(change)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		mvc.perform(get("/api/v1/audit").param("subjectType", "PARTY")
			.param("subjectId", partyId)
			.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].action").value("UPDATED"))
			.andExpect(jsonPath("$.items[0].before").value("{\"address\":\"河洛市西城区测试路1号\",\"category\":\"RESIDENT\"}"))
			.andExpect(jsonPath("$.items[0].actor").value("demo-officer-amr"))
			.andExpect(jsonPath("$.items[1].action").value("REGISTERED"));
	}

	@Test
	void revealsTheFullIdNumberOnlyToRolesThatNeedItAndAuditsIt() throws Exception {
		String id = newResidentId();
		String partyId = read(postParty(person(id), "demo-officer-amr").andReturn().getResponse().getContentAsString())
			.get("id")
			.asString();
		mvc.perform(get("/api/v1/parties/" + partyId + "/identity").header("Authorization", bearer("demo-supervisor")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/parties/" + partyId + "/identity").header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(id));
		mvc.perform(get("/api/v1/audit").param("subjectType", "PARTY")
			.param("subjectId", partyId)
			.header("Authorization", bearer("demo-supervisor")))
			.andExpect(jsonPath("$.items[0].action").value("IDENTITY_REVEALED"));
	}

	@Test
	void aMemberOfThePublicSeesOnlyTheirOwnRecord() throws Exception {
		mvc.perform(get("/api/v1/parties").header("Authorization", bearer("demo-public")))
			.andExpect(status().isForbidden());
		String other = jdbc.sql("select id::text from directory.party where name = '河洛市老街面馆餐饮有限公司'")
			.query(String.class)
			.single();
		mvc.perform(get("/api/v1/parties/" + other).header("Authorization", bearer("demo-public")))
			.andExpect(status().isNotFound());
	}

}
