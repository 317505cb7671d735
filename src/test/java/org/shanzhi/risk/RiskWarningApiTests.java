package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Early warnings handled through the API (issue 22): the list filtered by status, reason,
 * grade, party, party name and overdue, sorted by opening or deadline both ways, paged,
 * and exported as a spreadsheet with the same rows; one warning read; the intervention
 * recorded with each outcome, its rules (a form for guidance, the inspection for an
 * inspection, acts and inspections only of the warning's party), once only, audited; and
 * another agency's warning not even confirmed to exist.
 */
class RiskWarningApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	static final String OFFICER = "demo-officer-amr";

	@Autowired
	RiskWarnings warnings;

	@Autowired
	JdbcClient jdbc;

	/** A new party of the market bureau with one warning; returns the warning's id. */
	String warn(String party, RiskWarnings.Reason reason) {
		UUID agency = accounts.findByUsername(OFFICER).orElseThrow().actor().agencyId();
		assertThat(warnings.open(new RiskWarnings.Opening(UUID.fromString(party), agency, reason, "CASE_DECIDED",
				UUID.randomUUID(), 520.0, List.of(), "INTERVIEW", "约谈负责人，讲解相关法律规定", null)))
			.isTrue();
		return jdbc.sql(
				"select id::text from risk.warning where party_id = cast(:p as uuid) and reason = :r and status = 'OPEN'")
			.param("p", party)
			.param("r", reason.name())
			.query(String.class)
			.single();
	}

	void set(String warning, int openedHoursAgo, LocalDate expiresOn) {
		jdbc.sql("update risk.warning set opened_at = :at, expires_on = :on where id = cast(:id as uuid)")
			.param("at", OffsetDateTime.now().minusHours(openedHoursAgo))
			.param("on", expiresOn)
			.param("id", warning)
			.update();
	}

	void grade(String party, String grade) {
		jdbc.sql("""
				insert into risk.party_score (party_id, score, grade, probability, model_version, factors, computed_at)
				values (cast(:p as uuid), 500, :g, 0.5, 'default-1', '[]', now())
				on conflict (party_id) do update set grade = excluded.grade
				""").param("p", party).param("g", grade).update();
	}

	List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(i -> ids.add(i.get("id").asString()));
		return ids;
	}

	JsonNode list(String user, String... params) throws Exception {
		var request = get("/api/v1/risk-warnings");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return body(call(request, user, null).andExpect(status().isOk()));
	}

	@Test
	void theListFiltersSortsPagesAndExportsTheSameRows() throws Exception {
		String marker = "预警筛选" + UUID.randomUUID().toString().substring(0, 6);
		String a = newEnterprise(marker + "甲超市", "RETAIL");
		String b = newEnterprise(marker + "乙超市", "RETAIL");
		String c = newEnterprise(marker + "丙超市", "RETAIL");
		String d = newEnterprise(marker + "丁超市", "RETAIL");
		String wa = warn(a, RiskWarnings.Reason.GRADE_HIGH);
		String wb = warn(b, RiskWarnings.Reason.RECTIFICATION_NOT_MADE);
		String wc = warn(c, RiskWarnings.Reason.GRADE_HIGH);
		String wd = warn(d, RiskWarnings.Reason.GRADE_HIGH);
		set(wa, 4, TODAY.plusDays(5));
		set(wb, 3, TODAY.plusDays(20));
		set(wc, 2, TODAY.plusDays(10));
		set(wd, 1, TODAY.minusDays(1));
		grade(a, "HIGH");
		grade(b, "LOW");

		JsonNode all = list(OFFICER, "q", marker);
		assertThat(all.get("total").asLong()).isEqualTo(4);
		assertThat(all.get("page").asInt()).isZero();
		assertThat(all.get("size").asInt()).isEqualTo(20);
		// newest first by default; the one past its deadline expired
		assertThat(ids(all)).containsExactly(wd, wc, wb, wa);
		JsonNode first = all.get("items").get(3);
		assertThat(first.get("partyName").asString()).startsWith(marker + "甲超市");
		assertThat(first.get("grade").asString()).isEqualTo("HIGH");
		assertThat(first.get("expiresOn").asString()).isEqualTo(TODAY.plusDays(5).toString());
		assertThat(first.get("openedAt").asString()).endsWith("+08:00");
		assertThat(all.get("items").get(0).get("status").asString()).isEqualTo("EXPIRED");
		assertThat(all.get("items").get(1).get("grade").isNull()).as("never scored").isTrue();

		assertThat(ids(list(OFFICER, "q", marker, "reason", "RECTIFICATION_NOT_MADE"))).containsExactly(wb);
		assertThat(ids(list(OFFICER, "q", marker, "grade", "HIGH"))).containsExactly(wa);
		assertThat(ids(list(OFFICER, "q", marker, "grade", "LOW"))).containsExactly(wb);
		assertThat(ids(list(OFFICER, "partyId", c))).containsExactly(wc);
		assertThat(ids(list(OFFICER, "q", marker, "overdue", "true"))).containsExactly(wd);
		assertThat(ids(list(OFFICER, "q", marker, "overdue", "false"))).containsExactly(wc, wb, wa);
		assertThat(ids(list(OFFICER, "q", marker, "status", "OPEN"))).containsExactly(wc, wb, wa);
		assertThat(ids(list(OFFICER, "q", marker, "status", "EXPIRED"))).containsExactly(wd);
		assertThat(ids(list(OFFICER, "q", marker.substring(0, 4) + marker.substring(4).toUpperCase() + "丙")))
			.as("the name searched without regard to case")
			.containsExactly(wc);

		assertThat(ids(list(OFFICER, "q", marker, "sort", "openedAt,asc"))).containsExactly(wa, wb, wc, wd);
		assertThat(ids(list(OFFICER, "q", marker, "sort", "expiresOn,asc"))).containsExactly(wd, wa, wc, wb);
		assertThat(ids(list(OFFICER, "q", marker, "sort", "expiresOn,desc"))).containsExactly(wb, wc, wa, wd);
		assertThat(ids(list(OFFICER, "q", marker, "sort", "expiresOn"))).as("descending unless asked")
			.containsExactly(wb, wc, wa, wd);

		JsonNode page0 = list(OFFICER, "q", marker, "sort", "expiresOn,asc", "size", "3");
		assertThat(ids(page0)).containsExactly(wd, wa, wc);
		assertThat(page0.get("total").asLong()).isEqualTo(4);
		JsonNode page1 = list(OFFICER, "q", marker, "sort", "expiresOn,asc", "size", "3", "page", "1");
		assertThat(ids(page1)).containsExactly(wb);
		assertThat(page1.get("page").asInt()).isEqualTo(1);
		assertThat(ids(list(OFFICER, "q", marker, "size", "3", "page", "2"))).isEmpty();

		for (String bad : List.of("grade", "openedAt,up", "openedAt,asc,desc", "id,asc")) {
			call(get("/api/v1/risk-warnings").param("sort", bad), OFFICER, null).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("sort"));
		}
		call(get("/api/v1/risk-warnings").param("size", "201"), OFFICER, null).andExpect(status().isBadRequest());
		call(get("/api/v1/risk-warnings").param("reason", "LATE"), OFFICER, null).andExpect(status().isBadRequest());
		call(get("/api/v1/risk-warnings").param("q", "名".repeat(101)), OFFICER, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));

		// one warning
		call(get("/api/v1/risk-warnings/" + wa), OFFICER, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(wa))
			.andExpect(jsonPath("$.partyName").value(org.hamcrest.Matchers.startsWith(marker + "甲超市")))
			.andExpect(jsonPath("$.grade").value("HIGH"))
			.andExpect(jsonPath("$.reason").value("GRADE_HIGH"))
			.andExpect(jsonPath("$.status").value("OPEN"));

		// the export: the same filters and order, words not codes
		byte[] xlsx = call(get("/api/v1/risk-warnings/export.xlsx").param("q", marker).param("sort", "expiresOn,asc"),
				OFFICER, null)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", RiskWarningExport.MEDIA_TYPE))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(4);
			Row head = sheet.getRow(0);
			assertThat(head.getCell(0).getStringCellValue()).isEqualTo("当事人");
			List<String> parties = new ArrayList<>();
			for (int r = 1; r <= 4; r++) {
				parties.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(parties).satisfiesExactly(p -> assertThat(p).startsWith(marker + "丁"),
					p -> assertThat(p).startsWith(marker + "甲"), p -> assertThat(p).startsWith(marker + "丙"),
					p -> assertThat(p).startsWith(marker + "乙"));
			Row expired = sheet.getRow(1);
			assertThat(expired.getCell(1).getStringCellValue()).isEqualTo("风险等级升为高风险");
			assertThat(expired.getCell(3).getStringCellValue()).isEqualTo("逾期未处置");
			assertThat(expired.getCell(5).getStringCellValue()).isEqualTo(TODAY.minusDays(1).toString());
			assertThat(expired.getCell(6).getStringCellValue()).isEqualTo("是");
			assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("高风险");
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("未按期整改");
			assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).startsWith("约谈");
			for (Row row : sheet) {
				row.forEach(cell -> assertThat(cell.getStringCellValue()).doesNotContain("GRADE_HIGH", "RECTIFICATION",
						"EXPIRED", "INTERVIEW"));
			}
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(call(
				get("/api/v1/risk-warnings/export.xlsx").param("q", marker).param("reason", "RECTIFICATION_NOT_MADE"),
				OFFICER, null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
		}
		call(get("/api/v1/risk-warnings/export.xlsx").param("sort", "party"), OFFICER, null)
			.andExpect(status().isBadRequest());
	}

	Map<String, Object> intervention(String outcome, String form, String note) {
		Map<String, Object> m = new HashMap<>();
		if (outcome != null) {
			m.put("outcome", outcome);
		}
		if (form != null) {
			m.put("form", form);
		}
		if (note != null) {
			m.put("note", note);
		}
		return m;
	}

	String inspection(String party) throws Exception {
		return body(call(post("/api/v1/inspections"), OFFICER, Map.of("partyId", party, "inspectedOn", TODAY.toString(),
				"place", "经营场所", "findings", "价签不全", "violationFound", false))
			.andExpect(status().isCreated())).get("id").asString();
	}

	String act(String party) throws Exception {
		Map<String, Object> b = new LinkedHashMap<>();
		b.put("partyId", party);
		b.put("form", "REMIND");
		b.put("documentForm", "SIMPLE");
		b.put("channel", "IN_PERSON");
		b.put("subject", "明码标价提示");
		b.put("content", "提示经营者按规定明码标价。");
		b.put("legalBasis", List.of(Map.of("law", "《中华人民共和国价格法》", "article", "第十三条")));
		b.put("details", Map.of("item", "商品价签"));
		return body(call(post("/api/v1/guidance"), OFFICER, b).andExpect(status().isCreated())).get("id").asString();
	}

	long audited(String warning) {
		return jdbc
			.sql("select count(*) from audit.entry where subject_type = 'RISK_WARNING' and subject_id = :id"
					+ " and action = 'HANDLED'")
			.param("id", warning)
			.query(Long.class)
			.single();
	}

	String statusOf(String warning) {
		return jdbc.sql("select status from risk.warning where id = cast(:id as uuid)")
			.param("id", warning)
			.query(String.class)
			.single();
	}

	@Test
	void eachOutcomeIsRecordedOnceUnderItsRulesAndAudited() throws Exception {
		String party = newEnterprise("预警处置测试商店", "RETAIL");
		String other = newEnterprise("预警处置测试他店", "RETAIL");
		String otherInspection = inspection(other);
		String otherAct = act(other);

		// guidance given (the default outcome): the form is needed; the act must be the
		// party's
		String guided = warn(party, RiskWarnings.Reason.GRADE_HIGH);
		String path = "/api/v1/risk-warnings/" + guided + "/interventions";
		call(post(path), OFFICER, intervention(null, null, "已约谈")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("form"));
		call(post(path), OFFICER, intervention("GUIDANCE_GIVEN", " ", "已约谈")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("form"));
		call(post(path), OFFICER, intervention("GUIDANCE_GIVEN", "INTERVIEW", " ")).andExpect(status().isBadRequest());
		Map<String, Object> withOthersAct = intervention("GUIDANCE_GIVEN", "REMIND", "已提示");
		withOthersAct.put("actId", otherAct);
		call(post(path), OFFICER, withOthersAct).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("intervention-act-of-other-party"));
		Map<String, Object> unknownAct = intervention("GUIDANCE_GIVEN", "REMIND", "已提示");
		unknownAct.put("actId", UUID.randomUUID().toString());
		call(post(path), OFFICER, unknownAct).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("actId"));
		call(post(path), OFFICER, intervention("ESCALATED", "REMIND", "已提示")).andExpect(status().isBadRequest());
		assertThat(statusOf(guided)).isEqualTo("OPEN");
		assertThat(audited(guided)).isZero();
		String act = act(party);
		Map<String, Object> withAct = intervention(null, "REMIND", "已当面提示明码标价要求");
		withAct.put("actId", act);
		call(post(path), OFFICER, withAct).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDLED"))
			.andExpect(jsonPath("$.interventionOutcome").value("GUIDANCE_GIVEN"))
			.andExpect(jsonPath("$.interventionForm").value("REMIND"))
			.andExpect(jsonPath("$.interventionActId").value(act))
			.andExpect(jsonPath("$.interventionNote").value("已当面提示明码标价要求"))
			.andExpect(jsonPath("$.handledAt").isNotEmpty());
		assertThat(audited(guided)).isEqualTo(1);
		call(post(path), OFFICER, intervention("DISMISSED", null, "再次处置")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("warning-not-open"));
		assertThat(audited(guided)).isEqualTo(1);

		// an inspection: it must be named, and be of the party
		String inspected = warn(party, RiskWarnings.Reason.RECTIFICATION_NOT_MADE);
		path = "/api/v1/risk-warnings/" + inspected + "/interventions";
		call(post(path), OFFICER, intervention("INSPECTION", null, "已现场检查"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("intervention-needs-inspection"));
		Map<String, Object> othersInspection = intervention("INSPECTION", null, "已现场检查");
		othersInspection.put("inspectionId", otherInspection);
		call(post(path), OFFICER, othersInspection).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("intervention-act-of-other-party"));
		String inspection = inspection(party);
		Map<String, Object> byInspection = intervention("INSPECTION", null, "现场检查，价签已补齐");
		byInspection.put("inspectionId", inspection);
		call(post(path), OFFICER, byInspection).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDLED"))
			.andExpect(jsonPath("$.interventionOutcome").value("INSPECTION"))
			.andExpect(jsonPath("$.interventionInspectionId").value(inspection));
		assertThat(audited(inspected)).isEqualTo(1);

		// dismissed: no form, the note gives the reason; the head may record it
		String dismissed = warn(other, RiskWarnings.Reason.GRADE_HIGH);
		path = "/api/v1/risk-warnings/" + dismissed + "/interventions";
		call(post(path), "demo-head-amr", intervention("DISMISSED", null, null)).andExpect(status().isBadRequest());
		call(post(path), "demo-head-amr", intervention("DISMISSED", null, "该店已停业注销，无需处置")).andExpect(status().isOk())
			.andExpect(jsonPath("$.interventionOutcome").value("DISMISSED"))
			.andExpect(jsonPath("$.interventionNote").value("该店已停业注销，无需处置"));
		assertThat(audited(dismissed)).isEqualTo(1);
		String after = jdbc
			.sql("select after_state from audit.entry where subject_type = 'RISK_WARNING' and subject_id = :id")
			.param("id", dismissed)
			.query(String.class)
			.single();
		assertThat(after).contains("DISMISSED").contains("该店已停业注销");

		// the list shows the outcomes
		JsonNode handled = list(OFFICER, "partyId", party, "status", "HANDLED");
		assertThat(handled.get("total").asLong()).isEqualTo(2);
	}

	@Test
	void anotherAgencysWarningIsNotFoundAndTheSupervisorReadsButDoesNotAct() throws Exception {
		String marker = "预警隔离" + UUID.randomUUID().toString().substring(0, 6);
		String party = newEnterprise(marker + "商店", "RETAIL");
		String warning = warn(party, RiskWarnings.Reason.GRADE_HIGH);
		call(get("/api/v1/risk-warnings/" + warning), "demo-officer-eco", null).andExpect(status().isNotFound());
		assertThat(list("demo-officer-eco", "q", marker).get("total").asLong()).isZero();
		assertThat(list("demo-officer-eco", "partyId", party).get("total").asLong()).isZero();
		call(post("/api/v1/risk-warnings/" + warning + "/interventions"), "demo-officer-eco",
				intervention("DISMISSED", null, "试图处置他机关的预警"))
			.andExpect(status().isNotFound());
		call(post("/api/v1/risk-warnings/" + warning + "/interventions"), "demo-head-eco",
				intervention("DISMISSED", null, "试图处置他机关的预警"))
			.andExpect(status().isNotFound());
		call(get("/api/v1/risk-warnings/" + UUID.randomUUID()), OFFICER, null).andExpect(status().isNotFound());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
				call(get("/api/v1/risk-warnings/export.xlsx").param("q", marker), "demo-officer-eco", null)
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray()))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
		}
		// the supervisor reads every agency's, and acts on none
		call(get("/api/v1/risk-warnings/" + warning), "demo-supervisor", null).andExpect(status().isOk());
		assertThat(ids(list("demo-supervisor", "q", marker))).containsExactly(warning);
		call(post("/api/v1/risk-warnings/" + warning + "/interventions"), "demo-supervisor",
				intervention("DISMISSED", null, "监督机关不处置"))
			.andExpect(status().isForbidden());
		call(get("/api/v1/risk-warnings"), "demo-public", null).andExpect(status().isForbidden());
		assertThat(statusOf(warning)).isEqualTo("OPEN");
		// renaming the party renames it in the list
		var update = new LinkedHashMap<String, Object>();
		JsonNode p = body(call(get("/api/v1/parties/" + party), OFFICER, null).andExpect(status().isOk()));
		update.put("name", marker + "新名商店");
		update.put("category", p.get("category").asString());
		update.put("address", "河洛市测试路");
		update.put("version", p.get("version").asLong());
		call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/parties/" + party),
				OFFICER, update)
			.andExpect(status().isOk());
		assertThat(list(OFFICER, "q", marker + "新名").get("items").get(0).get("partyName").asString())
			.isEqualTo(marker + "新名商店");
	}

}
