package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;
import org.shanzhi.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * R4 through the API: from a published risk point one action guides a chosen group
 * (written acts numbered, each naming the point) or the whole category; a draft point
 * cannot be used; and a party of the category checks itself against the catalogue and
 * keeps its list of risks.
 */
class GuidanceInAdvanceAndSelfCheckTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	/**
	 * A FOOD_PRODUCTION catalogue of the market bureau, published today with two points.
	 */
	List<String> publishedPoints() throws Exception {
		List<String> ids = new ArrayList<>();
		String catalogue = null;
		for (String title : List.of("原料进货查验记录不全", "生产车间防蝇防鼠设施缺失")) {
			Map<String, Object> p = new HashMap<>();
			p.put("partyCategory", "FOOD_PRODUCTION");
			p.put("title", title);
			p.put("violationForm", title);
			p.put("causes", "制度未落实");
			p.put("harm", "食品安全隐患");
			p.put("likelihood", "小作坊多发");
			p.put("legalBasis", List.of(Map.of("law", "《中华人民共和国食品安全法》", "article", "第五十条")));
			p.put("grade", "MEDIUM");
			p.put("guidanceMeasures", "建立并留存进货查验记录；安装纱窗、挡鼠板");
			JsonNode created = body(
					call(post("/api/v1/risk-points"), "demo-officer-amr", p).andExpect(status().isCreated()));
			ids.add(created.get("id").asString());
			catalogue = created.get("catalogueId").asString();
		}
		// a draft point is no ground for guidance in advance
		call(post("/api/v1/risk-points/" + ids.get(0) + "/guidance"), "demo-officer-amr",
				Map.of("form", "REMIND", "documentForm", "SIMPLE", "channel", "SMS"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("point-not-published"));
		call(post("/api/v1/risk-catalogues/" + catalogue + "/consultation"), "demo-head-amr",
				Map.of("opensOn", TODAY.minusDays(20).toString(), "closesOn", TODAY.minusDays(10).toString()))
			.andExpect(status().isOk());
		call(post("/api/v1/risk-catalogues/" + catalogue + "/publish"), "demo-head-amr",
				Map.of("effectiveFrom", TODAY.toString()))
			.andExpect(status().isOk());
		return ids;
	}

	@Test
	void aPublishedPointGuidesAGroupOrTheWholeCategoryAndAPartyChecksItself() throws Exception {
		List<String> points = publishedPoints();
		String a = newEnterprise("提前指导食品厂甲", "FOOD_PRODUCTION");
		String b = newEnterprise("提前指导食品厂乙", "FOOD_PRODUCTION");
		JsonNode result = body(call(post("/api/v1/risk-points/" + points.get(0) + "/guidance"), "demo-officer-amr",
				Map.of("partyIds", List.of(a, b), "form", "REMIND", "documentForm", "WRITTEN", "channel", "DOCUMENT"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.acts").value(2))
			.andExpect(jsonPath("$.documentNumbers.length()").value(2)));
		String act = result.get("actIds").get(0).asString();
		call(get("/api/v1/guidance/" + act), "demo-officer-amr", null)
			.andExpect(jsonPath("$.riskPointId").value(points.get(0)))
			.andExpect(jsonPath("$.subject").value("风险提示：原料进货查验记录不全"))
			.andExpect(jsonPath("$.legalBasis[0].article").value("第五十条"));
		// another agency cannot guide from the bureau's point; an unknown party leaves no
		// act
		call(post("/api/v1/risk-points/" + points.get(0) + "/guidance"), "demo-officer-eco",
				Map.of("form", "REMIND", "documentForm", "SIMPLE", "channel", "SMS"))
			.andExpect(status().isNotFound());
		long before = body(call(get("/api/v1/guidance").param("partyId", a), "demo-officer-amr", null)).get("total")
			.asLong();
		call(post("/api/v1/risk-points/" + points.get(1) + "/guidance"), "demo-officer-amr", Map.of("partyIds",
				List.of(a, UUID.randomUUID().toString()), "form", "REMIND", "documentForm", "SIMPLE", "channel", "SMS"))
			.andExpect(status().is4xxClientError());
		assertThat(
				body(call(get("/api/v1/guidance").param("partyId", a), "demo-officer-amr", null)).get("total").asLong())
			.isEqualTo(before);
		// the whole category
		call(post("/api/v1/risk-points/" + points.get(1) + "/guidance"), "demo-officer-amr",
				Map.of("form", "COACH", "documentForm", "SIMPLE", "channel", "WECHAT"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.acts").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));

		// the party checks itself: every point of its category answered
		String username = "selfcheck-" + a.substring(0, 8);
		Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(username, "自查企业", PASSWORD,
				Set.of(Role.PUBLIC), null, null, UUID.fromString(a))));
		JsonNode questions = body(call(get("/api/v1/risk-self-checks/questions").param("size", "200"), username, null))
			.get("items");
		assertThat(questions.size()).isGreaterThanOrEqualTo(2);
		List<Map<String, Object>> answers = new ArrayList<>();
		for (JsonNode q : questions) {
			answers.add(Map.of("riskPointId", q.get("id").asString(), "answer",
					q.get("id").asString().equals(points.get(1)) ? "AT_RISK" : "COMPLIANT"));
		}
		call(post("/api/v1/risk-self-checks"), username, Map.of("answers", answers.subList(0, 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("self-check-incomplete"));
		String check = body(call(post("/api/v1/risk-self-checks"), username, Map.of("answers", answers))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.risks").value(1))
			.andExpect(jsonPath("$.riskList[0].title").value("生产车间防蝇防鼠设施缺失"))).get("id").asString();
		call(get("/api/v1/risk-self-checks"), username, null).andExpect(jsonPath("$.items[0].id").value(check));
		call(get("/api/v1/risk-self-checks/" + check), "demo-public", null).andExpect(status().isNotFound());
		call(get("/api/v1/risk-self-checks"), "demo-officer-amr", null).andExpect(status().isForbidden());
	}

}
