package org.shanzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
 * Annual special reports (S6): generated from the agency's figures against last year; a
 * report of a year not yet ended cannot be submitted; last year's is edited, submitted,
 * returned with a note, corrected and accepted; printed as PDF; another agency does not
 * see it; the office's city-wide summary.
 */
class AnnualReportApiTests extends IntegrationTest {

	static final int YEAR = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).getYear();

	@Test
	void aReportIsGeneratedEditedSubmittedAfterItsYearReturnedAndAccepted() throws Exception {
		JsonNode current = body(call(post("/api/v1/annual-reports"), "demo-head-urban", Map.of("year", YEAR))
			.andExpect(status().isCreated()));
		assertThat(current.get("figures").size()).isGreaterThanOrEqualTo(8);
		call(post("/api/v1/annual-reports/" + current.get("id").asString() + "/submission"), "demo-head-urban",
				Map.of("version", current.get("version").asLong()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("report-year-not-ended"));
		call(post("/api/v1/annual-reports"), "demo-head-urban", Map.of("year", YEAR)).andExpect(status().isConflict());

		JsonNode last = body(call(post("/api/v1/annual-reports"), "demo-head-urban", Map.of("year", YEAR - 1))
			.andExpect(status().isCreated()));
		String id = last.get("id").asString();
		call(get("/api/v1/annual-reports/" + id), "demo-head-amr", null).andExpect(status().isNotFound());
		JsonNode edited = body(call(put("/api/v1/annual-reports/" + id), "demo-head-urban", Map.of("sections",
				List.of(Map.of("heading", "一、总体情况", "text", "城管局全年推行“721”工作法。"),
						Map.of("heading", "二、主要做法", "text", "首违不罚，教育为先。")),
				"version", last.get("version").asLong()))
			.andExpect(status().isOk()));
		JsonNode submitted = body(call(post("/api/v1/annual-reports/" + id + "/submission"), "demo-head-urban",
				Map.of("version", edited.get("version").asLong()))
			.andExpect(jsonPath("$.status").value("SUBMITTED")));
		call(post("/api/v1/annual-reports/" + id + "/review"), "demo-supervisor",
				Map.of("accept", false, "version", submitted.get("version").asLong()))
			.andExpect(status().isBadRequest());
		JsonNode returned = body(call(post("/api/v1/annual-reports/" + id + "/review"), "demo-supervisor",
				Map.of("accept", false, "note", "请补充典型案例", "version", submitted.get("version").asLong()))
			.andExpect(jsonPath("$.status").value("RETURNED")));
		JsonNode again = body(call(post("/api/v1/annual-reports/" + id + "/submission"), "demo-head-urban",
				Map.of("version", returned.get("version").asLong())));
		call(post("/api/v1/annual-reports/" + id + "/review"), "demo-supervisor",
				Map.of("accept", true, "version", again.get("version").asLong()))
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		call(get("/api/v1/annual-reports/" + id + "/report.pdf"), "demo-head-urban", null).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		assertThat(body(call(
				get("/api/v1/annual-reports/city-summary").param("year", Integer.toString(YEAR)).param("size", "200"),
				"demo-supervisor", null))
			.get("items")
			.size()).isGreaterThanOrEqualTo(8);
	}

}
