package org.shanzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
 * Excellent cases (S3): a head nominates the agency's case once per round (a second
 * nomination of the same case is refused naming the rule, another agency's record is
 * unknown); a reviewer of the nominating agency is recused; the office scores, selects
 * with a commendation and publishes; the public library shows the write-up without the
 * party's name, identity or phone.
 */
class ExcellentCaseApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	@Test
	void aNominatedCaseIsReviewedSelectedAndPublishedWithoutPersonalData() throws Exception {
		String party = newEnterprise("河洛市优秀案例示范餐厅", "CATERING");
		String name = body(call(get("/api/v1/parties/" + party), "demo-officer-amr", null)).get("name").asString();
		String kase = body(
				call(post("/api/v1/enforcement-cases"), "demo-officer-amr",
						withOfficers("demo-officer-amr", Map.of("partyId", party, "violationCode", "PRICE-TAG",
								"occurredOn", TODAY.toString(), "facts", "价签不全", "origin", "EX_OFFICIO"))))
			.get("id")
			.asString();
		JsonNode round = body(call(post("/api/v1/award-rounds"), "demo-supervisor",
				Map.of("title", TODAY.getYear() + " 年度服务型行政执法优秀案例评选", "year", TODAY.getYear()))
			.andExpect(status().isCreated()));
		String roundId = round.get("id").asString();
		String writeUp = name + "（统一社会信用代码 914199003000000001，联系电话 13812345678）价签不全，执法人员先行提示、指导整改，当事人当日改正，依法不予处罚。";
		Map<String, Object> nomination = Map.of("subjectType", "ENFORCEMENT_CASE", "subjectId", kase, "title",
				"明码标价首违不罚、指导整改", "writeUp", writeUp);
		call(post("/api/v1/award-rounds/" + roundId + "/nominations"), "demo-head-urban", nomination)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subjectId"));
		JsonNode n = body(call(post("/api/v1/award-rounds/" + roundId + "/nominations"), "demo-head-amr", nomination)
			.andExpect(status().isCreated()));
		call(post("/api/v1/award-rounds/" + roundId + "/nominations"), "demo-head-amr", nomination)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("nomination-twice"));

		call(post("/api/v1/award-rounds/" + roundId + "/advance"), "demo-supervisor",
				Map.of("version", round.get("version").asLong()))
			.andExpect(jsonPath("$.status").value("REVIEW"));
		String id = n.get("id").asString();
		call(post("/api/v1/nominations/" + id + "/reviews"), "demo-head-amr", Map.of("score", 100))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("review-conflict-of-interest"));
		call(post("/api/v1/nominations/" + id + "/reviews"), "demo-head-amr", Map.of("recuse", true))
			.andExpect(status().isOk());
		call(post("/api/v1/nominations/" + id + "/reviews"), "demo-head-urban",
				Map.of("score", 88, "comment", "指导先行，效果好"))
			.andExpect(status().isOk());
		call(post("/api/v1/nominations/" + id + "/reviews"), "demo-supervisor", Map.of("score", 92))
			.andExpect(jsonPath("$.reviews").value(2))
			.andExpect(jsonPath("$.meanScore").value(90.0));
		call(post("/api/v1/nominations/" + id + "/selection"), "demo-supervisor", Map.of("selected", true))
			.andExpect(status().isBadRequest());
		call(post("/api/v1/nominations/" + id + "/selection"), "demo-supervisor",
				Map.of("selected", true, "commendation", "通报表扬：市场监管局 王执法"))
			.andExpect(jsonPath("$.selected").value(true));
		JsonNode reviewing = body(call(get("/api/v1/award-rounds").param("size", "200"), "demo-supervisor", null))
			.get("items");
		long version = 0;
		for (JsonNode r : reviewing) {
			if (r.get("id").asString().equals(roundId)) {
				version = r.get("version").asLong();
			}
		}
		call(post("/api/v1/award-rounds/" + roundId + "/advance"), "demo-supervisor", Map.of("version", version))
			.andExpect(jsonPath("$.status").value("PUBLISHED"));

		JsonNode library = body(
				mvc.perform(get("/api/v1/public/excellent-cases").param("size", "200")).andExpect(status().isOk()))
			.get("items");
		String published = library.toString();
		assertThat(published).contains("明码标价首违不罚")
			.contains("通报表扬")
			.contains("某某")
			.doesNotContain(name)
			.doesNotContain("914199003000000001")
			.doesNotContain("13812345678");
		String page = mvc.perform(get("/public/cases"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("明码标价首违不罚").doesNotContain(name);
		assertThat(List.of(library.size())).isNotEmpty();
	}

}
