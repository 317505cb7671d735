package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.documents.DocumentRenderer;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.PeopleTime;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * The investigation of a case through the API and its page (API.md, "Investigation
 * 调查取证"): records by two certified officers with their numbered documents, the prohibited
 * periods, the step's statuses, and the 先行登记保存 from the request through the head's
 * approval to the disposal or the lapse.
 */
class InvestigationRecordsApiTests extends IntegrationTest {

	static final String OFFICER = "demo-officer-amr";

	static final String OFFICER_2 = "demo-officer-amr-2";

	static final String HEAD = "demo-head-amr";

	static final LocalDate TODAY = LocalDate.now(PeopleTime.ZONE);

	/** A Tuesday of 2026 with no holiday: 10:00 is within working hours. */
	static final String DAYTIME = "2026-11-10T10:00:00+08:00";

	static final String NIGHT = "2026-11-10T23:30:00+08:00";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseDocuments documents;

	@Autowired
	DocumentRenderer renderer;

	@Autowired
	CaseInvestigations investigations;

	@Autowired
	WorkingDays workingDays;

	Map<String, Object> registration() throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("partyId", newEnterprise("河洛市调查取证测试商店", "RETAIL"));
		body.put("violationCode", "PRICE-TAG");
		body.put("occurredOn", TODAY.minusDays(20).toString());
		body.put("discoveredOn", TODAY.minusDays(2).toString());
		body.put("facts", "商品未明码标价");
		body.put("origin", "COMPLAINT");
		return body;
	}

	String openCase() throws Exception {
		return openFiledCase(OFFICER, HEAD, registration());
	}

	Map<String, Object> inquiry(String heldAt, String interviewee) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "INQUIRY");
		body.put("officerIds", officerIds(OFFICER));
		body.put("heldAt", heldAt);
		body.put("place", "河洛市测试路 8 号店内");
		body.put("interviewee", Map.of("name", interviewee, "idNumber", "410300199001011234", "relation", "店长"));
		body.put("content", "问：店内商品为何未标价？答：新到的货还没来得及贴价签。");
		body.put("partySigned", true);
		return body;
	}

	Map<String, Object> preservation(String caseId) {
		return Map.of("items", List.of(Map.of("description", "未标价的食用油", "quantity", 12, "unit", "桶", "place", "本店仓库")),
				"reason", "证据可能灭失", "officerIds", officerIds(OFFICER));
	}

	@Test
	void twoCertifiedOfficersMakeANumberedInquiryRecordThatReadsInItsDocument() throws Exception {
		String c = openCase();
		JsonNode made = body(call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER, inquiry(DAYTIME, "王小明"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("INQUIRY"))
			.andExpect(jsonPath("$.documentKind").value("inquiry-record-1")));
		assertThat(made.get("documentNumber").asString()).matches(".+询〔\\d{4}〕\\d{4,}号");
		assertThat(made.get("officers")).hasSize(2);
		assertThat(made.get("officers").get(0).get("certificateNumber").asString()).isNotBlank();

		// the second officer makes the next one, an on-site inspection record
		Map<String, Object> inspection = new LinkedHashMap<>(inquiry(DAYTIME, "王小明"));
		inspection.put("kind", "ON_SITE_INSPECTION");
		inspection.put("partySigned", false);
		call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER_2, inspection)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("refusal-needs-witness"));
		inspection.put("refusalWitness", "社区网格员李四");
		JsonNode second = body(call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER_2, inspection)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentKind").value("inspection-record-1")));
		assertThat(second.get("documentNumber").asString()).matches(".+检〔\\d{4}〕\\d{4,}号");

		JsonNode list = body(
				call(get("/api/v1/enforcement-cases/" + c + "/records"), OFFICER, null).andExpect(status().isOk()));
		assertThat(list.get("total").asInt()).isEqualTo(2);
		assertThat(list.get("items").get(0).get("interviewee").get("name").asString()).isEqualTo("王小明");
		assertThat(investigations.recordCount(UUID.fromString(c))).isEqualTo(2);

		// the document as issued, printed: its number, the person heard, the officers'
		// certificates, the rights told
		byte[] pdf = renderer.pdf(documents.content(UUID.fromString(c), "inquiry-record-1"));
		String text;
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
		assertThat(text).contains(made.get("documentNumber").asString())
			.contains("询问笔录")
			.contains("王小明")
			.contains(made.get("officers").get(0).get("certificateNumber").asString())
			.contains("回避");
		String refused = documents.content(UUID.fromString(c), "inspection-record-1").toString();
		assertThat(refused).contains("拒绝签名").contains("社区网格员李四");

		String trail = body(call(get("/api/v1/audit").param("subjectType", "ENFORCEMENT_CASE").param("subjectId", c),
				"demo-supervisor", null))
			.toString();
		assertThat(trail).contains("RECORD_MADE");
	}

	@Test
	void aRecordNeedsTwoOfficersAnOpenCaseAndNoNightUnlessUrgentWithTheUrgency() throws Exception {
		String c = openCase();
		Map<String, Object> one = inquiry(DAYTIME, "赵六");
		one.put("officerIds", List.of(officerIds(OFFICER).get(0)));
		call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER, one)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("two-certified-officers"));
		Map<String, Object> stranger = inquiry(DAYTIME, "赵六");
		stranger.put("officerIds", List.of(officerIds(OFFICER).get(0), officerIds("demo-officer-eco").get(0)));
		call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER, stranger)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("not-a-case-officer"));
		Map<String, Object> nobody = inquiry(DAYTIME, "赵六");
		nobody.remove("interviewee");
		call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER, nobody)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("inquiry-needs-interviewee"));

		Map<String, Object> foreign = inquiry(DAYTIME, "赵六");
		foreign.put("evidenceIds", List.of(UUID.randomUUID().toString()));
		call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER, foreign)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("evidence-not-of-case"));
		call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER, inquiry(NIGHT, "赵六"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("prohibited-period-night"));
		Map<String, Object> urgent = inquiry(NIGHT, "赵六");
		urgent.put("urgent", true);
		call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER, urgent)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("urgent-needs-urgency"));
		assertThat(investigations.recordCount(UUID.fromString(c))).isZero();
		assertThat(
				jdbc.sql("select count(*) from enforcement.case_document where case_id = :c and kind like 'inquiry%'")
					.param("c", UUID.fromString(c))
					.query(Long.class)
					.single())
			.as("a refusal issues nothing")
			.isZero();

		urgent.put("urgency", "当事人正在转移涉案商品");
		call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER, urgent).andExpect(status().isCreated())
			.andExpect(jsonPath("$.urgent").value(true))
			.andExpect(jsonPath("$.documentKind").value("inquiry-record-1"));

		// another agency's head: not found; a case only registered: not yet
		call(post("/api/v1/enforcement-cases/" + c + "/records"), "demo-head-eco", inquiry(DAYTIME, "赵六"))
			.andExpect(status().isNotFound());
		String registered = body(call(post("/api/v1/enforcement-cases"), OFFICER, withOfficers(OFFICER, registration()))
			.andExpect(status().isCreated())).get("id").asString();
		call(post("/api/v1/enforcement-cases/" + registered + "/records"), OFFICER, inquiry(DAYTIME, "赵六"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("case-transition-not-allowed"));
	}

	@Test
	void aPreservationIsApprovedByTheHeadWithItsNoticeAndDisposedOfWithinSevenWorkingDays() throws Exception {
		String c = openCase();
		UUID caseId = UUID.fromString(c);
		JsonNode requested = body(
				call(post("/api/v1/enforcement-cases/" + c + "/preservations"), OFFICER, preservation(c))
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("REQUESTED")));
		String p = requested.get("id").asString();
		assertThat(investigations.hasUndecidedPreservation(caseId)).isTrue();
		assertThat(investigations.preservationDecisionDue(caseId)).isEmpty();

		String approval = "/api/v1/enforcement-cases/" + c + "/preservations/" + p + "/approval";
		call(post(approval), OFFICER, Map.of("approve", true)).andExpect(status().isForbidden());
		call(post(approval), "demo-head-eco", Map.of("approve", true)).andExpect(status().isNotFound());
		call(post(approval), HEAD, Map.of("approve", false)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("rejection-needs-note"));
		String disposal = "/api/v1/enforcement-cases/" + c + "/preservations/" + p + "/disposal";
		call(post(disposal), OFFICER, Map.of("disposal", "RELEASE")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("preservation-not-approved"));

		JsonNode approved = body(
				call(post(approval), HEAD, Map.of("approve", true, "note", "同意")).andExpect(status().isOk())
					.andExpect(jsonPath("$.status").value("APPROVED")));
		assertThat(approved.get("documentNumber").asString()).matches(".+保〔\\d{4}〕\\d{4,}号");
		assertThat(approved.get("documentKind").asString()).isEqualTo("preservation-notice-1");
		LocalDate due = workingDays.plusWorkingDays(TODAY, 7);
		assertThat(approved.get("decisionDue").asString()).isEqualTo(due.toString());
		assertThat(investigations.preservationDecisionDue(caseId)).contains(due);
		assertThat(documents.content(caseId, "preservation-notice-1").toString()).contains("未标价的食用油").contains("第五十六条");
		call(post(approval), HEAD, Map.of("approve", true)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("preservation-already-decided"));

		call(post(disposal), OFFICER, Map.of("disposal", "SEAL_UP_OR_SEIZE", "note", "转为扣押")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISPOSED"))
			.andExpect(jsonPath("$.disposal").value("SEAL_UP_OR_SEIZE"));
		call(post(disposal), OFFICER, Map.of("disposal", "RELEASE")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("preservation-already-disposed"));
		assertThat(investigations.hasUndecidedPreservation(caseId)).isFalse();

		JsonNode list = body(call(get("/api/v1/enforcement-cases/" + c + "/preservations"), OFFICER, null));
		assertThat(list.get("items")).hasSize(1);
		assertThat(list.get("items").get(0).get("items").get(0).get("description").asString()).isEqualTo("未标价的食用油");
		String trail = body(call(get("/api/v1/audit").param("subjectType", "ENFORCEMENT_CASE").param("subjectId", c),
				"demo-supervisor", null))
			.toString();
		assertThat(trail).contains("PRESERVATION_REQUESTED")
			.contains("PRESERVATION_APPROVED")
			.contains("PRESERVATION_DISPOSED");
	}

	@Test
	void aPreservationUndecidedAtItsDueDayLapsesAndCanNoLongerBeDisposedOf() throws Exception {
		String c = openCase();
		UUID caseId = UUID.fromString(c);
		String p = body(call(post("/api/v1/enforcement-cases/" + c + "/preservations"), OFFICER, preservation(c)))
			.get("id")
			.asString();
		call(post("/api/v1/enforcement-cases/" + c + "/preservations/" + p + "/approval"), HEAD,
				Map.of("approve", true))
			.andExpect(status().isOk());
		// the due day passes without a decision
		jdbc.sql("update enforcement.preservation set decision_due = :due where id = :id")
			.param("due", TODAY.minusDays(1))
			.param("id", UUID.fromString(p))
			.update();
		call(get("/api/v1/enforcement-cases/" + c + "/preservations"), OFFICER, null)
			.andExpect(jsonPath("$.items[0].status").value("LAPSED"));
		assertThat(investigations.hasUndecidedPreservation(caseId)).isFalse();
		assertThat(investigations.preservationDecisionDue(caseId)).isEmpty();
		call(post("/api/v1/enforcement-cases/" + c + "/preservations/" + p + "/disposal"), OFFICER,
				Map.of("disposal", "RELEASE"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("preservation-lapsed"));

		// the daily task writes the lapse, audited
		assertThat(Actors.runAs(Actor.SYSTEM, () -> investigations.lapseOverdue())).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select status from enforcement.preservation where id = :id")
			.param("id", UUID.fromString(p))
			.query(String.class)
			.single()).isEqualTo("LAPSED");
		String trail = body(call(get("/api/v1/audit").param("subjectType", "ENFORCEMENT_CASE").param("subjectId", c),
				"demo-supervisor", null))
			.toString();
		assertThat(trail).contains("PRESERVATION_LAPSED");
	}

	@Test
	void theCasePageShowsTheInvestigationAndItsFormsMakeARecordAndARequest() throws Exception {
		String c = openCase();
		call(post("/api/v1/enforcement-cases/" + c + "/records"), OFFICER, inquiry(DAYTIME, "钱七"))
			.andExpect(status().isCreated());
		List<String> officers = officerIds(OFFICER);

		// a refused record: the rule in words, what was typed kept, nothing saved
		Document refused = Jsoup.parse(mvc
			.perform(post("/cases/" + c + "/records").with(as(OFFICER))
				.with(csrf())
				.param("kind", "ON_SITE_INSPECTION")
				.param("officerIds", officers.get(0), officers.get(1))
				.param("heldAt", "2026-11-10T10:30")
				.param("place", "店内货架")
				.param("intervieweeName", "孙八")
				.param("intervieweeRelation", "店员")
				.param("content", "货架上 12 桶食用油未标价"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.selectFirst("#refusal").text()).contains("见证人");
		assertThat(refused.selectFirst("#record-place").val()).isEqualTo("店内货架");
		assertThat(investigations.recordCount(UUID.fromString(c))).isEqualTo(1);

		MvcResult saved = mvc
			.perform(post("/cases/" + c + "/records").with(as(OFFICER))
				.with(csrf())
				.param("kind", "ON_SITE_INSPECTION")
				.param("officerIds", officers.get(0), officers.get(1))
				.param("heldAt", "2026-11-10T10:30")
				.param("place", "店内货架")
				.param("intervieweeName", "孙八")
				.param("intervieweeRelation", "店员")
				.param("content", "货架上 12 桶食用油未标价")
				.param("partySigned", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		mvc.perform(post("/cases/" + c + "/preservations").with(as(OFFICER))
			.with(csrf())
			.param("itemDescription", "食用油", "", "")
			.param("itemQuantity", "12", "", "")
			.param("itemUnit", "桶", "", "")
			.param("itemPlace", "本店仓库", "", "")
			.param("reason", "证据可能灭失")
			.param("officerIds", officers.get(0), officers.get(1))).andExpect(status().is3xxRedirection());

		Document page = Jsoup.parse(
				mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(as(HEAD)).flashAttrs(saved.getFlashMap()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(page.selectFirst("#flash-notice").text()).contains("笔录");
		String section = page.selectFirst("#investigation").text();
		assertThat(section).contains("调查取证")
			.contains("询问笔录")
			.contains("现场检查笔录")
			.contains("钱七")
			.contains("2026-11-10 10:00")
			.contains("食用油 12桶")
			.contains("待负责人批准")
			.doesNotContain(officers.get(0));
		assertThat(page.select("#preservations form[data-confirm]")).as("the head's approval").hasSize(1);

		// the head approves on the page: the notice's number and the day the decision is
		// due
		String approval = page.selectFirst("#preservations form[data-confirm]").attr("action");
		mvc.perform(post(approval).with(as(HEAD)).with(csrf()).param("approve", "true").param("note", "同意"))
			.andExpect(status().is3xxRedirection());
		String approved = Jsoup
			.parse(mvc.perform(get("/cases/" + c).with(as(OFFICER)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.selectFirst("#preservations")
			.text();
		assertThat(approved).contains("已批准，待处理")
			.contains("保〔")
			.contains(workingDays.plusWorkingDays(TODAY, 7).toString());
	}

}
