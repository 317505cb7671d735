package org.shanzhi.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * A conduct complaint names whom it is about (被投诉人, issue 22 item 4): the officers of the
 * agency chosen at the follow-up visit (by default the officer who gave the visited
 * guidance), kept by name, shown in the head's queue and the audit trail; an account that
 * is not one of the agency's officers is refused beside the field.
 */
class ConductComplaintAgainstTests extends IntegrationTest {

	String id(String username) {
		return accounts.findByUsername(username).orElseThrow().id().toString();
	}

	String name(String username) {
		return accounts.findByUsername(username).orElseThrow().displayName();
	}

	/** A major act of a new enterprise and the id of its scheduled follow-up. */
	String followUpOfAMajorAct() throws Exception {
		String party = newEnterprise("被投诉测试商户", "CATERING");
		Map<String, Object> b = GuidanceApiTests.interview(party, null);
		b.put("major", true);
		String act = body(call(post("/api/v1/guidance"), "demo-officer-amr", b).andExpect(status().isCreated()))
			.get("id")
			.asString();
		return body(call(get("/api/v1/guidance/" + act + "/follow-ups"), "demo-officer-amr", null)).get("items")
			.get(0)
			.get("id")
			.asString();
	}

	Map<String, Object> complaint(Object against) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("conductLawful", true);
		result.put("conductCivil", false);
		result.put("favourRequested", false);
		result.put("satisfaction", 2);
		result.put("complaint", "检查时大声呵斥店员");
		if (against != null) {
			result.put("complaintAgainst", against);
		}
		return result;
	}

	JsonNode complaintOf(String visitId) throws Exception {
		for (JsonNode c : body(call(get("/api/v1/conduct-complaints").param("size", "200"), "demo-head-amr", null)
			.andExpect(status().isOk())).get("items")) {
			if (c.get("followUpActId").asString().equals(visitId)) {
				return c;
			}
		}
		throw new AssertionError("no complaint of the visit " + visitId);
	}

	@Test
	void theApiNamesTheOfficersAComplaintIsAboutAndRefusesOthers() throws Exception {
		String followUp = followUpOfAMajorAct();
		// a legal reviewer is not an officer one complains about here; another agency's
		// officer neither: nothing is recorded
		for (String other : List.of("demo-legal-amr", "demo-officer-eco")) {
			call(post("/api/v1/follow-ups/" + followUp + "/result"), "demo-officer-amr", complaint(List.of(id(other))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("complaintAgainst"));
		}
		JsonNode visit = body(call(post("/api/v1/follow-ups/" + followUp + "/result"), "demo-officer-amr",
				complaint(List.of(id("demo-officer-amr"), id("demo-head-amr"))))
			.andExpect(status().isCreated()));
		JsonNode c = complaintOf(visit.get("id").asString());
		assertThat(c.get("against").size()).isEqualTo(2);
		assertThat(c.get("against").get(0).get("name").asString()).isEqualTo(name("demo-officer-amr"));
		assertThat(c.get("against").get(1).get("name").asString()).isEqualTo(name("demo-head-amr"));

		// the head's queue names them, and the agency
		String page = mvc.perform(get("/guidance/complaints").with(as("demo-head-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("被投诉人：" + name("demo-officer-amr") + "、" + name("demo-head-amr") + "（河洛市市场监督管理局）");

		// the audit trail too, by name
		JsonNode audit = body(call(get("/api/v1/audit").param("subjectType", "CONDUCT_COMPLAINT")
			.param("subjectId", c.get("id").asString()), "demo-supervisor", null).andExpect(status().isOk()));
		assertThat(audit.get("items").get(0).get("after").asString()).contains(name("demo-head-amr"));
		String trail = mvc
			.perform(get("/audit/trail").param("subjectType", "CONDUCT_COMPLAINT")
				.param("subjectId", c.get("id").asString())
				.with(as("demo-supervisor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(trail).contains("被投诉人").contains(name("demo-head-amr"));
	}

	@Test
	void withoutNamingAnyoneTheComplaintIsAboutTheOfficerWhoGaveTheGuidance() throws Exception {
		String followUp = followUpOfAMajorAct();
		JsonNode visit = body(call(post("/api/v1/follow-ups/" + followUp + "/result"), "demo-officer-amr",
				Map.of("result", complaint(null)))
			.andExpect(status().isCreated()));
		JsonNode c = complaintOf(visit.get("id").asString());
		assertThat(c.get("against").size()).isEqualTo(1);
		assertThat(c.get("against").get(0).get("name").asString()).isEqualTo(name("demo-officer-amr"));
		assertThat(c.get("officerId").asString()).isEqualTo(id("demo-officer-amr"));
	}

	@Test
	void theVisitFormOffersTheAgencysOfficersAndShowsARefusalBesideTheField() throws Exception {
		String followUp = followUpOfAMajorAct();
		String form = mvc.perform(get("/guidance/follow-ups/" + followUp).with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(form);
		assertThat(doc.select("#complaint-against input[name=complaintAgainst]").eachAttr("value"))
			.contains(id("demo-officer-amr"), id("demo-head-amr"))
			.doesNotContain(id("demo-legal-amr"), id("demo-officer-eco"));
		assertThat(doc.select("#complaint-against input[checked]").eachAttr("value"))
			.containsExactly(id("demo-officer-amr"));
		assertThat(doc.select("#complaint-against label").eachText()).contains(name("demo-head-amr"));

		String refused = mvc
			.perform(post("/guidance/follow-ups/" + followUp).with(as("demo-officer-amr"))
				.with(csrf())
				.param("channel", "IN_PERSON")
				.param("visitedOn", GuidanceApiTests.TODAY.toString())
				.param("conductLawful", "true")
				.param("conductCivil", "false")
				.param("satisfaction", "2")
				.param("complaint", "态度粗暴")
				.param("complaintAgainst", id("demo-officer-eco")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(refused).select("#complaint-against .invalid-feedback").text())
			.isEqualTo("被投诉人须为本机关在职的执法人员");

		mvc.perform(post("/guidance/follow-ups/" + followUp).with(as("demo-officer-amr"))
			.with(csrf())
			.param("channel", "IN_PERSON")
			.param("visitedOn", GuidanceApiTests.TODAY.toString())
			.param("conductLawful", "true")
			.param("conductCivil", "false")
			.param("satisfaction", "2")
			.param("complaint", "态度粗暴")
			.param("complaintAgainst", id("demo-head-amr"))).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/guidance/complaints").with(as("demo-head-amr")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("被投诉人：" + name("demo-head-amr") + "（河洛市市场监督管理局）");
	}

}
