package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.http.MediaType;

/**
 * The risk catalogue through the API on PostgreSQL: points graded by the matrix (an
 * override needs its reason), the consultation that cannot be skipped, the public's
 * comments while it is open and answered before publication, the catalogue in effect as
 * JSON and as CSV parsed back, and the bad input refused with nothing saved.
 */
class RiskApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	Map<String, Object> point(String category, String title) {
		Map<String, Object> p = new HashMap<>();
		p.put("partyCategory", category);
		p.put("title", title);
		p.put("violationForm", "经营超过保质期的食品");
		p.put("causes", "进货查验和库存清理制度未落实");
		p.put("harm", "消费者食用后可能引起食源性疾病");
		p.put("likelihood", "小型超市较为常见");
		p.put("legalBasis", List.of(Map.of("law", "《中华人民共和国食品安全法》", "article", "第三十四条第（十）项")));
		p.put("harmRating", 4);
		p.put("likelihoodRating", 4);
		p.put("guidanceMethod", "提醒、约谈");
		p.put("guidanceMeasures", "建立临期食品台账，每周清查；临期食品集中陈列并提示");
		return p;
	}

	@Test
	void aCatalogueIsGradedConsultedOnAnsweredAndPublishedAsOpenData() throws Exception {
		// the matrix proposes HIGH for 4 x 4; MEDIUM instead needs a reason, nothing
		// saved without
		Map<String, Object> lowered = point("ACCOMMODATION", "客房用品过期");
		lowered.put("grade", "MEDIUM");
		call(post("/api/v1/risk-points"), "demo-officer-amr", lowered).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("grade-override-needs-reason"));
		call(get("/api/v1/risk-catalogues").param("size", "200"), "demo-officer-amr", null)
			.andExpect(jsonPath("$.items").isArray())
			.andExpect(jsonPath("$.items[?(@.partyCategory == 'ACCOMMODATION')]").isEmpty());
		String first = body(call(post("/api/v1/risk-points"), "demo-officer-amr", point("ACCOMMODATION", "客房一次性用品过期"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposedGrade").value("HIGH"))
			.andExpect(jsonPath("$.grade").value("HIGH"))).get("id").asString();
		lowered.put("overrideReason", "本市住宿业已普遍建立用品台账，实际发生率低");
		String catalogue = body(
				call(post("/api/v1/risk-points"), "demo-officer-amr", lowered).andExpect(status().isCreated())
					.andExpect(jsonPath("$.grade").value("MEDIUM"))
					.andExpect(jsonPath("$.overrideReason").isNotEmpty()))
			.get("catalogueId")
			.asString();
		// changed in the draft
		Map<String, Object> changed = point("ACCOMMODATION", "客房一次性用品过期或重复使用");
		changed.put("harmRating", 2);
		changed.put("likelihoodRating", 2);
		call(put("/api/v1/risk-points/" + first), "demo-officer-amr", changed).andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("LOW"));
		// publication needs the consultation first
		call(post("/api/v1/risk-catalogues/" + catalogue + "/publish"), "demo-head-amr",
				Map.of("effectiveFrom", TODAY.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("consultation-required"));
		call(post("/api/v1/risk-catalogues/" + catalogue + "/consultation"), "demo-officer-amr",
				Map.of("opensOn", TODAY.toString(), "closesOn", TODAY.plusDays(14).toString()))
			.andExpect(status().isForbidden());
		call(post("/api/v1/risk-catalogues/" + catalogue + "/consultation"), "demo-head-amr",
				Map.of("opensOn", TODAY.toString(), "closesOn", TODAY.plusDays(14).toString(), "channels", "门户网站"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONSULTATION"));
		call(put("/api/v1/risk-points/" + first), "demo-officer-amr", changed).andExpect(status().isConflict());
		// the public comments without signing in; the name is required, then masked for
		// others
		mvc.perform(post("/api/v1/public/risk-catalogues/" + catalogue + "/comments")
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("content", "建议写明台账保存期限")))).andExpect(status().isBadRequest());
		String comment = read(mvc
			.perform(post("/api/v1/public/risk-catalogues/" + catalogue + "/comments")
				.contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("authorName", "王小明", "riskPointId", first, "content", "建议写明台账保存期限"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		mvc.perform(get("/api/v1/public/risk-catalogues/" + catalogue + "/comments"))
			.andExpect(jsonPath("$.items[0].authorName").value("王**"));
		call(post("/api/v1/risk-comments/" + comment + "/answer"), "demo-officer-amr",
				Map.of("answer", "ADOPTED", "reason", "已在防范措施中写明台账保存不少于两年"))
			.andExpect(status().isOk());
		call(post("/api/v1/risk-comments/" + comment + "/answer"), "demo-officer-amr",
				Map.of("answer", "NOT_ADOPTED", "reason", "改主意"))
			.andExpect(status().isConflict());
		// still open: not yet publishable
		call(post("/api/v1/risk-catalogues/" + catalogue + "/publish"), "demo-head-amr",
				Map.of("effectiveFrom", TODAY.plusDays(20).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("consultation-still-open"));
		call(get("/api/v1/risk-catalogues/" + catalogue), "demo-officer-eco", null).andExpect(status().isNotFound());
	}

	@Test
	void aConsultationHeldEarlierIsRecordedAndThePublishedCatalogueIsOpenDataInJsonAndCsv() throws Exception {
		String catalogue = body(
				call(post("/api/v1/risk-points"), "demo-officer-eco", point("HAZARDOUS_CHEMICALS", "危化品仓库混存禁忌物料"))
					.andExpect(status().isCreated()))
			.get("catalogueId")
			.asString();
		call(post("/api/v1/risk-points"), "demo-officer-eco", point("HAZARDOUS_CHEMICALS", "储存场所未设置, \"明显\"警示标志"))
			.andExpect(status().isCreated());
		// held at a forum last month: recorded with its past period; comments recorded by
		// the officers
		call(post("/api/v1/risk-catalogues/" + catalogue + "/consultation"), "demo-head-eco", Map.of("opensOn",
				TODAY.minusDays(40).toString(), "closesOn", TODAY.minusDays(30).toString(), "channels", "企业座谈会"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/public/risk-catalogues/" + catalogue + "/comments")
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("authorName", "李某", "content", "太晚了"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("consultation-closed"));
		String recorded = body(call(post("/api/v1/risk-catalogues/" + catalogue + "/comments"), "demo-officer-eco",
				Map.of("authorName", "河洛化工有限公司", "content", "建议区分甲乙类危险品"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel").value("RECORDED"))).get("id").asString();
		call(post("/api/v1/risk-catalogues/" + catalogue + "/publish"), "demo-head-eco",
				Map.of("effectiveFrom", TODAY.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("comments-unanswered"));
		call(post("/api/v1/risk-comments/" + recorded + "/answer"), "demo-officer-eco",
				Map.of("answer", "PARTLY", "reason", "风险点已区分甲类；乙类另行梳理"))
			.andExpect(status().isOk());
		call(post("/api/v1/risk-catalogues/" + catalogue + "/publish"), "demo-head-eco",
				Map.of("effectiveFrom", TODAY.toString(), "consultationSummary", "收到意见 1 条，部分采纳"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));

		mvc.perform(
				get("/api/v1/public/risk-catalogue").param("partyCategory", "HAZARDOUS_CHEMICALS").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.title == '危化品仓库混存禁忌物料')].grade").value("HIGH"));
		mvc.perform(get("/api/v1/public/risk-catalogue").param("q", "禁忌物料").param("size", "200"))
			.andExpect(jsonPath("$.items[?(@.catalogueId == '" + catalogue + "')]").isNotEmpty());
		String csv = mvc
			.perform(get("/api/v1/public/risk-catalogue").param("partyCategory", "HAZARDOUS_CHEMICALS")
				.accept("text/csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
		assertThat(rows).anySatisfy(r -> {
			assertThat(r.get("riskPoint")).isEqualTo("储存场所未设置, \"明显\"警示标志");
			assertThat(r.get("agency")).isEqualTo("河洛市生态环境局");
			assertThat(r.get("legalBasis")).contains("食品安全法");
			assertThat(r.get("grade")).isEqualTo("HIGH");
		});
		// a new version starts from the published one
		call(post("/api/v1/risk-catalogues/" + catalogue + "/revision"), "demo-officer-eco", null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.versionNo").value(2))
			.andExpect(jsonPath("$.points.length()").value(2))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void badInputIsRefusedWithNothingSaved() throws Exception {
		Map<String, Object> oneRating = point("PHARMACY", "处方药未凭处方销售");
		oneRating.remove("likelihoodRating");
		call(post("/api/v1/risk-points"), "demo-officer-amr", oneRating).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("likelihoodRating"));
		Map<String, Object> noGrade = point("PHARMACY", "处方药未凭处方销售");
		noGrade.remove("likelihoodRating");
		noGrade.remove("harmRating");
		call(post("/api/v1/risk-points"), "demo-officer-amr", noGrade).andExpect(status().isBadRequest());
		Map<String, Object> outOfRange = point("PHARMACY", "处方药未凭处方销售");
		outOfRange.put("harmRating", 6);
		call(post("/api/v1/risk-points"), "demo-officer-amr", outOfRange).andExpect(status().isBadRequest());
		Map<String, Object> unknownCode = point("PHARMACY", "处方药未凭处方销售");
		unknownCode.put("violationCode", "NO-SUCH-CODE");
		call(post("/api/v1/risk-points"), "demo-officer-amr", unknownCode).andExpect(status().isBadRequest());
		call(post("/api/v1/risk-points"), "demo-officer-amr", "{\"partyCategory\": \"NOPE\"}")
			.andExpect(status().isBadRequest());
		call(get("/api/v1/risk-catalogues").param("size", "200"), "demo-officer-amr", null)
			.andExpect(jsonPath("$.items").isArray())
			.andExpect(jsonPath("$.items[?(@.partyCategory == 'PHARMACY')]").isEmpty());
		call(put("/api/v1/risk-matrix"), "demo-head-amr", Map.of("cells", "HLLLL/HLLLL/HLLLL/HLLLL/HLLLL"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("matrix-not-monotonic"));
		call(post("/api/v1/risk-points"), "demo-public", point("PHARMACY", "x")).andExpect(status().isForbidden());
	}

}
