package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The evaluation report through the API, on the demo city's market bureau: its figures
 * are those of the platform's data counted independently here, the comparison's
 * arithmetic holds, the draft takes conclusions and is finalised under a number, never to
 * change, and its PDF carries the same figures; bad periods are refused with nothing
 * saved.
 */
class EvaluationApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReportCountsThePlatformsDataAndIsFinalisedUnderANumber() throws Exception {
		UUID amr = accounts.findByUsername("demo-officer-amr").orElseThrow().agencyId();
		LocalDate from = TODAY.minusYears(1).plusDays(1);
		// the agency is required: left out, the request is refused and nothing is
		// generated
		call(post("/api/v1/risk-evaluations"), "demo-officer-amr",
				Map.of("periodFrom", from.toString(), "periodTo", TODAY.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agencyId"));
		JsonNode report = body(call(post("/api/v1/risk-evaluations"), "demo-officer-amr",
				Map.of("agencyId", amr.toString(), "periodFrom", from.toString(), "periodTo", TODAY.toString()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.basic.catalogues").isNotEmpty()));
		String id = report.get("id").asString();
		JsonNode codes = report.get("violationCodes");
		assertThat(codes.toString()).contains("EXPIRED-FOOD");
		String[] types = new String[codes.size()];
		for (int i = 0; i < codes.size(); i++) {
			types[i] = codes.get(i).asString();
		}
		long violations = jdbc.sql("""
				select count(*) from enforcement.enforcement_case where agency_id = :a and violation_code = any(:codes)
				  and occurred_on between :from and :to and coalesce(treatment, '') <> 'NOT_ESTABLISHED'
				""")
			.param("a", amr)
			.param("codes", types)
			.param("from", from)
			.param("to", TODAY)
			.query(Long.class)
			.single();
		JsonNode comparison = report.get("comparison");
		assertThat(comparison.get("violations").get("current").asDouble()).isEqualTo(violations);
		long acts = jdbc.sql("""
				select count(*) from guidance.guidance_act where agency_id = :a and risk_point_id is not null
				  and issued_on between :from and :to
				""").param("a", amr).param("from", from).param("to", TODAY).query(Long.class).single();
		assertThat(report.get("measures").get("acts").asLong()).isEqualTo(acts).isPositive();
		long guided = report.get("comparison").get("compliance").get("partiesGuided").asLong();
		long violating = report.get("comparison").get("compliance").get("partiesWithViolations").asLong();
		assertThat(guided).isEqualTo(report.get("measures").get("partiesGuided").asLong()).isPositive();
		assertThat(comparison.get("complianceRate").get("current").asDouble())
			.isEqualTo(Comparison.percent(guided - violating, guided));
		JsonNode v = comparison.get("violations");
		if (v.get("previousPeriod").asDouble() > 0) {
			assertThat(v.get("change").asDouble())
				.isEqualTo(Comparison.round((v.get("current").asDouble() - v.get("previousPeriod").asDouble()) * 100
						/ v.get("previousPeriod").asDouble()));
		}
		// finalising needs conclusions and the head; then the report never changes
		call(post("/api/v1/risk-evaluations/" + id + "/final"), "demo-head-amr", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("evaluation-needs-conclusions"));
		call(put("/api/v1/risk-evaluations/" + id + "/conclusions"), "demo-officer-amr",
				Map.of("conclusions", "风险点清单覆盖主要业态，提前指导有效减少了过期食品违法行为。\n下一步将网络订餐纳入清单。"))
			.andExpect(status().isOk());
		call(post("/api/v1/risk-evaluations/" + id + "/final"), "demo-officer-amr", null)
			.andExpect(status().isForbidden());
		String number = body(call(post("/api/v1/risk-evaluations/" + id + "/final"), "demo-head-amr", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINAL"))).get("number").asString();
		assertThat(number).contains("风评");
		call(put("/api/v1/risk-evaluations/" + id + "/conclusions"), "demo-officer-amr", Map.of("conclusions", "改"))
			.andExpect(status().isConflict());
		call(post("/api/v1/risk-evaluations/" + id + "/refresh"), "demo-officer-amr", null)
			.andExpect(status().isConflict());
		byte[] pdf = call(get("/api/v1/risk-evaluations/" + id + "/report.pdf"), "demo-officer-amr", null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
		assertThat(text).contains("法律风险防控评估报告")
			.contains(number)
			.contains("违法行为数（件）｜" + violations)
			.contains("依据风险点开展行政指导" + acts + "次")
			.contains("下一步将网络订餐纳入清单");
		call(get("/api/v1/risk-evaluations/" + id), "demo-officer-eco", null).andExpect(status().isNotFound());
		// the report's page: the figures, the chart's data, no more editing
		String page = mvc.perform(get("/risk/evaluations/" + id).with(as("demo-head-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"evaluation-chart\"")
			.contains("data-violations=\"" + (double) violations)
			.contains(number)
			.doesNotContain("id=\"conclusions-form\"");
		mvc.perform(get("/risk/evaluations").with(as("demo-officer-amr"))).andExpect(status().isOk());
	}

	@Test
	void badPeriodsAreRefusedWithNothingSaved() throws Exception {
		long before = body(call(get("/api/v1/risk-evaluations"), "demo-officer-eco", null)).get("total").asLong();
		String eco = accounts.findByUsername("demo-officer-eco").orElseThrow().agencyId().toString();
		call(post("/api/v1/risk-evaluations"), "demo-officer-eco",
				Map.of("agencyId", eco, "periodFrom", TODAY.minusDays(10).toString(), "periodTo",
						TODAY.plusDays(1).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("period-in-future"));
		call(post("/api/v1/risk-evaluations"), "demo-officer-eco",
				Map.of("agencyId", eco, "periodFrom", TODAY.minusYears(2).minusDays(1).toString(), "periodTo",
						TODAY.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("period-too-long"));
		call(post("/api/v1/risk-evaluations"), "demo-officer-eco",
				Map.of("agencyId", eco, "periodFrom", TODAY.toString(), "periodTo", TODAY.minusDays(1).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("period-reversed"));
		call(post("/api/v1/risk-evaluations"), "demo-officer-eco", Map.of("agencyId", eco, "periodFrom", "2026-13-01"))
			.andExpect(status().isBadRequest());
		UUID amr = accounts.findByUsername("demo-officer-amr").orElseThrow().agencyId();
		call(post("/api/v1/risk-evaluations"), "demo-officer-eco", Map.of("agencyId", amr.toString(), "periodFrom",
				TODAY.minusDays(30).toString(), "periodTo", TODAY.toString()))
			.andExpect(status().isForbidden());
		assertThat(body(call(get("/api/v1/risk-evaluations"), "demo-officer-eco", null)).get("total").asLong())
			.isEqualTo(before);
	}

}
