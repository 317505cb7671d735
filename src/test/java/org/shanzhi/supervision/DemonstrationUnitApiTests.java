package org.shanzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Demonstration units (S4): designated for a period, once at a time; paired with a weaker
 * agency by a plan with its progress; recommended to the province with reasons; a review
 * that fails a criterion revokes the designation. Courses (S1): a head's course and its
 * register, listed in the officer's record.
 */
class DemonstrationUnitApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	String agency(String user) {
		return accounts.findByUsername(user).orElseThrow().actor().agencyId().toString();
	}

	@Test
	void aUnitIsDesignatedPairedRecommendedAndRevokedWhenAReviewFails() throws Exception {
		String emergency = agency("demo-head-emergency");
		String transport = agency("demo-officer-transport");
		Map<String, Object> designation = Map.of("agencyId", emergency, "validFrom", TODAY.toString(), "validUntil",
				TODAY.plusYears(2).toString(), "reason", "危化品企业合规辅导成效显著");
		call(post("/api/v1/demonstration-units"), "demo-supervisor",
				Map.of("agencyId", emergency, "validFrom", TODAY.toString(), "validUntil", TODAY.toString(), "reason",
						"x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validUntil"));
		JsonNode unit = body(call(post("/api/v1/demonstration-units"), "demo-supervisor", designation)
			.andExpect(status().isCreated()));
		call(post("/api/v1/demonstration-units"), "demo-supervisor", designation).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("demonstration-unit-active"));
		String id = unit.get("id").asString();
		JsonNode pairing = body(call(post("/api/v1/demonstration-units/" + id + "/pairings"), "demo-supervisor",
				Map.of("agencyId", transport, "plan", "每季度联合开展一次合规辅导，共享指导文书范本"))
			.andExpect(status().isOk()));
		call(post("/api/v1/pairings/" + pairing.get("id").asString() + "/progress"), "demo-head-emergency",
				Map.of("text", "第一季度：联合辅导 3 家运输企业"))
			.andExpect(jsonPath("$.progress[0]").value(org.hamcrest.Matchers.containsString("联合辅导")));
		call(post("/api/v1/pairings/" + pairing.get("id").asString() + "/progress"), "demo-head-amr",
				Map.of("text", "无关机关"))
			.andExpect(status().isNotFound());
		call(post("/api/v1/demonstration-units/" + id + "/recommendation"), "demo-supervisor",
				Map.of("reasons", "服务型执法制度健全，结对帮扶成效明显"))
			.andExpect(jsonPath("$.recommended").value(true));
		assertThat(body(
				call(get("/api/v1/demonstration-units/recommendations").param("size", "200"), "demo-supervisor", null))
			.get("items")
			.toString()).contains("结对帮扶成效明显");

		call(post("/api/v1/demonstration-units/" + id + "/reviews"), "demo-supervisor",
				Map.of("criteria", Map.of("服务型执法制度健全", true, "群众满意度不低于 90%", false), "note", "年度复核满意度 86%"))
			.andExpect(jsonPath("$.status").value("REVOKED"))
			.andExpect(jsonPath("$.recommended").value(false));
		assertThat(body(
				call(get("/api/v1/demonstration-units/recommendations").param("size", "200"), "demo-supervisor", null))
			.get("items")
			.toString()).doesNotContain(id);
	}

	@Test
	void aHeadsCourseRegisterAppearsInTheOfficersRecord() throws Exception {
		JsonNode course = body(call(post("/api/v1/courses"), "demo-head-amr",
				Map.of("title", "行政指导文书制作", "topic", "行政指导书的要素与送达", "format", "STUDY", "heldOn", TODAY.toString()))
			.andExpect(status().isCreated()));
		call(post("/api/v1/courses"), "demo-head-amr",
				Map.of("title", "缺少形式", "topic", "x", "heldOn", TODAY.toString()))
			.andExpect(status().isBadRequest());
		String officer = accounts.findByUsername("demo-officer-amr").orElseThrow().actor().accountId().toString();
		JsonNode register = body(call(put("/api/v1/courses/" + course.get("id").asString() + "/attendance"),
				"demo-head-amr", Map.of("attended", List.of(officer)))
			.andExpect(status().isOk()));
		assertThat(register.toString()).contains("王执法");
		assertThat(body(call(get("/api/v1/courses/mine").param("size", "200"), "demo-officer-amr", null)).get("items")
			.toString()).contains("行政指导文书制作");
	}

}
