package org.shanzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The yearly assessment (S2) through the API: weights that do not add up to 100 are
 * refused with nothing changed; a re-run on the same data gives identical scores and
 * fingerprint; each agency's figure is the records behind it (the drill-down lists them,
 * the counted ones matching the numerator); supervisors' manual scores within the weight
 * and with a note; a head drills into their own agency only.
 */
class AssessmentApiTests extends IntegrationTest {

	static final int YEAR = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).getYear();

	@Autowired
	JdbcClient jdbc;

	@Test
	void weightsNotAddingUpTo100AreRefusedAndNothingChanges() throws Exception {
		JsonNode before = body(call(get("/api/v1/indicator-systems/" + YEAR), "demo-supervisor", null));
		List<Map<String, Object>> wrong = List.of(
				Map.of("code", "A", "name", "调解成功率", "formula", "RATE", "measure", "MEDIATION_SUCCESS", "weight", 60),
				Map.of("code", "B", "name", "监督检查", "formula", "MANUAL", "weight", 30));
		call(put("/api/v1/indicator-systems/" + YEAR), "demo-supervisor", wrong)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("weights-not-100"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("90")));
		call(put("/api/v1/indicator-systems/" + YEAR), "demo-head-amr", wrong).andExpect(status().isForbidden());
		List<Map<String, Object>> countAsRate = List
			.of(Map.of("code", "A", "name", "投诉", "formula", "RATE", "measure", "CONDUCT_COMPLAINTS", "weight", 100));
		call(put("/api/v1/indicator-systems/" + YEAR), "demo-supervisor", countAsRate)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("indicator-rate-of-count"));
		assertThat(body(call(get("/api/v1/indicator-systems/" + YEAR), "demo-supervisor", null))).isEqualTo(before);
	}

	@Test
	void aReRunOnTheSameDataGivesIdenticalScoresAndEachNumberDrillsToItsRecords() throws Exception {
		JsonNode first = body(call(post("/api/v1/assessments/" + YEAR + "/runs"), "demo-supervisor", null)
			.andExpect(status().isCreated()));
		JsonNode second = body(call(post("/api/v1/assessments/" + YEAR + "/runs"), "demo-supervisor", null)
			.andExpect(status().isCreated()));
		assertThat(second.get("fingerprint")).isEqualTo(first.get("fingerprint"));
		assertThat(second.get("ranking")).isEqualTo(first.get("ranking"));
		assertThat(first.get("ranking").size()).isGreaterThanOrEqualTo(10);

		// the market bureau's figures are its records
		String amr = accounts.findByUsername("demo-officer-amr").orElseThrow().actor().agencyId().toString();
		JsonNode amrResult = null;
		for (JsonNode r : first.get("ranking")) {
			if (r.get("agencyId").asString().equals(amr)) {
				amrResult = r;
			}
		}
		assertThat(amrResult).isNotNull();
		List<String> checked = new ArrayList<>();
		for (JsonNode s : amrResult.get("scores")) {
			if (s.get("denominator").isNull() || s.get("denominator").asLong() == 0
					|| s.get("denominator").asLong() > 200) {
				continue;
			}
			JsonNode drill = body(call(get("/api/v1/assessment-runs/" + first.get("id").asString() + "/agencies/" + amr
					+ "/indicators/" + s.get("code").asString()), "demo-supervisor", null)
				.andExpect(status().isOk()));
			long counted = 0;
			for (JsonNode l : drill.get("lines")) {
				if (l.get("counted").asBoolean()) {
					counted++;
				}
			}
			assertThat(drill.get("lines").size()).as(s.get("code").asString()).isEqualTo(s.get("denominator").asInt());
			assertThat(counted).as(s.get("code").asString()).isEqualTo(s.get("numerator").asLong());
			checked.add(s.get("code").asString());
		}
		assertThat(checked).as("the demo data gives the market bureau figures to check")
			.contains("GUIDED_FIRST", "MEDIATION");
		long mediationAgreed = jdbc.sql("""
				select count(*) from mediation.mediation_case where agency_id = cast(:a as uuid) and status = 'AGREED'
				  and extract(year from coalesce(closed_at, agreed_at) at time zone 'Asia/Shanghai') = :y
				""").param("a", amr).param("y", YEAR).query(Long.class).single();
		for (JsonNode s : amrResult.get("scores")) {
			if (s.get("code").asString().equals("MEDIATION")) {
				assertThat(s.get("numerator").asLong()).isEqualTo(mediationAgreed);
			}
		}

		// guidance before penalty agrees with the acts of guidance themselves
		long guidedFirst = jdbc.sql("""
				select count(*) from enforcement.enforcement_case c
				where c.agency_id = cast(:a as uuid)
				  and extract(year from c.decided_at at time zone 'Asia/Shanghai') = :y
				  and (c.origin = 'GUIDANCE' or exists (select 1 from guidance.guidance_act g where g.case_id = c.id
				       and g.issued_on <= cast(c.decided_at at time zone 'Asia/Shanghai' as date)))
				""").param("a", amr).param("y", YEAR).query(Long.class).single();
		for (JsonNode s : amrResult.get("scores")) {
			if (s.get("code").asString().equals("GUIDED_FIRST")) {
				assertThat(s.get("numerator").asLong()).isEqualTo(guidedFirst).isPositive();
			}
		}

		String eco = accounts.findByUsername("demo-officer-eco").orElseThrow().actor().agencyId().toString();
		call(get(
				"/api/v1/assessment-runs/" + first.get("id").asString() + "/agencies/" + eco + "/indicators/MEDIATION"),
				"demo-head-amr", null)
			.andExpect(status().isNotFound());
		call(get(
				"/api/v1/assessment-runs/" + first.get("id").asString() + "/agencies/" + amr + "/indicators/MEDIATION"),
				"demo-head-amr", null)
			.andExpect(status().isOk());
	}

	@Test
	void aManualScoreStaysWithinItsWeightNeedsANoteAndChangesTheNextRun() throws Exception {
		String urban = accounts.findByUsername("demo-head-urban").orElseThrow().actor().agencyId().toString();
		String path = "/api/v1/assessments/" + YEAR + "/manual-scores/INSPECTION/" + urban;
		call(put(path), "demo-supervisor", Map.of("score", 16, "note", "超出权重"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("manual-score-outside-weight"));
		call(put(path), "demo-supervisor", Map.of("score", 12)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		call(put("/api/v1/assessments/" + YEAR + "/manual-scores/MEDIATION/" + urban), "demo-supervisor",
				Map.of("score", 5, "note", "不可"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("indicator-not-manual"));
		call(put(path), "demo-head-urban", Map.of("score", 15, "note", "自评")).andExpect(status().isForbidden());
		call(put(path), "demo-supervisor",
				Map.of("score", 12.5, "note", "实地检查：执法案卷规范，调解台账完整", "evidence", "检查记录第 12 号"))
			.andExpect(status().isNoContent());
		JsonNode run = body(call(post("/api/v1/assessments/" + YEAR + "/runs"), "demo-supervisor", null));
		for (JsonNode r : run.get("ranking")) {
			if (r.get("agencyId").asString().equals(urban)) {
				for (JsonNode s : r.get("scores")) {
					if (s.get("code").asString().equals("INSPECTION")) {
						assertThat(s.get("score").decimalValue()).isEqualByComparingTo("12.5");
					}
				}
			}
		}
		call(get("/api/v1/assessment-runs/" + run.get("id").asString() + "/agencies/" + urban
				+ "/indicators/INSPECTION"), "demo-supervisor", null)
			.andExpect(jsonPath("$.note").value("实地检查：执法案卷规范，调解台账完整"))
			.andExpect(jsonPath("$.evidence").value("检查记录第 12 号"));
	}

}
