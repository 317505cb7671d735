package org.shanzhi.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.shanzhi.shared.PeopleTime;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 回访 of a decided case (Luohe art. 13(8)) and M1 at the prior notice, through the API: a
 * major case decided with a penalty gets one follow-up of the case, listed with its
 * {@code caseId} and recorded with the party's view of the officers; one scheduled by
 * hand by the case's officer or head (other roles 403); the prior notice of a major
 * decision is a notice of the right to mediate about the case.
 */
class CaseFollowUpTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(PeopleTime.ZONE);

	static final String OFFICER = "demo-officer-amr";

	static final String HEAD = "demo-head-amr";

	static final String REVIEWER = "demo-legal-amr";

	static final String LAW = "《中华人民共和国价格法》";

	@Autowired
	JdbcClient jdbc;

	String path(String id, String step) {
		return "/api/v1/enforcement-cases/" + id + (step == null ? "" : "/" + step);
	}

	/** A major case through legal review and collective discussion: INVESTIGATED. */
	String majorCase(String partyName) throws Exception {
		String party = newEnterprise(partyName, "RETAIL");
		String c = openFiledCase(OFFICER, HEAD, Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn",
				TODAY.minusDays(6).toString(), "facts", "商品未明码标价", "origin", "INSPECTION"));
		addInquiry(c, OFFICER);
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("findings", "经现场检查和询问，当事人销售的商品未明码标价，事实清楚。");
		report.put("harm", "MODERATE");
		report.put("corrected", false);
		report.put("commitmentSigned", false);
		report.put("rectificationVerified", false);
		report.put("proposedTreatment", "STANDARD");
		report.put("proposedPenalties", List.of(Map.of("kind", "FINE", "amount", 2000)));
		report.put("major", true);
		call(post(path(c, "investigation")), OFFICER, report).andExpect(jsonPath("$.status").value("AWAITING_REVIEW"));
		call(post(path(c, "review")), REVIEWER, Map.of("approve", true, "note", "同意"))
			.andExpect(jsonPath("$.status").value("AWAITING_DISCUSSION"));
		call(post(path(c, "collective-discussion")), HEAD,
				Map.of("heldAt", OffsetDateTime.now().toString(), "presidedByHead", true, "attendees",
						List.of(Map.of("name", "局长", "position", "局长"), Map.of("name", "副局长", "position", "副局长"),
								Map.of("name", "法制科长", "position", "法制科科长")),
						"opinions", "同意处罚", "conclusion", "PENALTY"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INVESTIGATED"));
		return c;
	}

	JsonNode decide(String c) throws Exception {
		Map<String, Object> decision = new LinkedHashMap<>();
		decision.put("treatment", "STANDARD");
		decision.put("penalties", List.of(Map.of("kind", "FINE", "amount", 2000)));
		decision.put("benchmarkLevel", null);
		decision.put("reasons", "事实清楚，证据确凿，依法决定。");
		decision.put("legalBasis", Map.of("law", LAW, "article", "第四十二条"));
		return body(call(post(path(c, "decision")), HEAD, decision).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED")));
	}

	List<String> followUpsOf(String caseId) {
		return jdbc.sql("select id::text from guidance.follow_up where case_id = cast(:c as uuid) order by created_at")
			.param("c", caseId)
			.query(String.class)
			.list();
	}

	/**
	 * The follow-up as GET /api/v1/follow-ups lists it (due on or before {@code due}).
	 */
	JsonNode listed(String followUpId, LocalDate due) throws Exception {
		for (int page = 0; page < 50; page++) {
			JsonNode answer = body(call(get("/api/v1/follow-ups?due=" + due + "&size=200&page=" + page), OFFICER, null)
				.andExpect(status().isOk()));
			for (JsonNode item : answer.get("items")) {
				if (item.get("id").asString().equals(followUpId)) {
					return item;
				}
			}
			if (answer.get("items").size() < 200) {
				break;
			}
		}
		return null;
	}

	@Test
	void aMajorDecisionSchedulesOneVisitOfTheCaseWhoseResultRecordsThePartysViews() throws Exception {
		String c = majorCase("河洛市案件回访测试商行");
		notifyAndWaive(c, OFFICER, "STANDARD", 2000, LAW, "第四十二条");
		// M1: the prior notice of a major decision told the right to mediate
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					body(call(get("/api/v1/mediation-cases/notices?subjectId=" + c), OFFICER, null)).get("items"))
				.hasSize(1));
		JsonNode notice = body(call(get("/api/v1/mediation-cases/notices?subjectId=" + c), OFFICER, null)).get("items")
			.get(0);
		assertThat(notice.get("context").asString()).isEqualTo("MAJOR_DECISION");
		assertThat(notice.get("channel").asString()).isEqualTo("DOCUMENT");
		assertThat(notice.get("subjectType").asString()).isEqualTo("ENFORCEMENT_CASE");
		assertThat(notice.get("note").asString()).contains("行政处罚事先告知书");

		decide(c);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> followUpsOf(c).size() == 1);
		String followUp = followUpsOf(c).get(0);
		JsonNode item = listed(followUp, TODAY.plusDays(60));
		assertThat(item).isNotNull();
		assertThat(item.get("caseId").asString()).isEqualTo(c);
		assertThat(item.get("actId").isNull()).isTrue();
		assertThat(item.get("reason").asString()).isEqualTo("MAJOR");
		assertThat(item.get("actSubject").asString()).startsWith("回访：案件 ");
		assertThat(item.get("dueOn").asString()).isEqualTo(TODAY.plusDays(30).toString());
		// the visit goes to the account of an officer of the case (its reminder reaches
		// them)
		assertThat(jdbc
			.sql("select count(*) from security.account where id = cast(:o as uuid) and agency_id = "
					+ "(select agency_id from enforcement.enforcement_case where id = cast(:c as uuid))")
			.param("o", item.get("officerId").asString())
			.param("c", c)
			.query(Long.class)
			.single()).isEqualTo(1);
		// an act's follow-up lists no case
		assertThat(jdbc.sql("select count(*) from guidance.follow_up where case_id is null and act_id is null")
			.query(Long.class)
			.single()).isZero();

		Map<String, Object> visit = new LinkedHashMap<>();
		visit.put("conductLawful", true);
		visit.put("conductCivil", false);
		visit.put("satisfaction", 3);
		visit.put("partyViews", "执法程序规范，但态度生硬");
		visit.put("complaint", "执法人员说话不客气");
		call(post("/api/v1/follow-ups/" + followUp + "/result"), REVIEWER, visit).andExpect(status().isForbidden());
		Map<String, Object> incomplete = new LinkedHashMap<>(visit);
		incomplete.remove("satisfaction");
		call(post("/api/v1/follow-ups/" + followUp + "/result"), OFFICER, incomplete)
			.andExpect(status().isBadRequest());
		call(post("/api/v1/follow-ups/" + followUp + "/result"), OFFICER, visit).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.caseId").value(c))
			.andExpect(jsonPath("$.result.conductCivil").value(false))
			.andExpect(jsonPath("$.result.satisfaction").value(3))
			.andExpect(jsonPath("$.result.partyViews").value("执法程序规范，但态度生硬"))
			.andExpect(jsonPath("$.result.complaint").value("执法人员说话不客气"));
		call(post("/api/v1/follow-ups/" + followUp + "/result"), OFFICER, visit).andExpect(status().isConflict());
		// the complaint waits in the head's queue, naming the case
		JsonNode complaints = body(call(get("/api/v1/conduct-complaints?openOnly=true&size=200"), HEAD, null));
		assertThat(complaints.get("items"))
			.anyMatch(x -> x.get("caseId").asString().equals(c) && x.get("summary").asString().contains("执法人员说话不客气"));
		// the visit is audited
		assertThat(jdbc
			.sql("select count(*) from audit.entry where subject_type = 'FOLLOW_UP' and subject_id = :f and action in "
					+ "('CASE_FOLLOW_UP_SCHEDULED', 'CASE_FOLLOW_UP_RECORDED')")
			.param("f", followUp)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aVisitOfACaseIsScheduledByHandByItsOfficerOrTheHead() throws Exception {
		String party = newEnterprise("河洛市手动回访测试商行", "RETAIL");
		String c = openFiledCase(OFFICER, HEAD, Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn",
				TODAY.minusDays(6).toString(), "facts", "商品未明码标价", "origin", "INSPECTION"));
		Map<String, Object> body = Map.of("dueOn", TODAY.plusDays(7).toString());
		call(post(path(c, "follow-ups")), REVIEWER, body).andExpect(status().isForbidden());
		call(post(path(c, "follow-ups")), "demo-mediator", body).andExpect(status().isForbidden());
		call(post(path(c, "follow-ups")), OFFICER, Map.of("dueOn", TODAY.minusDays(1).toString()))
			.andExpect(status().isBadRequest());
		call(post(path(c, "follow-ups")), OFFICER, body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.caseId").value(c))
			.andExpect(jsonPath("$.reason").value("REQUESTED"))
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
		call(post(path(c, "follow-ups")), HEAD, body).andExpect(status().isCreated());
		assertThat(followUpsOf(c)).hasSize(2);
		assertThat(jdbc
			.sql("select count(distinct officer_id) from guidance.follow_up where case_id = cast(:c as uuid) "
					+ "and officer_id = (select id from security.account where username = :u)")
			.param("c", c)
			.param("u", OFFICER)
			.query(Long.class)
			.single()).isEqualTo(1);
		JsonNode item = listed(followUpsOf(c).get(0), TODAY.plusDays(7));
		assertThat(item).isNotNull();
		assertThat(item.get("caseId").asString()).isEqualTo(c);
		// the visit is recorded with the flat fields of the party's view
		call(post("/api/v1/follow-ups/" + followUpsOf(c).get(0) + "/result"), OFFICER,
				Map.of("conductLawful", true, "conductCivil", true, "satisfaction", 5, "partyViews", "满意"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.result.favourRequested").value(false));
	}

	@Test
	void theListPageLinksACasesVisitToTheCaseAndItsFormRecordsIt() throws Exception {
		String name = "河洛市回访页面测试商行";
		String party = newEnterprise(name, "RETAIL");
		String c = openFiledCase(OFFICER, HEAD, Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn",
				TODAY.minusDays(6).toString(), "facts", "商品未明码标价", "origin", "INSPECTION"));
		String followUp = body(call(post(path(c, "follow-ups")), OFFICER, Map.of("dueOn", TODAY.toString()))
			.andExpect(status().isCreated())).get("id").asString();
		String list = mvc.perform(get("/guidance/follow-ups").param("q", name).with(as(OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(list).select("td.case-follow-up a").eachAttr("href"))
			.containsExactly("/cases/" + c);
		String form = mvc.perform(get("/guidance/follow-ups/" + followUp).with(as(OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("/cases/" + c);
		mvc.perform(post("/guidance/follow-ups/" + followUp).with(as(OFFICER))
			.with(csrf())
			.param("channel", "IN_PERSON")
			.param("visitedOn", TODAY.toString())
			.param("conductLawful", "true")
			.param("conductCivil", "true")
			.param("satisfaction", "4")
			.param("complaint", "等候时间过长")
			.param("complaintAgainst",
					jdbc.sql("select id::text from security.account where username = :u")
						.param("u", OFFICER)
						.query(String.class)
						.single()))
			.andExpect(status().is3xxRedirection());
		call(get("/api/v1/follow-ups/" + followUp), OFFICER, null).andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.result.complaint").value("等候时间过长"));
		assertThat(mvc.perform(get("/guidance/complaints").with(as(HEAD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/cases/" + c);
	}

}
