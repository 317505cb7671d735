package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.shanzhi.shared.PeopleTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The ordinary procedure through the API (API.md, "Penalty procedure"): a case with a
 * hearing from registration to the delivered decision, each step refused out of turn, by
 * the wrong role or against its rule; a case not established decided without notice; a
 * transfer closed; every step's document numbered per agency, year and kind.
 */
class OrdinaryProcedureApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(PeopleTime.ZONE);

	static final String OFFICER = "demo-officer-amr";

	static final String HEAD = "demo-head-amr";

	static final String REVIEWER = "demo-legal-amr";

	static final Map<String, Object> BASIS = Map.of("law", "《中华人民共和国价格法》", "article", "第四十二条");

	@Autowired
	JdbcClient jdbc;

	String path(String id, String step) {
		return "/api/v1/enforcement-cases/" + id + (step == null ? "" : "/" + step);
	}

	String openCase(String partyName) throws Exception {
		String party = newEnterprise(partyName, "RETAIL");
		String c = openFiledCase(OFFICER, HEAD, Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn",
				TODAY.minusDays(6).toString(), "facts", "商品未明码标价", "origin", "INSPECTION"));
		addInquiry(c, OFFICER);
		return c;
	}

	Map<String, Object> report(List<Map<String, Object>> penalties) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("findings", "经现场检查和询问，当事人销售的商品未明码标价，事实清楚。");
		body.put("harm", "MODERATE");
		body.put("corrected", false);
		body.put("commitmentSigned", false);
		body.put("rectificationVerified", false);
		body.put("proposedTreatment", "STANDARD");
		body.put("proposedPenalties", penalties);
		return body;
	}

	static final List<Map<String, Object>> PENALTIES = List.of(Map.of("kind", "FINE", "amount", 3000),
			Map.of("kind", "SUSPEND_OPERATIONS", "from", TODAY.plusDays(30).toString(), "until",
					TODAY.plusDays(44).toString(), "scope", "停业整顿"));

	Map<String, Object> notice(boolean hearingRight, List<Map<String, Object>> penalties) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("treatment", "STANDARD");
		body.put("penalties", penalties);
		body.put("facts", "当事人销售的商品未明码标价。");
		body.put("reasons", "违反《中华人民共和国价格法》第十三条。");
		body.put("legalBasis", List.of(BASIS));
		body.put("hearingRight", hearingRight);
		return body;
	}

	Map<String, Object> decision(List<Map<String, Object>> penalties) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("treatment", "STANDARD");
		body.put("penalties", penalties);
		body.put("benchmarkLevel", null);
		body.put("reasons", "事实清楚，证据确凿，依法决定。");
		body.put("legalBasis", BASIS);
		body.put("departureReason", "听证后维持告知的处罚");
		return body;
	}

	String officerOf(String username) {
		return jdbc.sql("select officer_id::text from security.account where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

	List<String> documents(String caseId) {
		return jdbc
			.sql("select kind || ' ' || coalesce(number, '-') from enforcement.case_document "
					+ "where case_id = cast(:id as uuid) order by issued_at, kind")
			.param("id", caseId)
			.query(String.class)
			.list();
	}

	@Test
	void aCaseWithAHearingRunsFromRegistrationToTheDeliveredDecision() throws Exception {
		String c = openCase("河洛市听证程序测试商行");

		// 调查终结: a suspension of operations touches major rights — the legal review is due
		JsonNode reported = body(
				call(post(path(c, "investigation")), OFFICER, report(PENALTIES)).andExpect(status().isOk())
					.andExpect(jsonPath("$.status").value("AWAITING_REVIEW")));
		assertThat(reported.get("report").get("reviewGrounds").toString()).contains("MAJOR_RIGHTS");
		assertThat(reported.get("report").get("documentNumber").asString()).matches(".+终〔\\d{4}〕\\d{4,}号");
		assertThat(reported.get("report").get("limitation").get("expiresOn").asString())
			.isEqualTo(TODAY.minusDays(6).plusYears(2).toString());

		// 法制审核: not by an officer of the case, not by the head
		call(post(path(c, "review")), HEAD, Map.of("approve", true)).andExpect(status().isForbidden());
		call(post(path(c, "prior-notice")), OFFICER, notice(true, PENALTIES)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("case-transition-not-allowed"));
		call(post(path(c, "review")), REVIEWER, Map.of("approve", true, "note", "同意", "opinions", List.of("证据充分")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INVESTIGATED"));

		// 事先告知: the hearing right must be told
		call(post(path(c, "prior-notice")), OFFICER, notice(false, PENALTIES))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("prior-notice-needs-hearing-right"));
		call(post(path(c, "prior-notice")), REVIEWER, notice(true, PENALTIES)).andExpect(status().isForbidden());
		JsonNode notified = body(
				call(post(path(c, "prior-notice")), OFFICER, notice(true, PENALTIES)).andExpect(status().isCreated()));
		assertThat(notified.get("documentNumber").asString()).matches(".+告〔\\d{4}〕\\d{4,}号");
		assertThat(notified.get("hearingRight").asBoolean()).isTrue();
		call(post(path(c, "decision")), HEAD, decision(PENALTIES)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("statement-period-running"));
		JsonNode receipt = deliver(c, OFFICER, "prior-notice-1");
		assertThat(receipt.get("status").asString()).isEqualTo("DELIVERED");
		assertThat(receipt.get("receiptNumber").asString()).matches(".+送〔\\d{4}〕\\d{4,}号");
		JsonNode afterDelivery = body(call(get(path(c, null)), OFFICER, null));
		assertThat(afterDelivery.get("notices").get(0).get("hearingRequestDueOn").asString())
			.isGreaterThan(TODAY.toString());

		// 陈述申辩 and 听证
		JsonNode defence = body(
				call(post(path(c, "statements")), OFFICER,
						Map.of("kind", "DEFENCE", "content", "已当场改正，请求从轻", "receivedAt",
								OffsetDateTime.now().toString(), "channel", "WRITTEN"))
					.andExpect(status().isCreated()));
		call(post(path(c, "statements/" + defence.get("id").asString() + "/answer")), OFFICER,
				Map.of("adopted", "PART", "reasons", "改正属实，但停业整顿仍有必要"))
			.andExpect(status().isOk());
		call(post(path(c, "hearing-request")), OFFICER,
				Map.of("requestedAt", OffsetDateTime.now().toString(), "channel", "WRITTEN"))
			.andExpect(jsonPath("$.status").value("HEARING"));
		OffsetDateTime hearingAt = TODAY.plusDays(21).atTime(9, 30).atOffset(java.time.ZoneOffset.ofHours(8));
		call(post(path(c, "hearing-notice")), HEAD,
				Map.of("scheduledAt", hearingAt.toString(), "onlineLink", "https://hearing.example.cn/room/1",
						"presidingOfficerId", officerOf(OFFICER), "open", true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("presiding-officer-investigated"));
		call(post(path(c, "hearing-notice")), HEAD,
				Map.of("scheduledAt",
						TODAY.plusDays(2).atTime(9, 30).atOffset(java.time.ZoneOffset.ofHours(8)).toString(), "place",
						"听证室", "presidingOfficerId", officerOf(REVIEWER), "open", true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("hearing-notice-period"));
		call(post(path(c, "hearing-notice")), HEAD,
				Map.of("scheduledAt", hearingAt.toString(), "onlineLink", "https://hearing.example.cn/room/1",
						"presidingOfficerId", officerOf(REVIEWER), "open", true))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern(".+听〔\\d{4}〕\\d{4,}号")));
		Map<String, Object> minutes = Map.of("heldAt", hearingAt.toString(), "attendees",
				List.of(Map.of("name", "店主", "role", "PARTY"), Map.of("name", "王明华", "role", "INVESTIGATOR")), "record",
				"调查人员陈述事实，当事人申辩。", "partySigned", true, "partyAbsent", false, "report",
				Map.of("summary", "当事人对事实无异议", "recommendation", "维持告知的处罚"));
		call(post(path(c, "hearing-record")), OFFICER, minutes).andExpect(status().isForbidden());
		call(post(path(c, "hearing-record")), REVIEWER, minutes)
			.andExpect(jsonPath("$.status").value("AWAITING_REVIEW"));
		call(post(path(c, "review")), REVIEWER, Map.of("approve", true, "note", "听证后同意"))
			.andExpect(jsonPath("$.status").value("AWAITING_DECISION"));

		// 决定 by the head, no heavier than the notice
		call(post(path(c, "decision")), OFFICER, decision(PENALTIES)).andExpect(status().isForbidden());
		call(post(path(c, "decision")), HEAD,
				decision(List.of(Map.of("kind", "FINE", "amount", 3000),
						Map.of("kind", "REVOKE_LICENCE", "licence", Map.of("name", "营业执照", "number", "91410300X")))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("decision-heavier-than-notice"));
		JsonNode decided = body(call(post(path(c, "decision")), HEAD, decision(PENALTIES)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED")));
		assertThat(decided.get("decision").get("documentNumber").asString()).matches(".+罚〔\\d{4}〕\\d{4,}号");
		assertThat(decided.get("decision").get("penalties")).hasSize(2);
		assertThat(decided.get("decision").get("payment").get("noticeNumber").asString()).contains("缴〔");
		call(post(path(c, "close")), HEAD, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("close-needs-performance"));

		// 送达
		call(post(path(c, "deliveries")), OFFICER,
				Map.of("documentKind", "decision", "method", "ELECTRONIC", "recipient", "当事人"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("electronic-delivery-not-consented"));
		call(post(path(c, "deliveries")), OFFICER,
				Map.of("documentKind", "closure-approval", "method", "IN_PERSON", "recipient", "当事人"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("document-not-issuable"));
		deliver(c, OFFICER, "decision");
		JsonNode delivered = body(call(get(path(c, null)), HEAD, null));
		assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");
		assertThat(delivered.get("decision").get("deliveredAt").isNull()).isFalse();
		call(get(path(c, "deliveries")), OFFICER, null).andExpect(jsonPath("$.items.length()").value(2));
		JsonNode limits = body(call(get(path(c, "time-limits")), OFFICER, null).andExpect(status().isOk()));
		assertThat(limits.get("statementDueOn").asString()).isGreaterThan(TODAY.toString());
		assertThat(limits.get("deliveryDue").asString()).isGreaterThan(TODAY.toString());
		assertThat(limits.get("paymentDueOn").asString()).isEqualTo(TODAY.plusDays(15).toString());
		assertThat(limits.get("publicationDue").asString()).isGreaterThan(TODAY.toString());
		assertThat(limits.get("enforcementApplicationFrom").asString())
			.isEqualTo(TODAY.plusMonths(6).plusDays(1).toString());
		assertThat(limits.get("overdue")).isEmpty();

		// 结案 once the fine is paid (罚缴分离: the bank's reference)
		call(post(path(c, "close")), HEAD, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("close-needs-performance"));
		call(post(path(c, "payments")), OFFICER,
				Map.of("amount", 3000, "paidOn", TODAY.toString(), "reference", "NT" + c.substring(0, 8)))
			.andExpect(status().isCreated());
		call(post(path(c, "close")), OFFICER, null).andExpect(status().isForbidden());
		call(post(path(c, "close")), HEAD, Map.of("summary", "罚款已缴清，停业整顿已执行"))
			.andExpect(jsonPath("$.status").value("CLOSED"));

		assertThat(documents(c)).extracting(d -> d.split(" ")[0])
			.containsExactlyInAnyOrder("filing-approval", "inquiry-record-1", "investigation-report",
					"legal-review-opinion", "prior-notice-1", "delivery-receipt-1", "hearing-notice", "hearing-record",
					"hearing-report", "legal-review-opinion-2", "decision", "delivery-receipt-2", "closure-approval");
	}

	@Test
	void aRegistrationLeftPastItsFilingLimitIsOnTheHeadsOverdueList() throws Exception {
		String party = newEnterprise("河洛市逾期立案测试商行", "RETAIL");
		Map<String, Object> late = new LinkedHashMap<>(
				Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn", TODAY.minusDays(70).toString(),
						"discoveredOn", TODAY.minusDays(60).toString(), "facts", "商品未明码标价", "origin", "COMPLAINT"));
		String c = body(call(post("/api/v1/enforcement-cases"), OFFICER, withOfficers(OFFICER, late))
			.andExpect(status().isCreated())).get("id").asString();
		call(get(path(c, "time-limits")), OFFICER, null).andExpect(jsonPath("$.overdue[0]").value("filingDue"));
		call(get("/api/v1/enforcement-cases/overdue"), OFFICER, null).andExpect(status().isForbidden());
		call(get("/api/v1/enforcement-cases/overdue?agencyId="
				+ jdbc.sql("select id::text from directory.agency where code = 'eco'").query(String.class).single()),
				HEAD, null)
			.andExpect(status().isForbidden());
		JsonNode overdue = body(
				call(get("/api/v1/enforcement-cases/overdue?size=200"), HEAD, null).andExpect(status().isOk()));
		JsonNode mine = null;
		for (JsonNode item : overdue.get("items")) {
			if (item.get("caseId").asString().equals(c)) {
				mine = item;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("limit").asString()).isEqualTo("filingDue");
		assertThat(mine.get("daysOver").asLong()).isPositive();
		call(get("/api/v1/enforcement-cases/overdue"), "demo-supervisor", null).andExpect(status().isBadRequest());
	}

	@Test
	void aViolationNotEstablishedIsDecidedWithoutANoticeAndATransferIsClosed() throws Exception {
		String c = openCase("河洛市不予处罚测试商行");
		Map<String, Object> notEstablished = report(List.of());
		notEstablished.put("proposedTreatment", "NOT_ESTABLISHED");
		call(post(path(c, "investigation")), OFFICER, notEstablished)
			.andExpect(jsonPath("$.status").value("INVESTIGATED"));
		Map<String, Object> body = decision(List.of());
		body.put("treatment", "NOT_ESTABLISHED");
		body.remove("departureReason");
		JsonNode decided = body(call(post(path(c, "decision")), HEAD, body).andExpect(status().isOk()));
		assertThat(decided.get("decision").get("documentNumber").asString()).contains("不罚〔");
		deliver(c, OFFICER, "no-penalty-decision");
		call(post(path(c, "close")), HEAD, Map.of("summary", "违法事实不成立，结案"))
			.andExpect(jsonPath("$.status").value("CLOSED"));
		assertThat(documents(c).get(documents(c).size() - 1)).startsWith("closure-approval ").contains("结〔");

		String t = openCase("河洛市移送测试商行");
		call(post(path(t, "transfer")), OFFICER,
				Map.of("organKind", "PUBLIC_SECURITY", "organ", "河洛市公安局", "reason", "涉嫌销售假冒注册商标的商品罪"))
			.andExpect(status().isForbidden());
		call(post(path(t, "transfer")), HEAD,
				Map.of("organKind", "PUBLIC_SECURITY", "organ", "河洛市公安局", "reason", "涉嫌销售假冒注册商标的商品罪"))
			.andExpect(jsonPath("$.status").value("TRANSFERRED"))
			.andExpect(jsonPath("$.transfer.documentNumber").value(org.hamcrest.Matchers.containsString("移〔")));
		call(post(path(t, "close")), HEAD, null).andExpect(jsonPath("$.status").value("CLOSED"));
	}

	@Test
	void aMajorCaseIsDiscussedByAQuorumAndTheDecisionLimitIsExtendedByTheHead() throws Exception {
		String c = openCase("河洛市集体讨论测试商行");
		Map<String, Object> major = report(List.of(Map.of("kind", "FINE", "amount", 2000)));
		major.put("major", true);
		call(post(path(c, "investigation")), OFFICER, major).andExpect(jsonPath("$.status").value("AWAITING_REVIEW"));
		call(post(path(c, "review")), REVIEWER, Map.of("approve", false)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("rejection-needs-note"));
		call(post(path(c, "review")), REVIEWER,
				Map.of("approve", false, "note", "证据不足", "opinions", List.of("补充当事人询问笔录")))
			.andExpect(jsonPath("$.status").value("INVESTIGATED"));
		call(post(path(c, "investigation")), OFFICER, major).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("review-opinions-unanswered"));
		major.put("reviewAnswer", "已补充询问笔录");
		call(post(path(c, "investigation")), OFFICER, major).andExpect(jsonPath("$.status").value("AWAITING_REVIEW"));
		call(post(path(c, "review")), REVIEWER, Map.of("approve", true, "note", "同意"))
			.andExpect(jsonPath("$.status").value("AWAITING_DISCUSSION"));
		Map<String, Object> discussion = new LinkedHashMap<>(
				Map.of("heldAt", OffsetDateTime.now().toString(), "presidedByHead", true, "attendees",
						List.of(Map.of("name", "局长", "position", "局长"), Map.of("name", "副局长", "position", "副局长")),
						"opinions", "同意处罚", "conclusion", "PENALTY"));
		call(post(path(c, "collective-discussion")), OFFICER, discussion).andExpect(status().isForbidden());
		call(post(path(c, "collective-discussion")), HEAD, discussion).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("discussion-needs-quorum"));
		discussion.put("attendees", List.of(Map.of("name", "局长", "position", "局长"),
				Map.of("name", "副局长", "position", "副局长"), Map.of("name", "法制科长", "position", "法制科科长")));
		call(post(path(c, "collective-discussion")), HEAD, discussion).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INVESTIGATED"));
		JsonNode before = body(call(get(path(c, null)), HEAD, null));
		call(post(path(c, "extensions")), OFFICER, Map.of("days", 30, "reason", "案情复杂"))
			.andExpect(status().isForbidden());
		call(post(path(c, "extensions")), HEAD, Map.of("days", 30, "reason", "案情复杂")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.deadlines.decisionDue")
				.value(LocalDate.parse(before.get("deadlines").get("decisionDue").asString()).plusDays(30).toString()));
		assertThat(documents(c)).anyMatch(d -> d.startsWith("discussion-record "));
	}

}
