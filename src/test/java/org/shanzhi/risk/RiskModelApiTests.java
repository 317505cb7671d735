package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

/**
 * Risk models through the API: a legacy history imported from CSV whole or not at all;
 * the backtest of the demo's synthetic history shows a real lift over a random draw; a
 * version fitted on it passes validation, is activated only by a reviewer other than who
 * fitted it, and scores follow it until it is retired; a version fitted on a history
 * without signal fails validation and is never activated.
 */
class RiskModelApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	@Autowired
	JdbcClient jdbc;

	ResultActions upload(String user, String name, String csv) throws Exception {
		return mvc.perform(multipart("/api/v1/risk-histories")
			.file(new MockMultipartFile("file", "history.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("name", name)
			.header("Authorization", bearer(user)));
	}

	String demoHistory() throws Exception {
		for (JsonNode h : body(call(get("/api/v1/risk-histories").param("size", "200"), "demo-supervisor", null))
			.get("items")) {
			if (h.get("name").asString().contains("合成示例")) {
				return h.get("id").asString();
			}
		}
		throw new AssertionError("the demo's synthetic history is missing");
	}

	@Test
	void aHistoryIsImportedWholeOrNotAtAll() throws Exception {
		long before = jdbc.sql("select count(*) from risk.history_row").query(Long.class).single();
		upload("demo-head-amr", "有错误的文件", """
				party_id,date,result,violation_codes
				P-1,2024-01-05,VIOLATION,SPSC-033
				P-2,2024-02-30,NO_VIOLATION,
				P-1,2024-01-05,VIOLATION,SPSC-033
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[1].row").value(4));
		upload("demo-head-amr", "错误的列", "id,day,outcome\nP-1,2024-01-05,VIOLATION\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].row").value(1));
		assertThat(jdbc.sql("select count(*) from risk.history_row").query(Long.class).single()).isEqualTo(before);

		JsonNode imported = body(upload("demo-head-amr", "旧系统导出", """
				party_id,date,result,violation_codes,complaints
				P-1,2024-01-05,VIOLATION,SPSC-033,1
				P-1,2025-01-05,NO_VIOLATION,,0
				P-2,2024-06-01,NO_VIOLATION,,
				""").andExpect(status().isCreated()));
		assertThat(imported.get("rows").asInt()).isEqualTo(3);
		assertThat(imported.get("parties").asInt()).isEqualTo(2);
		assertThat(imported.get("violations").asInt()).isEqualTo(1);
		assertThat(imported.get("firstDate").asString()).isEqualTo("2024-01-05");
		// the agency's own; another agency's head does not see it
		call(get("/api/v1/risk-histories/" + imported.get("id").asString()), "demo-head-urban", null)
			.andExpect(status().isNotFound());
		call(get("/api/v1/risk-histories/" + imported.get("id").asString()), "demo-supervisor", null)
			.andExpect(status().isOk());
		upload("demo-officer-amr", "x", "party_id,date,result,violation_codes\nP,2024-01-01,NO_VIOLATION,\n")
			.andExpect(status().isForbidden());
	}

	@Test
	void theSyntheticHistoryBacktestsWithARealLiftOverARandomDraw() throws Exception {
		String history = demoHistory();
		JsonNode backtest = body(call(post("/api/v1/risk-models/backtest"), "demo-head-amr",
				Map.of("cutOff", TODAY.minusDays(400).toString(), "horizonDays", 365, "historyId", history))
			.andExpect(status().isOk()));
		assertThat(backtest.get("source").asString()).isEqualTo("IMPORT");
		assertThat(backtest.get("parties").asInt()).isEqualTo(2000);
		assertThat(backtest.get("lift").asDouble()).isGreaterThan(1.5);
		assertThat(backtest.get("auc").asDouble()).isGreaterThan(0.65);
		assertThat(backtest.get("topHits").asInt()).isPositive();
		call(post("/api/v1/risk-models/backtest"), "demo-head-amr",
				Map.of("cutOff", TODAY.plusDays(10).toString(), "historyId", history))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cutOff"));
	}

	@Test
	void aFittedVersionIsReviewedByAnotherBeforeScoresFollowItAndAVersionWithoutSignalNever() throws Exception {
		String history = demoHistory();
		// fitted by the market bureau's head on its history
		JsonNode fitted = body(call(post("/api/v1/risk-models"), "demo-head-amr",
				Map.of("historyId", history, "horizonDays", 365, "highFrom", 0.4, "mediumFrom", 0.15))
			.andExpect(status().isCreated()));
		assertThat(fitted.get("status").asString()).isEqualTo("VALIDATED");
		assertThat(fitted.get("problems").size()).isZero();
		assertThat(fitted.get("weights").get("VIOLATIONS").asDouble()).isPositive();
		assertThat(fitted.get("weights").get("COMPLAINTS").asDouble()).isPositive();
		assertThat(fitted.get("validationAuc").asDouble()).isGreaterThanOrEqualTo(0.6)
			.isGreaterThanOrEqualTo(fitted.get("comparedAuc").asDouble() - 0.005);
		assertThat(fitted.get("highFrom").asDouble()).isEqualTo(0.4);
		String id = fitted.get("id").asString();
		String version = fitted.get("version").asString();

		call(post("/api/v1/risk-models/" + id + "/activation"), "demo-head-amr", Map.of("reviewNote", "自己审核"))
			.andExpect(status().isForbidden());
		call(post("/api/v1/risk-models/" + id + "/activation"), "demo-supervisor", Map.of("reviewNote", " "))
			.andExpect(status().isBadRequest());

		// a fit by the supervisor cannot be activated by the supervisor
		JsonNode own = body(call(post("/api/v1/risk-models"), "demo-supervisor", Map.of("historyId", history))
			.andExpect(status().isCreated()));
		call(post("/api/v1/risk-models/" + own.get("id").asString() + "/activation"), "demo-supervisor",
				Map.of("reviewNote", "权重方向合理"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("model-review-by-fitter"));

		String party = newEnterprise("模型切换测试店", "CATERING");
		// validated against the model in use now, default-1
		String second = body(call(post("/api/v1/risk-models"), "demo-head-amr", Map.of("historyId", history))
			.andExpect(status().isCreated())).get("id").asString();
		try {
			JsonNode activated = body(call(post("/api/v1/risk-models/" + id + "/activation"), "demo-supervisor",
					Map.of("reviewNote", "权重方向与执法经验一致，验证期 AUC 达标"))
				.andExpect(status().isOk()));
			assertThat(activated.get("status").asString()).isEqualTo("ACTIVE");
			call(post("/api/v1/risk-models/" + id + "/activation"), "demo-supervisor", Map.of("reviewNote", "再次"))
				.andExpect(status().isConflict());
			// once another version is in use, it was compared with the wrong model
			call(post("/api/v1/risk-models/" + second + "/activation"), "demo-supervisor", Map.of("reviewNote", "复核"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rule").value("model-compared-with-another"));
			JsonNode score = body(call(get("/api/v1/risk-scores/" + party), "demo-officer-amr", null));
			assertThat(score.get("modelVersion").asString()).isEqualTo(version);
			assertThat(score.get("base").asDouble()).isEqualTo(activated.get("base").asDouble());
			awaitRiskScoresOf(version);
		}
		finally {
			call(post("/api/v1/risk-models/" + id + "/retirement"), "demo-supervisor", null).andExpect(status().isOk());
		}
		assertThat(body(call(get("/api/v1/risk-scores/" + party), "demo-officer-amr", null)).get("modelVersion")
			.asString()).isEqualTo("default-1");
		awaitRiskScoresOf("default-1");
	}

	@Test
	void aVersionFittedOnAHistoryWithoutSignalFailsValidationAndIsNeverActivated() throws Exception {
		Random random = new Random(5);
		StringBuilder csv = new StringBuilder("party_id,date,result,violation_codes,complaints\n");
		for (int p = 0; p < 400; p++) {
			for (LocalDate d = TODAY.minusDays(1500 - random.nextInt(200)); d
				.isBefore(TODAY); d = d.plusDays(200 + random.nextInt(200))) {
				boolean violated = random.nextDouble() < 0.2;
				csv.append("N-")
					.append(p)
					.append(',')
					.append(d)
					.append(violated ? ",VIOLATION,X," : ",NO_VIOLATION,,")
					.append(random.nextInt(3))
					.append('\n');
			}
		}
		String history = body(upload("demo-head-amr", "无规律的历史", csv.toString()).andExpect(status().isCreated()))
			.get("id")
			.asString();
		JsonNode fitted = body(
				call(post("/api/v1/risk-models"), "demo-head-amr", Map.of("historyId", history, "horizonDays", 365))
					.andExpect(status().isCreated()));
		assertThat(fitted.get("status").asString()).isEqualTo("FAILED_VALIDATION");
		assertThat(fitted.get("problems").toString()).contains("auc-below-minimum");
		call(post("/api/v1/risk-models/" + fitted.get("id").asString() + "/activation"), "demo-supervisor",
				Map.of("reviewNote", "试试"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("model-failed-validation"));
		assertThat(
				jdbc.sql("select count(*) from risk.model_version where status = 'ACTIVE'").query(Long.class).single())
			.isZero();
	}

}
