package org.shanzhi.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Guidance through the API on PostgreSQL: the forms and their fields, the refusals named
 * by their rule with nothing saved, the party's response, the rectification outcome and
 * its escalation to a case (linked both ways), follow-up visits and conduct complaints,
 * search, the document as PDF, and agency isolation.
 */
class GuidanceApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	static int counter = 300;

	@Autowired
	JdbcClient jdbc;

	String newEnterprise() throws Exception {
		return newEnterprise("指导测试餐饮店", "CATERING");
	}

	static Map<String, Object> interview(String party, LocalDate deadline) {
		Map<String, Object> b = new LinkedHashMap<>();
		b.put("partyId", party);
		b.put("form", "INTERVIEW");
		b.put("documentForm", "WRITTEN");
		b.put("channel", "IN_PERSON");
		b.put("subject", "后厨卫生约谈");
		b.put("content", "检查发现后厨油污积存、生熟食品混放，约谈负责人，讲解食品安全法规定。");
		b.put("legalBasis", List.of(Map.of("law", "《中华人民共和国食品安全法》", "article", "第三十三条")));
		b.put("details", Map.of("attendees", "店长王某、厨师长李某", "problems", "生熟混放、油污积存", "provisions", "食品安全法第三十三条",
				"requirements", "十日内完成清洁并分区存放"));
		if (deadline != null) {
			b.put("rectification", Map.of("requirement", "清洁后厨并生熟分区存放", "deadline", deadline.toString(),
					"violationCode", "FOOD-LABEL"));
		}
		return b;
	}

	long acts() {
		return jdbc.sql("select count(*) from guidance.guidance_act").query(Long.class).single();
	}

	@Test
	void aWrittenInterviewGetsADocumentNumberAndStartsAwaitingTheResponse() throws Exception {
		String party = newEnterprise();
		JsonNode act = body(call(post("/api/v1/guidance"), "demo-officer-amr", interview(party, TODAY.plusDays(20)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.form").value("INTERVIEW"))
			.andExpect(jsonPath("$.principles.length()").value(5)));
		assertThat(act.get("documentNumber").asString()).matches("河市监指〔" + TODAY.getYear() + "〕\\d{4}号");
		assertThat(act.get("rectification").get("deadline").asString()).isNotBlank();
		call(get("/api/v1/guidance/" + act.get("id").asString()), "demo-officer-amr", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.details.attendees").value("店长王某、厨师长李某"));
	}

	@Test
	void anActAboutACaseGivesTheCaseItsFirstGuidanceDayForTheAssessment() throws Exception {
		String party = newEnterprise();
		String kase = body(call(post("/api/v1/enforcement-cases"), "demo-officer-amr",
				withOfficers("demo-officer-amr",
						Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn",
								TODAY.minusDays(2).toString(), "facts", "明码标价不规范", "origin", "EX_OFFICIO")))
			.andExpect(status().isCreated())).get("id").asString();
		assertThat(firstGuided(kase)).isNull();
		Map<String, Object> about = interview(party, null);
		about.put("caseId", kase);
		call(post("/api/v1/guidance"), "demo-officer-amr", about).andExpect(status().isCreated());
		assertThat(firstGuided(kase)).isEqualTo(TODAY);

		// the case keeps the earliest day: an act imported with an earlier day replaces
		// it, a later one does not
		java.util.UUID id = java.util.UUID.fromString(kase);
		publish(new org.shanzhi.enforcement.CaseGuided(id, java.util.UUID.randomUUID(), TODAY.minusDays(5)));
		assertThat(firstGuided(kase)).isEqualTo(TODAY.minusDays(5));
		publish(new org.shanzhi.enforcement.CaseGuided(id, java.util.UUID.randomUUID(), TODAY.minusDays(1)));
		assertThat(firstGuided(kase)).isEqualTo(TODAY.minusDays(5));
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	void publish(Object event) {
		transactions.executeWithoutResult(t -> events.publishEvent(event));
	}

	LocalDate firstGuided(String kase) {
		return jdbc.sql("select first_guided_on from enforcement.enforcement_case where id = cast(:id as uuid)")
			.param("id", kase)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class)))
			.single()
			.orElse(null);
	}

	@Test
	void refusedActsNameTheirRuleAndSaveNothing() throws Exception {
		String party = newEnterprise();
		long before = acts();
		Map<String, Object> noBasis = interview(party, null);
		noBasis.put("legalBasis", List.of());
		call(post("/api/v1/guidance"), "demo-officer-amr", noBasis).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("written-guidance-needs-legal-basis"));

		Map<String, Object> followUp = new LinkedHashMap<>(interview(party, null));
		followUp.put("form", "FOLLOW_UP");
		followUp.put("documentForm", "SIMPLE");
		followUp.remove("details");
		call(post("/api/v1/guidance"), "demo-officer-amr", followUp).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("follow-up-needs-subject-act"));

		call(post("/api/v1/guidance"), "demo-officer-amr", interview(party, TODAY.minusDays(3)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("deadline-in-past"));

		Map<String, Object> missing = interview(party, null);
		missing.put("details", Map.of("problems", "生熟混放"));
		call(post("/api/v1/guidance"), "demo-officer-amr", missing).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("details.attendees"));

		Map<String, Object> notLawful = interview(party, null);
		notLawful.put("principles", List.of("VOLUNTARY"));
		call(post("/api/v1/guidance"), "demo-officer-amr", notLawful).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("guidance-must-be-lawful"));

		Map<String, Object> unknownForm = interview(party, null);
		unknownForm.put("form", "TELEPATHY");
		call(post("/api/v1/guidance"), "demo-officer-amr", unknownForm).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("form"));

		call(post("/api/v1/guidance"), "demo-officer-amr", "{\"partyId\": 12").andExpect(status().isBadRequest());
		assertThat(acts()).isEqualTo(before);
	}

	@Test
	void thePartyRespondsOnceAndOnlyTheActsPartyMayRespond() throws Exception {
		String party = newEnterprise();
		String other = newEnterprise();
		String id = body(call(post("/api/v1/guidance"), "demo-officer-amr", interview(party, null))).get("id")
			.asString();
		call(post("/api/v1/guidance/" + id + "/response"), "demo-officer-amr",
				Map.of("accepted", false, "note", "不同意", "partyId", other))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("respondent-not-party"));
		call(post("/api/v1/guidance/" + id + "/response"), "demo-officer-amr",
				Map.of("accepted", false, "note", "当事人认为已符合要求，不接受建议", "partyId", party))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"))
			.andExpect(jsonPath("$.response.accepted").value(false));
		call(post("/api/v1/guidance/" + id + "/response"), "demo-officer-amr", Map.of("accepted", true))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("guidance-response-recorded"));
	}

	@Test
	void notCorrectedAfterTheDeadlineOpensACaseAndBothNameEachOther() throws Exception {
		String party = newEnterprise();
		String id = body(call(post("/api/v1/guidance"), "demo-officer-amr", interview(party, TODAY.plusDays(10))))
			.get("id")
			.asString();
		call(post("/api/v1/guidance/" + id + "/rectification-outcome"), "demo-officer-amr", Map.of("corrected", false))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("not-corrected-before-deadline"));
		// the deadline passes
		jdbc.sql("update guidance.guidance_act set issued_on = :issued, rect_deadline = :deadline where id = :id")
			.param("issued", TODAY.minusDays(20))
			.param("deadline", TODAY.minusDays(1))
			.param("id", UUID.fromString(id))
			.update();
		JsonNode done = body(call(post("/api/v1/guidance/" + id + "/rectification-outcome"), "demo-officer-amr",
				Map.of("corrected", false, "note", "复查发现仍生熟混放"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOT_CORRECTED")));
		String caseId = done.get("escalatedCaseId").asString();
		call(get("/api/v1/enforcement-cases/" + caseId), "demo-officer-amr", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.origin").value("GUIDANCE"))
			.andExpect(jsonPath("$.originId").value(id))
			.andExpect(jsonPath("$.partyId").value(party))
			.andExpect(jsonPath("$.violationCode").value("FOOD-LABEL"))
			.andExpect(jsonPath("$.status").value("REGISTERED"))
			.andExpect(jsonPath("$.officers[0].officerId").value(officerIds("demo-officer-amr").get(0)))
			.andExpect(jsonPath("$.nextSteps[0]").value("filing"));
		// the escalated case arrives registered (API.md): the head files it
		file(caseId, "demo-head-amr");
		call(post("/api/v1/guidance/" + id + "/rectification-outcome"), "demo-officer-amr", Map.of("corrected", true))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("rectification-outcome-recorded"));
	}

	@Test
	void anUnknownViolationCodeRefusesTheEscalationAndLeavesTheActOpen() throws Exception {
		String party = newEnterprise();
		Map<String, Object> b = interview(party, null);
		b.put("rectification", Map.of("requirement", "整改", "deadline", TODAY.plusDays(5).toString()));
		String id = body(call(post("/api/v1/guidance"), "demo-officer-amr", b)).get("id").asString();
		jdbc.sql("update guidance.guidance_act set issued_on = :issued, rect_deadline = :deadline where id = :id")
			.param("issued", TODAY.minusDays(20))
			.param("deadline", TODAY.minusDays(1))
			.param("id", UUID.fromString(id))
			.update();
		call(post("/api/v1/guidance/" + id + "/rectification-outcome"), "demo-officer-amr", Map.of("corrected", false))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("escalation-needs-violation-code"));
		call(post("/api/v1/guidance/" + id + "/rectification-outcome"), "demo-officer-amr",
				Map.of("corrected", false, "violationCode", "NO-SUCH"))
			.andExpect(status().isBadRequest());
		call(get("/api/v1/guidance/" + id), "demo-officer-amr", null).andExpect(jsonPath("$.status").value("ISSUED"));
	}

	@Test
	void anotherAgencysActIsNotFoundAndOnlyReadersSeeActs() throws Exception {
		String party = newEnterprise();
		String id = body(call(post("/api/v1/guidance"), "demo-officer-amr", interview(party, null))).get("id")
			.asString();
		call(get("/api/v1/guidance/" + id), "demo-officer-eco", null).andExpect(status().isNotFound());
		call(post("/api/v1/guidance/" + id + "/response"), "demo-officer-eco", Map.of("accepted", true))
			.andExpect(status().isNotFound());
		call(get("/api/v1/guidance/" + id), "demo-supervisor", null).andExpect(status().isOk());
		call(post("/api/v1/guidance"), "demo-supervisor", interview(party, null)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/guidance/" + id)).andExpect(status().isUnauthorized());
	}

	@Test
	void theDocumentOfAWrittenActIsAPdfWithTheChineseTitleAndNumber() throws Exception {
		String party = newEnterprise();
		JsonNode act = body(call(post("/api/v1/guidance"), "demo-officer-amr", interview(party, TODAY.plusDays(15))));
		byte[] pdf = call(get("/api/v1/guidance/" + act.get("id").asString() + "/document.pdf"), "demo-officer-amr",
				null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("行政指导书")
				.contains(act.get("documentNumber").asString())
				.contains("河洛市市场监督管理局")
				.contains("生熟混放")
				.contains("不具有强制力");
		}
	}

	@Test
	void searchFindsActsByChineseWordsAndFilters() throws Exception {
		String party = newEnterprise();
		Map<String, Object> b = interview(party, null);
		b.put("subject", "燃气报警器安装提示");
		b.put("form", "REMIND");
		b.put("documentForm", "SIMPLE");
		b.put("channel", "WECHAT");
		b.put("details", Map.of("item", "燃气报警器须与燃气管道同步安装并定期检测"));
		String id = body(call(post("/api/v1/guidance"), "demo-officer-amr", b).andExpect(status().isCreated()))
			.get("id")
			.asString();
		call(get("/api/v1/guidance").param("q", "报警器"), "demo-officer-amr", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
		call(get("/api/v1/guidance").param("q", "报警器").param("form", "INTERVIEW"), "demo-officer-amr", null)
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
		call(get("/api/v1/guidance").param("q", "报警器"), "demo-officer-eco", null)
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
		call(get("/api/v1/guidance").param("partyId", party).param("status", "ISSUED"), "demo-officer-amr", null)
			.andExpect(jsonPath("$.total").value(1));
		call(get("/api/v1/guidance/statistics"), "demo-officer-amr", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.byForm").isArray());
		call(get("/api/v1/guidance").param("size", "500"), "demo-officer-amr", null).andExpect(status().isBadRequest());
		// a list held in memory answers the same page wrapper, checked the same way
		call(get("/api/v1/follow-ups").param("page", "1000").param("size", "200"), "demo-officer-amr", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.page").value(1000))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.total").isNumber());
		call(get("/api/v1/follow-ups").param("size", "201"), "demo-officer-amr", null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		call(get("/api/v1/follow-ups").param("page", "-1"), "demo-officer-amr", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void aMajorActGetsAFollowUpVisitWhoseComplaintReachesTheHead() throws Exception {
		String party = newEnterprise();
		Map<String, Object> b = interview(party, null);
		b.put("major", true);
		String id = body(call(post("/api/v1/guidance"), "demo-officer-amr", b)).get("id").asString();
		JsonNode followUps = body(call(get("/api/v1/guidance/" + id + "/follow-ups"), "demo-officer-amr", null))
			.get("items");
		assertThat(followUps.size()).isEqualTo(1);
		assertThat(followUps.get(0).get("reason").asString()).isEqualTo("MAJOR");
		String followUpId = followUps.get(0).get("id").asString();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("conductLawful", true);
		result.put("conductCivil", false);
		result.put("favourRequested", false);
		result.put("satisfaction", 2);
		result.put("complaint", "执法人员态度生硬");
		Map<String, Object> incomplete = new LinkedHashMap<>(result);
		incomplete.remove("satisfaction");
		call(post("/api/v1/follow-ups/" + followUpId + "/result"), "demo-officer-amr", incomplete)
			.andExpect(status().isBadRequest());
		// the result flat in the body (or nested under "result", as below)
		JsonNode visit = body(call(post("/api/v1/follow-ups/" + followUpId + "/result"), "demo-officer-amr", result)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.form").value("FOLLOW_UP"))
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.followUpOf").value(id)));
		call(post("/api/v1/follow-ups/" + followUpId + "/result"), "demo-officer-amr",
				Map.of("channel", "IN_PERSON", "result", result))
			.andExpect(status().isConflict());
		JsonNode queue = body(call(get("/api/v1/conduct-complaints").param("size", "200"), "demo-head-amr", null)
			.andExpect(status().isOk())).get("items");
		String complaint = null;
		for (JsonNode c : queue) {
			if (c.get("followUpActId").asString().equals(visit.get("id").asString())) {
				complaint = c.get("id").asString();
				assertThat(c.get("summary").asString()).contains("态度生硬").contains("不文明");
			}
		}
		assertThat(complaint).isNotNull();
		call(get("/api/v1/conduct-complaints"), "demo-officer-amr", null).andExpect(status().isForbidden());
		call(post("/api/v1/conduct-complaints/" + complaint + "/handling"), "demo-head-amr",
				Map.of("note", "已约谈执法人员，向当事人致歉"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDLED"));
	}

	@Test
	void anAgencyDefinesItsOwnFormAndActsUseItsFields() throws Exception {
		String code = "NOTICE_" + (counter++);
		call(post("/api/v1/guidance/forms"), "demo-head-amr",
				Map.of("code", code, "name", "告知承诺", "fields",
						List.of(Map.of("key", "commitment", "label", "承诺事项", "required", true))))
			.andExpect(status().isCreated());
		call(post("/api/v1/guidance/forms"), "demo-head-amr",
				Map.of("code", "GUIDE", "name", "引导", "fields", List.of(Map.of("key", "x", "label", "x"))))
			.andExpect(status().isUnprocessableContent());
		String party = newEnterprise();
		Map<String, Object> b = interview(party, null);
		b.put("form", code);
		b.put("details", Map.of("commitment", "承诺三日内补办健康证"));
		call(post("/api/v1/guidance"), "demo-officer-amr", b).andExpect(status().isCreated())
			.andExpect(jsonPath("$.form").value(code));
		call(post("/api/v1/guidance"), "demo-officer-eco", b).andExpect(status().isBadRequest());
	}

	@Autowired
	org.shanzhi.guidance.internal.GuidanceReminders reminders;

	@Autowired
	org.shanzhi.calendar.WorkingDays workingDays;

	@Test
	void aRectificationIsRemindedOnTheSchedulerUntilItsOutcomeIsKnown() throws Exception {
		String party = newEnterprise();
		LocalDate deadline = workingDays.plusWorkingDays(TODAY, 15);
		Map<String, Object> b = interview(party, deadline);
		b.put("subject", "提醒测试约谈" + counter++);
		String id = body(call(post("/api/v1/guidance"), "demo-officer-amr", b).andExpect(status().isCreated()))
			.get("id")
			.asString();
		java.time.OffsetDateTime at = jdbc.sql(
				"select execution_time from scheduler.scheduled_tasks where task_name = 'guidance-reminder' and task_instance = :i")
			.param("i", "R:" + id)
			.query(java.time.OffsetDateTime.class)
			.single();
		LocalDate remindOn = at.atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE).toLocalDate();
		assertThat(at.atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE).getHour()).isEqualTo(9);
		assertThat(workingDays.isWorkingDay(remindOn)).isTrue();
		assertThat(workingDays.plusWorkingDays(remindOn, 2)).isEqualTo(deadline);
		// the task runs: one reminder on the officer's dashboard, not two
		assertThat(reminders.remind("R:" + id)).isTrue();
		assertThat(reminders.remind("R:" + id)).isFalse();
		mvc.perform(get("/guidance/sections/dashboard").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString((String) b.get("subject"))));
		// once corrected, a late run reminds nobody
		String other = body(call(post("/api/v1/guidance"), "demo-officer-amr", interview(party, deadline))).get("id")
			.asString();
		call(post("/api/v1/guidance/" + other + "/rectification-outcome"), "demo-officer-amr",
				Map.of("corrected", true, "note", "已整改"))
			.andExpect(status().isOk());
		assertThat(reminders.remind("R:" + other)).isFalse();
		// a refused act leaves no task behind
		long tasks = jdbc.sql("select count(*) from scheduler.scheduled_tasks").query(Long.class).single();
		Map<String, Object> refused = interview(party, deadline);
		refused.put("legalBasis", List.of());
		call(post("/api/v1/guidance"), "demo-officer-amr", refused).andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select count(*) from scheduler.scheduled_tasks").query(Long.class).single())
			.isEqualTo(tasks);
	}

}
