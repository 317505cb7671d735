package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shanzhi.shared.CreditCodes;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Enforcement and leniency through the API on PostgreSQL with the demo city's catalogues
 * and lists: assessments against the version in force, the case's course, the 409/422
 * answers, coercive measures and agency isolation.
 */
class EnforcementApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	static int counter = 100;

	@Autowired
	JdbcClient jdbc;

	/** A new enterprise with a valid credit code, so that its history starts empty. */
	String newEnterprise() throws Exception {
		String orgCode8;
		synchronized (EnforcementApiTests.class) {
			orgCode8 = String.format("7%07d", counter++);
		}
		String first17 = "91419900" + orgCode8 + CreditCodes.organisationCodeCheck(orgCode8);
		String code = first17 + CreditCodes.checkCharacter(first17);
		Map<String, Object> body = Map.of("kind", "ORGANIZATION", "name", "测试食品店" + orgCode8, "creditCode", code,
				"category", "RETAIL", "address", "河洛市测试路" + counter + "号");
		return body(call(post("/api/v1/parties"), "demo-officer-amr", body).andExpect(status().isCreated())).get("id")
			.asString();
	}

	String openCase(String party, String code, LocalDate occurred) throws Exception {
		Map<String, Object> body = Map.of("partyId", party, "violationCode", code, "occurredOn", occurred.toString(),
				"facts", "检查发现" + code, "origin", "EX_OFFICIO");
		String id = openFiledCase("demo-officer-amr", "demo-head-amr", body);
		call(get("/api/v1/enforcement-cases/" + id), "demo-officer-amr", null)
			.andExpect(jsonPath("$.status").value("OPEN"));
		return id;
	}

	void investigate(String caseId, String harm, LocalDate correctedOn) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("findings", "事实清楚");
		body.put("harm", harm);
		body.put("corrected", correctedOn != null);
		body.put("correctedOn", correctedOn == null ? null : correctedOn.toString());
		body.put("commitmentSigned", false);
		body.put("rectificationVerified", false);
		addInquiry(caseId, "demo-officer-amr");
		call(post("/api/v1/enforcement-cases/" + caseId + "/investigation"), "demo-officer-amr", body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INVESTIGATED"));
	}

	Map<String, Object> decision(String treatment, Integer amount, String departure) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("treatment", treatment);
		body.put("amount", amount);
		body.put("reasons", "依法决定");
		body.put("legalBasis", Map.of("law", "《中华人民共和国食品安全法》", "article", "第一百二十五条第二款"));
		body.put("departureReason", departure);
		return body;
	}

	/**
	 * An established FOOD-LABEL violation of the party on the given day, decided and
	 * closed.
	 */
	void establishedViolation(String party, LocalDate occurred) throws Exception {
		String c = openCase(party, "FOOD-LABEL", occurred);
		investigate(c, "MINOR", null);
		String proposed = body(call(get("/api/v1/enforcement-cases/" + c + "/proposal"), "demo-officer-amr", null))
			.get("treatment")
			.asString();
		if (!proposed.equals("NO_PENALTY")) {
			notifyAndWaive(c, "demo-officer-amr", proposed, 800, "《中华人民共和国食品安全法》", "第一百二十五条第二款");
		}
		call(post("/api/v1/enforcement-cases/" + c + "/decision"), "demo-head-amr",
				decision(proposed, proposed.equals("NO_PENALTY") ? null : 800, null))
			.andExpect(status().isOk());
		deliver(c, "demo-officer-amr", proposed.equals("NO_PENALTY") ? "no-penalty-decision" : "decision");
	}

	JsonNode assess(String party, String code, LocalDate occurred, LocalDate correctedOn) throws Exception {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("harm", "NONE");
		facts.put("corrected", true);
		facts.put("correctedOn", correctedOn.toString());
		return body(call(post("/api/v1/leniency/assessments"), "demo-officer-amr",
				Map.of("partyId", party, "violationCode", code, "occurredOn", occurred.toString(), "facts", facts))
			.andExpect(status().isOk()));
	}

	/** The effective date of the market bureau's second no-penalty list (demo data). */
	LocalDate secondVersionStart() throws Exception {
		for (JsonNode list : body(call(get("/api/v1/leniency-lists").param("size", "200"), "demo-head-amr", null))
			.get("items")) {
			if (list.get("kind").asString().equals("NO_PENALTY") && list.get("versionNo").asInt() == 2) {
				return LocalDate.parse(list.get("effectiveFrom").asString());
			}
		}
		throw new AssertionError("demo list v2 missing");
	}

	@Test
	void aFirstHarmlessPromptlyCorrectedLabellingViolationIsNotPunished() throws Exception {
		String party = newEnterprise();
		LocalDate occurred = TODAY.minusDays(10);
		JsonNode outcome = assess(party, "FOOD-LABEL", occurred, occurred.plusDays(3));
		assertThat(outcome.get("treatment").asString()).isEqualTo("NO_PENALTY");
		assertThat(outcome.get("listVersion").asString()).isNotBlank();
		assertThat(outcome.get("listEntryId").isNull()).isFalse();
		assertThat(outcome.get("reasons").toString()).contains("首次违法");
	}

	@Test
	void theAssessmentUsesTheListVersionInForceOnTheDayOfTheAct() throws Exception {
		LocalDate v2 = secondVersionStart();
		String party = newEnterprise();
		establishedViolation(party, v2.minusMonths(18));
		// the day before v2: v1 looks back 24 months and finds the earlier violation
		JsonNode before = assess(party, "FOOD-LABEL", v2.minusDays(1), v2.plusDays(2));
		assertThat(before.get("treatment").asString()).isEqualTo("STANDARD");
		assertThat(before.get("reasons").toString()).contains("非首次违法");
		// from v2's first day: v2 looks back 12 months only
		JsonNode after = assess(party, "FOOD-LABEL", v2, v2.plusDays(2));
		assertThat(after.get("treatment").asString()).isEqualTo("NO_PENALTY");
		assertThat(after.get("listVersion").asString()).isEqualTo("v2");
	}

	@Test
	void refusesUnknownCodesAndFutureDatesNamingTheRule() throws Exception {
		String party = newEnterprise();
		Map<String, Object> facts = Map.of("harm", "NONE");
		call(post("/api/v1/leniency/assessments"), "demo-officer-amr",
				Map.of("partyId", party, "violationCode", "NO-SUCH", "occurredOn", TODAY.toString(), "facts", facts))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("unknown-violation-code"));
		call(post("/api/v1/leniency/assessments"), "demo-officer-amr",
				Map.of("partyId", party, "violationCode", "FOOD-LABEL", "occurredOn", TODAY.plusDays(1).toString(),
						"facts", facts))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
		call(post("/api/v1/leniency/assessments"), "demo-officer-amr",
				Map.of("partyId", "00000000-0000-4000-8000-000000000099", "violationCode", "FOOD-LABEL", "occurredOn",
						TODAY.toString(), "facts", facts))
			.andExpect(status().isNotFound());
		call(post("/api/v1/enforcement-cases"), "demo-officer-amr", Map.of("partyId", party, "violationCode", "NO-SUCH",
				"occurredOn", TODAY.toString(), "facts", "x", "origin", "EX_OFFICIO"))
			.andExpect(status().isUnprocessableContent());
		call(post("/api/v1/enforcement-cases"), "demo-officer-amr", "{\"partyId\": 5}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void aCaseFollowsItsCourseAndRefusesTransitionsOutOfTurn() throws Exception {
		String party = newEnterprise();
		String c = openCase(party, "PRICE-TAG", TODAY.minusDays(5));
		call(post("/api/v1/enforcement-cases/" + c + "/decision"), "demo-head-amr", decision("STANDARD", 2000, null))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("case-transition-not-allowed"));
		investigate(c, "MODERATE", null);
		call(post("/api/v1/enforcement-cases/" + c + "/decision"), "demo-head-amr", decision("STANDARD", 2000, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("prior-notice-required"));
		notifyAndWaive(c, "demo-officer-amr", "STANDARD", 9000, "《中华人民共和国价格法》", "第四十二条");
		call(post("/api/v1/enforcement-cases/" + c + "/decision"), "demo-officer-amr", decision("STANDARD", 2000, null))
			.andExpect(status().isForbidden());
		call(post("/api/v1/enforcement-cases/" + c + "/decision"), "demo-head-amr", decision("STANDARD", 9000, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("amount-outside-range"));
		call(post("/api/v1/enforcement-cases/" + c + "/decision"), "demo-head-amr", decision("STANDARD", 2000, null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.proposal.treatment").value("STANDARD"));
		call(post("/api/v1/enforcement-cases/" + c + "/investigation"), "demo-officer-amr",
				Map.of("findings", "x", "harm", "NONE", "corrected", false))
			.andExpect(status().isConflict());
	}

	@Test
	void aDepartureFromTheProposalWaitsForTheLegalReviewer() throws Exception {
		String party = newEnterprise();
		LocalDate occurred = TODAY.minusDays(10);
		String c = openCase(party, "FOOD-LABEL", occurred);
		investigate(c, "NONE", occurred.plusDays(2));
		notifyAndWaive(c, "demo-officer-amr", "STANDARD", 500, "《中华人民共和国食品安全法》", "第一百二十五条第二款");
		call(post("/api/v1/enforcement-cases/" + c + "/decision"), "demo-head-amr", decision("STANDARD", 500, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("departure-needs-reason"));
		call(post("/api/v1/enforcement-cases/" + c + "/decision"), "demo-head-amr",
				decision("STANDARD", 500, "标签瑕疵涉及过敏原提示，可能误导消费者"))
			.andExpect(jsonPath("$.status").value("AWAITING_REVIEW"))
			.andExpect(jsonPath("$.proposal.treatment").value("NO_PENALTY"));
		call(post("/api/v1/enforcement-cases/" + c + "/review"), "demo-officer-amr", Map.of("approve", true))
			.andExpect(status().isForbidden());
		call(post("/api/v1/enforcement-cases/" + c + "/review"), "demo-legal-amr",
				Map.of("approve", true, "note", "同意"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.decision.review").value("APPROVED"));
	}

	@Test
	void anotherAgencysCaseIsNotFound() throws Exception {
		String c = openCase(newEnterprise(), "PRICE-TAG", TODAY.minusDays(3));
		call(get("/api/v1/enforcement-cases/" + c), "demo-officer-eco", null).andExpect(status().isNotFound());
		call(get("/api/v1/enforcement-cases/" + c), "demo-supervisor", null).andExpect(status().isOk());
		call(get("/api/v1/enforcement-cases/" + c), "demo-public", null).andExpect(status().isForbidden());
	}

	@Test
	void coerciveMeasuresNeedTheirReasonAndRespectNightsAndHolidays() throws Exception {
		String c = openCase(newEnterprise(), "EXPIRED-FOOD", TODAY.minusDays(3));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("caseId", c);
		body.put("kind", "SEAL_UP");
		body.put("scheduledAt", "2026-11-24T10:00:00+08:00");
		body.put("scope", "过期食品所在库房");
		call(post("/api/v1/coercive-measures"), "demo-officer-amr", body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("coercive-needs-reason"));
		body.put("whyNonCoerciveInsufficient", "当事人拒绝下架，存在继续销售风险");
		body.put("scheduledAt", "2026-11-24T23:30:00+08:00");
		call(post("/api/v1/coercive-measures"), "demo-officer-amr", body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("prohibited-period-night"));
		body.put("scheduledAt", "2026-10-02T10:00:00+08:00");
		call(post("/api/v1/coercive-measures"), "demo-officer-amr", body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("prohibited-period-holiday"));
		body.put("urgent", true);
		call(post("/api/v1/coercive-measures"), "demo-officer-amr", body).andExpect(status().isUnprocessableContent());
		body.put("urgency", "过期食品正被转移销售");
		String id = body(
				call(post("/api/v1/coercive-measures"), "demo-officer-amr", body).andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("PENDING_APPROVAL")))
			.get("id")
			.asString();
		call(post("/api/v1/coercive-measures/" + id + "/approval"), "demo-officer-amr", Map.of("approve", true))
			.andExpect(status().isForbidden());
		call(post("/api/v1/coercive-measures/" + id + "/approval"), "demo-head-amr", Map.of("approve", true))
			.andExpect(jsonPath("$.status").value("APPROVED"));
		body.put("urgent", false);
		body.put("scheduledAt", "2026-11-24T10:00:00+08:00");
		call(post("/api/v1/coercive-measures"), "demo-officer-amr", body).andExpect(status().isCreated());
	}

	@Test
	void listVersionsMayNotOverlapAndAStaleDraftEditIsRefused() throws Exception {
		Map<String, Object> entry = Map.of("violationCode", "LICENSE-DISPLAY", "legalBasis",
				Map.of("law", "《中华人民共和国行政处罚法》", "article", "第三十三条第一款"), "conditions",
				Map.of("firstOffenceMonths", 24, "maxHarm", "NONE"), "treatment", "NO_PENALTY");
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("kind", "NO_PENALTY");
		draft.put("title", "测试草稿");
		draft.put("entries", List.of(entry));
		JsonNode created = body(
				call(post("/api/v1/leniency-lists"), "demo-legal-amr", draft).andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("DRAFT")));
		String id = created.get("id").asString();
		long version = created.get("version").asLong();
		call(post("/api/v1/leniency-lists"), "demo-legal-amr", draft).andExpect(status().isConflict());
		Map<String, Object> edit = Map.of("version", version, "title", "测试草稿（修改）", "entries", List.of(entry, entry));
		call(put("/api/v1/leniency-lists/" + id), "demo-legal-amr", edit).andExpect(status().isOk());
		call(put("/api/v1/leniency-lists/" + id), "demo-head-amr", edit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		assertThat(body(call(get("/api/v1/leniency-lists/" + id), "demo-head-amr", null)).get("title").asString())
			.isEqualTo("测试草稿（修改）");
		call(post("/api/v1/leniency-lists/" + id + "/publish"), "demo-legal-amr",
				Map.of("effectiveFrom", secondVersionStart().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("list-version-overlap"));
		call(post("/api/v1/leniency-lists/" + id + "/publish"), "demo-legal-amr",
				Map.of("effectiveFrom", TODAY.plusYears(5).toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		call(put("/api/v1/leniency-lists/" + id), "demo-legal-amr", edit).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/public/leniency-lists")).andExpect(status().isOk());
	}

	@Test
	void theHolidayCalendarIsPublicKnowledgeForStaff() throws Exception {
		call(get("/api/v1/calendar/holidays?year=2026"), "demo-officer-amr", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].date").value("2026-01-01"));
		JsonNode days = body(
				call(get("/api/v1/calendar/working-days?from=2026-09-30&plus=1"), "demo-officer-amr", null));
		assertThat(days.get("endsOn").asString()).isEqualTo("2026-10-08");
		call(put("/api/v1/calendar/days/2026-11-25"), "demo-officer-amr", Map.of("kind", "HOLIDAY", "name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theConsistencyViewIsForSupervisorsAndHeads() throws Exception {
		JsonNode report = body(
				call(get("/api/v1/enforcement/consistency"), "demo-supervisor", null).andExpect(status().isOk()));
		assertThat(report.get("rows").size()).isPositive();
		call(get("/api/v1/enforcement/consistency"), "demo-officer-amr", null).andExpect(status().isForbidden());
	}

}
