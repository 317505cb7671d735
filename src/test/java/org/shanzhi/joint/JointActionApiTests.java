package org.shanzhi.joint;

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
 * A two-agency joint action through the API: the market bureau plans, the ecology bureau
 * accepts with its officer, both record findings for the same enterprise on the day, the
 * lead concludes, and the combined notice lists both agencies' results; a matter outside
 * an agency's catalogue and a finding by an officer not on the action are refused;
 * another agency does not see the action.
 */
class JointActionApiTests extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	String agency(String user) {
		return accounts.findByUsername(user).orElseThrow().actor().agencyId().toString();
	}

	String account(String user) {
		return accounts.findByUsername(user).orElseThrow().actor().accountId().toString();
	}

	@Test
	void twoAgenciesVisitOnceRecordTheirOwnFindingsAndSendOneCombinedNotice() throws Exception {
		String amr = agency("demo-officer-amr");
		String eco = agency("demo-officer-eco");
		String plant = newEnterprise("河洛市联合检查食品厂", "FOOD_PRODUCTION");
		call(post("/api/v1/joint-actions"), "demo-officer-amr",
				Map.of("title", "食品企业联合检查", "day", TODAY.toString(), "targets", List.of(plant), "matters",
						Map.of(amr, List.of("FOOD-LABEL"), eco, List.of("FOOD-LABEL"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("joint-matter-outside-competence"));
		JsonNode action = body(call(post("/api/v1/joint-actions"), "demo-officer-amr",
				Map.of("title", "食品企业联合检查", "day", TODAY.toString(), "targets", List.of(plant), "matters",
						Map.of(amr, List.of("FOOD-LABEL", "EXPIRED-FOOD"), eco, List.of("EIA-FILING", "MONITORING"))))
			.andExpect(status().isCreated()));
		String id = action.get("id").asString();
		assertThat(action.get("number").asString()).startsWith("联合〔");
		call(get("/api/v1/joint-actions/" + id), "demo-officer-urban", null).andExpect(status().isNotFound());

		JsonNode accepted = body(
				call(post("/api/v1/joint-actions/" + id + "/answers"), "demo-officer-eco", Map.of("accept", true,
						"officers", List.of(account("demo-officer-eco")), "version", action.get("version").asLong()))
					.andExpect(status().isOk()));
		JsonNode started = body(call(
				post("/api/v1/joint-actions/" + id + "/start").param("version", accepted.get("version").asString()),
				"demo-officer-amr", null)
			.andExpect(status().isOk()));
		assertThat(started.get("status").asString()).isEqualTo("IN_PROGRESS");
		long version = started.get("version").asLong();

		call(post("/api/v1/joint-actions/" + id + "/findings").param("version", Long.toString(version)),
				"demo-head-eco", Map.of("partyId", plant, "matter", "EIA-FILING", "result", "NO_VIOLATION"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("joint-officer-not-on-action"));
		version = body(call(post("/api/v1/joint-actions/" + id + "/findings").param("version", Long.toString(version)),
				"demo-officer-amr", Map.of("partyId", plant, "matter", "FOOD-LABEL", "result", "VIOLATION", "note",
						"预包装食品标签缺少生产日期", "requirement", "七日内整改标签")))
			.get("version")
			.asLong();
		call(post("/api/v1/joint-actions/" + id + "/conclusion").param("version", Long.toString(version)),
				"demo-officer-amr", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("joint-findings-missing"));
		version = body(call(post("/api/v1/joint-actions/" + id + "/findings").param("version", Long.toString(version)),
				"demo-officer-eco",
				Map.of("partyId", plant, "matter", "EIA-FILING", "result", "GUIDANCE_GIVEN", "note", "环评登记备案材料不全",
						"requirement", "十五日内补办环评登记备案", "deadline", TODAY.plusDays(15).toString())))
			.get("version")
			.asLong();
		JsonNode concluded = body(
				call(post("/api/v1/joint-actions/" + id + "/conclusion").param("version", Long.toString(version)),
						"demo-officer-amr", null)
					.andExpect(status().isOk()));
		assertThat(concluded.get("status").asString()).isEqualTo("CONCLUDED");
		assertThat(concluded.get("visitsSaved").asInt()).isEqualTo(1);
		String notice = call(get("/api/v1/joint-actions/" + id + "/notices/" + plant), "demo-officer-eco", null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(notice).contains("河洛市市场监督管理局")
			.contains("河洛市生态环境局")
			.contains("七日内整改标签")
			.contains("已给予行政指导")
			.contains("十五日内补办环评登记备案");

		// each agency's own inspection of the enterprise, written after the conclusion
		List<Map<String, Object>> inspections = List.of();
		for (int i = 0; i < 100 && inspections.size() < 2; i++) {
			Thread.sleep(50);
			inspections = jdbc.sql("""
					select agency_id, violation_found, place from enforcement.inspection where party_id = :p
					""").param("p", java.util.UUID.fromString(plant)).query().listOfRows();
		}
		assertThat(inspections).hasSize(2);
		assertThat(inspections)
			.allSatisfy(r -> assertThat((String) r.get("place")).contains(concluded.get("number").asString()));
		assertThat(inspections).anySatisfy(r -> {
			assertThat(r.get("agency_id").toString()).isEqualTo(amr);
			assertThat(r.get("violation_found")).isEqualTo(true);
		});

		// the violation found became the market bureau's case, opened from its inspection
		JsonNode cases = body(call(get("/api/v1/enforcement-cases").param("partyId", plant), "demo-officer-amr", null));
		assertThat(cases.get("total").asLong()).isEqualTo(1);
		JsonNode kase = cases.get("items").get(0);
		assertThat(kase.get("violationCode").asString()).isEqualTo("FOOD-LABEL");
		assertThat(kase.get("origin").asString()).isEqualTo("INSPECTION");
		assertThat(kase.get("facts").asString()).contains("预包装食品标签缺少生产日期");
		// the guidance given became the ecology bureau's act, with its rectification loop
		JsonNode acts = null;
		for (int i = 0; i < 100 && (acts == null || acts.get("total").asLong() == 0); i++) {
			Thread.sleep(50);
			acts = body(call(get("/api/v1/guidance").param("partyId", plant), "demo-officer-eco", null));
		}
		assertThat(acts.get("total").asLong()).isEqualTo(1);
		JsonNode act = acts.get("items").get(0);
		assertThat(act.get("form").asString()).isEqualTo("REMIND");
		assertThat(act.get("agencyId").asString()).isEqualTo(eco);
		assertThat(act.get("rectification").get("deadline").asString()).isNotBlank();
		assertThat(act.get("content").asString()).contains(concluded.get("number").asString()).contains("环评登记备案材料不全");
	}

	@Test
	void targetsAlreadyVisitedThisMonthShowAsConflictsAndTheRiskDrawSkipsThem() throws Exception {
		String amr = agency("demo-officer-amr");
		String eco = agency("demo-officer-eco");
		String mine = newEnterprise("河洛市联合检查矿业公司", "MINING");
		String quarry = newEnterprise("河洛市联合检查采石场", "MINING");
		for (String p : List.of(mine, quarry)) {
			jdbc.sql(
					"""
							insert into risk.party_score (party_id, score, grade, probability, model_version, factors, computed_at)
							values (:p, :s, 'HIGH', 0.9, 'test', '[]', now())
							on conflict (party_id) do update set score = excluded.score
							""")
				.param("p", java.util.UUID.fromString(p))
				.param("s", p.equals(mine) ? 9999.0 : 9998.0)
				.update();
		}
		JsonNode drawn = body(
				call(get("/api/v1/joint-actions/candidates").param("category", "MINING").param("count", "2"),
						"demo-officer-amr", null)
					.andExpect(status().isOk()))
			.get("items");
		assertThat(drawn.get(0).get("partyId").asString()).isEqualTo(mine);
		assertThat(drawn.get(1).get("partyId").asString()).isEqualTo(quarry);
		assertThat(drawn.get(0).get("grade").asString()).isEqualTo("HIGH");
		call(get("/api/v1/joint-actions/candidates").param("category", "MINING").param("count", "0"),
				"demo-officer-amr", null)
			.andExpect(status().isBadRequest());

		call(post("/api/v1/inspections"), "demo-officer-amr", Map.of("partyId", mine, "inspectedOn", TODAY.toString(),
				"place", "矿区", "findings", "未见异常", "violationFound", false))
			.andExpect(status().isCreated());
		drawn = body(call(get("/api/v1/joint-actions/candidates").param("category", "MINING").param("count", "2"),
				"demo-officer-amr", null))
			.get("items");
		assertThat(drawn.get(0).get("partyId").asString()).as("visited this month: not drawn").isEqualTo(quarry);

		Map<String, Object> plan = Map.of("title", "矿山联合检查", "day", TODAY.toString(), "targets", List.of(mine, quarry),
				"matters", Map.of(amr, List.of("LICENSE-DISPLAY"), eco, List.of("MONITORING")));
		JsonNode first = body(
				call(post("/api/v1/joint-actions"), "demo-officer-amr", plan).andExpect(status().isCreated()));
		assertThat(first.get("conflicts")).anySatisfy(c -> {
			assertThat(c.get("partyId").asString()).isEqualTo(mine);
			assertThat(c.get("kind").asString()).isEqualTo("INSPECTION");
			assertThat(c.get("agencyId").asString()).isEqualTo(amr);
		});
		JsonNode second = body(
				call(post("/api/v1/joint-actions"), "demo-officer-amr", plan).andExpect(status().isCreated()));
		assertThat(second.get("conflicts")).anySatisfy(c -> {
			assertThat(c.get("partyId").asString()).isEqualTo(quarry);
			assertThat(c.get("kind").asString()).isEqualTo("JOINT_ACTION");
			assertThat(c.get("reference").asString()).isEqualTo(first.get("number").asString());
		});
		for (JsonNode a : List.of(first, second)) {
			call(post("/api/v1/joint-actions/" + a.get("id").asString() + "/cancellation"), "demo-officer-amr",
					Map.of("reason", "测试结束", "version", a.get("version").asLong()))
				.andExpect(status().isOk());
		}
	}

}
