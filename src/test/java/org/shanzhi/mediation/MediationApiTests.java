package org.shanzhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Mediation through the API on PostgreSQL: the general procedure from start to a signed
 * agreement, the simple one on the spot, the refusals named by their rule with nothing
 * saved, agency isolation, and two mediators acting at once.
 */
class MediationApiTests extends IntegrationTest {

	static final String AT = OffsetDateTime.now().plusDays(3).withNano(0).toString();

	/**
	 * A case started and led by the demo mediator (a session needs a mediator of the
	 * case).
	 */
	String start(String procedure, String applicant, String respondent) throws Exception {
		return withMediator(startUnassigned(procedure, applicant, respondent), "demo-mediator");
	}

	String startUnassigned(String procedure, String applicant, String respondent) throws Exception {
		Map<String, Object> body = Map.of("procedure", procedure, "origin", "APPLICATION", "disputeType", "CONSUMER",
				"summary", "消费者购买的电热水器漏水，要求退货退款，商家只同意维修。", "parties",
				List.of(Map.of("partyId", applicant, "role", "APPLICANT"),
						Map.of("partyId", respondent, "role", "RESPONDENT")));
		return body(call(post("/api/v1/mediation-cases"), "demo-mediator", body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("AWAITING_CONSENT"))
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("AMR-TJ-")))).get("id").asString();
	}

	void consent(String id, String party, boolean yes) throws Exception {
		call(post("/api/v1/mediation-cases/" + id + "/consents"), "demo-mediator",
				Map.of("partyId", party, "consented", yes))
			.andExpect(status().isOk());
	}

	Map<String, Object> session(String... attendees) {
		return Map.of("heldAt", AT, "attendees", List.of(attendees), "statements", "申请人陈述热水器漏水经过；被申请人答辩称系安装不当。",
				"focus", "漏水原因与责任", "transcript", "调解员告知权利义务和调解程序，双方确认知悉。双方陈述、质证……");
	}

	@Test
	void aGeneralCaseRunsFromApplicationToASignedAgreement() throws Exception {
		String a = newEnterprise("调解申请人商店", "RETAIL");
		String r = newEnterprise("调解被申请人电器行", "RETAIL");
		String id = start("GENERAL", a, r);
		// acceptance before every consent: refused, nothing changes
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), "demo-mediator",
				Map.of("accepted", true, "sessionAt", AT, "place", "市场监管局调解室"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("acceptance-needs-every-consent"));
		consent(id, a, true);
		// a session before acceptance
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator", session(a, r))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("session-before-acceptance"));
		consent(id, r, true);
		call(get("/api/v1/mediation-cases/" + id), "demo-mediator", null)
			.andExpect(jsonPath("$.status").value("AWAITING_ACCEPTANCE"));
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), "demo-mediator",
				Map.of("accepted", true, "sessionAt", AT, "place", "市场监管局调解室", "notes", "请携带购买凭证"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.acceptance.place").value("市场监管局调解室"));
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator", session(a, r, "调解员王某"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_SESSION"))
			.andExpect(jsonPath("$.sessions[0].partiesPresent.length()").value(2));
		// an agreement one party did not sign
		call(post("/api/v1/mediation-cases/" + id + "/agreement"), "demo-mediator",
				Map.of("factsFound", "热水器内胆存在质量缺陷", "terms", "被申请人退还货款 2,300 元", "signatures",
						List.of(Map.of("partyId", a))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("agreement-needs-every-signature"));
		call(post("/api/v1/mediation-cases/" + id + "/agreement"), "demo-mediator",
				Map.of("factsFound", "热水器内胆存在质量缺陷", "terms", "被申请人于三日内退还货款 2,300 元", "signatures",
						List.of(Map.of("partyId", a), Map.of("partyId", r))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.parties[1].signedAt").isNotEmpty());
		call(post("/api/v1/mediation-cases/" + id + "/termination"), "demo-mediator", Map.of("reason", "撤回"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("mediation-closed"));
		// the documents, numbered, read back
		JsonNode agreed = body(call(get("/api/v1/mediation-cases/" + id), "demo-mediator", null));
		String agreementNumber = agreed.get("documentNumbers").get("agreement").asString();
		assertThat(agreementNumber).matches("河市监调协〔\\d{4}〕\\d{4}号");
		assertThat(pdfText(id, "agreement")).contains("调解协议书")
			.contains(agreementNumber)
			.contains("调解申请人商店")
			.contains("退还货款");
		// the mediator and the parties' identity and address (issue 23), lines joined
		assertThat(pdfText(id, "agreement").replaceAll("\\s+", "")).contains("调解员")
			.contains(jdbcClient.sql("""
					select m.name from mediation.mediator m join security.account a on a.id = m.account_id
					where a.username = 'demo-mediator'""").query(String.class).single())
			.contains("统一社会信用代码")
			.contains("住所：");
		assertThat(pdfText(id, "acceptance-notice")).contains("受理通知书")
			.contains(agreed.get("documentNumbers").get("acceptance-notice").asString())
			.contains("市场监管局调解室");
		assertThat(pdfText(id, "transcript-1")).contains("调解笔录").contains("漏水原因与责任");
		call(get("/api/v1/mediation-cases/" + id + "/documents/termination.pdf"), "demo-mediator", null)
			.andExpect(status().isNotFound());
		call(get("/api/v1/mediation-cases/" + id + "/documents/transcript-9.pdf"), "demo-mediator", null)
			.andExpect(status().isNotFound());
	}

	String pdfText(String id, String kind) throws Exception {
		byte[] pdf = call(get("/api/v1/mediation-cases/" + id + "/documents/" + kind + ".pdf"), "demo-mediator", null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
		}
	}

	@Test
	void aSimpleCaseIsMediatedOnTheSpotOrTerminatedWithReferral() throws Exception {
		String a = newEnterprise("简易调解申请人", "RETAIL");
		String r = newEnterprise("简易调解被申请人", "RETAIL");
		String id = start("SIMPLE", a, r);
		consent(id, a, true);
		consent(id, r, true);
		call(get("/api/v1/mediation-cases/" + id), "demo-mediator", null)
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator", session(a, r))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator", session(a, r))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("simple-procedure-one-session"));
		call(post("/api/v1/mediation-cases/" + id + "/termination"), "demo-mediator",
				Map.of("reason", "双方对赔偿数额分歧较大", "referral", "LITIGATION"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TERMINATED"))
			.andExpect(jsonPath("$.closing.referral").value("LITIGATION"));
		assertThat(pdfText(id, "termination")).contains("终止调解通知书").contains("提起诉讼").contains("分歧较大");
	}

	@Test
	void aRefusedConsentEndsTheCaseAndStrangersCannotAct() throws Exception {
		String a = newEnterprise("拒绝调解申请人", "RETAIL");
		String r = newEnterprise("拒绝调解被申请人", "RETAIL");
		String stranger = newEnterprise("案外人", "RETAIL");
		String id = start("GENERAL", a, r);
		call(post("/api/v1/mediation-cases/" + id + "/consents"), "demo-mediator",
				Map.of("partyId", stranger, "consented", true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("not-a-party-of-the-case"));
		call(get("/api/v1/mediation-cases/" + id), "demo-officer-eco", null).andExpect(status().isNotFound());
		call(post("/api/v1/mediation-cases/" + id + "/consents"), "demo-officer-eco",
				Map.of("partyId", a, "consented", true))
			.andExpect(status().isNotFound());
		consent(id, r, false);
		call(get("/api/v1/mediation-cases/" + id), "demo-supervisor", null)
			.andExpect(jsonPath("$.status").value("TERMINATED"))
			.andExpect(jsonPath("$.parties[1].consented").value(false));
		// bad input: one party only, an unknown party, a wrong enum
		call(post("/api/v1/mediation-cases"), "demo-mediator",
				Map.of("procedure", "GENERAL", "origin", "APPLICATION", "disputeType", "CONSUMER", "summary", "s",
						"parties", List.of(Map.of("partyId", a, "role", "APPLICANT"))))
			.andExpect(status().isBadRequest());
		call(post("/api/v1/mediation-cases"), "demo-mediator",
				Map.of("procedure", "GENERAL", "origin", "APPLICATION", "disputeType", "CONSUMER", "summary", "s",
						"parties",
						List.of(Map.of("partyId", a, "role", "APPLICANT"),
								Map.of("partyId", java.util.UUID.randomUUID().toString(), "role", "RESPONDENT"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parties[1].partyId"));
		call(post("/api/v1/mediation-cases"), "demo-mediator", Map.of("procedure", "LONG", "origin", "APPLICATION",
				"disputeType", "CONSUMER", "summary", "s", "parties", List.of()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void twoMediatorsRecordingAtTheSameMomentGetOneSuccessAndConflictsWithoutLostWrites() throws Exception {
		String a = newEnterprise("并发调解申请人", "RETAIL");
		String r = newEnterprise("并发调解被申请人", "RETAIL");
		String id = start("GENERAL", a, r);
		consent(id, a, true);
		consent(id, r, true);
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), "demo-mediator",
				Map.of("accepted", true, "sessionAt", AT, "place", "调解室"))
			.andExpect(status().isOk());
		bearer("demo-mediator");
		int clients = 6;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			answers.add(pool.submit(() -> {
				go.await();
				return call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator", session(a, r))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}
		go.countDown();
		int ok = 0;
		for (Future<Integer> f : answers) {
			int code = f.get();
			assertThat(code).isIn(200, 409);
			ok += code == 200 ? 1 : 0;
		}
		pool.shutdown();
		assertThat(ok).isGreaterThanOrEqualTo(1);
		JsonNode c = body(call(get("/api/v1/mediation-cases/" + id), "demo-mediator", null));
		assertThat(c.get("sessions").size()).isEqualTo(ok);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@org.springframework.beans.factory.annotation.Autowired
	org.shanzhi.calendar.WorkingDays workingDays;

	@Test
	void timeLimitsInWorkingDaysSetDeadlinesAndTheOverdueListShowsThem() throws Exception {
		call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/mediation-cases/time-limits"), "demo-head-amr",
				Map.of("acceptanceDays", 3, "conclusionDays", 20))
			.andExpect(status().isOk());
		call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/mediation-cases/time-limits"), "demo-head-amr",
				Map.of("acceptanceDays", 0, "conclusionDays", 20))
			.andExpect(status().isBadRequest());
		call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/mediation-cases/time-limits"), "demo-mediator",
				Map.of("acceptanceDays", 3, "conclusionDays", 20))
			.andExpect(status().isForbidden());
		String a = newEnterprise("期限调解申请人", "RETAIL");
		String r = newEnterprise("期限调解被申请人", "RETAIL");
		String id = start("GENERAL", a, r);
		consent(id, a, true);
		consent(id, r, true);
		java.time.LocalDate today = java.time.LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);
		call(get("/api/v1/mediation-cases/" + id), "demo-mediator", null)
			.andExpect(jsonPath("$.deadlines.acceptanceDue").value(workingDays.plusWorkingDays(today, 3).toString()))
			.andExpect(jsonPath("$.deadlines.overdue").value(false));
		jdbc.sql("update mediation.mediation_case set acceptance_due = :d where id = :id")
			.param("d", today.minusDays(1))
			.param("id", java.util.UUID.fromString(id))
			.update();
		call(get("/api/v1/mediation-cases").param("overdue", "true").param("size", "200"), "demo-mediator", null)
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].deadlines.overdue").value(true));
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), "demo-mediator",
				Map.of("accepted", true, "sessionAt", AT, "place", "调解室"))
			.andExpect(jsonPath("$.deadlines.conclusionDue").value(workingDays.plusWorkingDays(today, 20).toString()))
			.andExpect(jsonPath("$.deadlines.overdue").value(false));
		call(get("/api/v1/mediation-cases").param("overdue", "true").param("size", "200"), "demo-mediator", null)
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
	}

	@Test
	void disputesOutsideTheAgencysScopeOrReplacingADecisionAreRefusedAtStart() throws Exception {
		String a = newEnterprise("范围调解申请人", "RETAIL");
		String r = newEnterprise("范围调解被申请人", "RETAIL");
		Map<String, Object> labour = new java.util.LinkedHashMap<>(Map.of("procedure", "GENERAL", "origin",
				"APPLICATION", "disputeType", "LABOUR", "summary", "拖欠工资", "parties",
				List.of(Map.of("partyId", a, "role", "APPLICANT"), Map.of("partyId", r, "role", "RESPONDENT"))));
		String amr = accounts.findByUsername("demo-mediator").orElseThrow().agencyId().toString();
		call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/mediation-cases/competence")
			.param("agencyId", amr), "demo-head-amr", List.of("CONSUMER", "ADMINISTRATIVE", "OTHER"))
			.andExpect(status().isOk());
		try {
			call(post("/api/v1/mediation-cases"), "demo-mediator", labour).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rule").value("dispute-outside-competence"));
			Map<String, Object> decision = new java.util.LinkedHashMap<>(labour);
			decision.put("disputeType", "CONSUMER");
			decision.put("requiresDecision", true);
			call(post("/api/v1/mediation-cases"), "demo-mediator", decision)
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rule").value("mediation-would-replace-decision"));
			call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/mediation-cases/competence")
				.param("agencyId", amr), "demo-head-eco", List.of("LABOUR")).andExpect(status().isForbidden());
		}
		finally {
			call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/mediation-cases/competence")
				.param("agencyId", amr), "demo-head-amr", List.of()).andExpect(status().isOk());
		}
	}

	@Test
	void aPartyToldOfTheRightToMediateCanStartACaseFromTheNotice() throws Exception {
		String a = newEnterprise("告知调解申请人", "RETAIL");
		String r = newEnterprise("告知调解被申请人", "RETAIL");
		String notice = body(call(post("/api/v1/mediation-cases/notices"), "demo-officer-amr",
				Map.of("partyId", a, "context", "COMPLAINT", "channel", "PHONE", "note", "电话告知可申请行政调解"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.context").value("COMPLAINT"))).get("id").asString();
		Map<String, Object> start = new java.util.LinkedHashMap<>(Map.of("procedure", "GENERAL", "origin",
				"APPLICATION", "disputeType", "CONSUMER", "summary", "投诉转调解", "parties",
				List.of(Map.of("partyId", a, "role", "APPLICANT"), Map.of("partyId", r, "role", "RESPONDENT"))));
		start.put("noticeId", notice);
		String id = body(call(post("/api/v1/mediation-cases"), "demo-mediator", start).andExpect(status().isCreated()))
			.get("id")
			.asString();
		call(get("/api/v1/mediation-cases/notices").param("partyId", a), "demo-mediator", null)
			.andExpect(jsonPath("$.items[0].mediationCaseId").value(id));
		call(post("/api/v1/mediation-cases"), "demo-mediator", start).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("notice-already-used"));
		call(get("/api/v1/mediation-cases/notices").param("partyId", a), "demo-officer-eco", null)
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void aMediatorWithAConflictStepsAsideForGood() throws Exception {
		String a = newEnterprise("回避调解申请人", "RETAIL");
		String r = newEnterprise("回避调解被申请人", "RETAIL");
		String id = startUnassigned("GENERAL", a, r);
		String mediator = body(call(post("/api/v1/mediation-cases/mediators"), "demo-head-amr",
				Map.of("name", "钱兼职调解员", "kind", "PART_TIME", "specialty", "消费纠纷"))
			.andExpect(status().isCreated())).get("id").asString();
		call(post("/api/v1/mediation-cases/mediators"), "demo-mediator", Map.of("name", "x", "kind", "EXPERT"))
			.andExpect(status().isForbidden());
		call(post("/api/v1/mediation-cases/" + id + "/mediators"), "demo-mediator", Map.of("mediatorId", mediator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("钱兼职调解员"));
		call(post("/api/v1/mediation-cases/" + id + "/mediators"), "demo-mediator", Map.of("mediatorId", mediator))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("mediator-already-assigned"));
		call(post("/api/v1/mediation-cases/" + id + "/mediators/" + mediator + "/recusal"), "demo-mediator",
				Map.of("reason", "调解员系被申请人负责人的近亲属"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].recusalReason").value("调解员系被申请人负责人的近亲属"));
		call(post("/api/v1/mediation-cases/" + id + "/mediators"), "demo-mediator", Map.of("mediatorId", mediator))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("mediator-recused"));
		call(get("/api/v1/mediation-cases/" + id + "/mediators"), "demo-officer-eco", null)
			.andExpect(status().isNotFound());
	}

	@Test
	void aRecusedMediatorNoLongerActsOnTheCase() throws Exception {
		String a = newEnterprise("回避后调解申请人", "RETAIL");
		String r = newEnterprise("回避后调解被申请人", "RETAIL");
		String id = startUnassigned("GENERAL", a, r);
		String account = accounts.findByUsername("demo-mediator").orElseThrow().id().toString();
		String own = null;
		String agency = accounts.findByUsername("demo-head-amr").orElseThrow().agencyId().toString();
		for (JsonNode m : body(
				call(get("/api/v1/mediation-cases/mediators").param("agencyId", agency).param("size", "200"),
						"demo-head-amr", null))
			.get("items")) {
			if (account.equals(m.path("accountId").asString(""))) {
				own = m.get("id").asString();
			}
		}
		assertThat(own).isNotNull();
		call(post("/api/v1/mediation-cases/" + id + "/mediators"), "demo-head-amr", Map.of("mediatorId", own))
			.andExpect(status().isOk());
		consent(id, a, true);
		call(post("/api/v1/mediation-cases/" + id + "/mediators/" + own + "/recusal"), "demo-mediator",
				Map.of("reason", "调解员与申请人有利害关系"))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/consents"), "demo-mediator",
				Map.of("partyId", r, "consented", true))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("mediator-recused"));
		// the agency's other handlers go on
		call(post("/api/v1/mediation-cases/" + id + "/consents"), "demo-officer-amr",
				Map.of("partyId", r, "consented", true))
			.andExpect(status().isOk());
	}

	@Test
	void aSessionAndAnAgreementNeedAMediatorOfTheCaseNotOneWhoSteppedAside() throws Exception {
		String a = newEnterprise("无调解员申请人", "RETAIL");
		String r = newEnterprise("无调解员被申请人", "RETAIL");
		String id = startUnassigned("SIMPLE", a, r);
		consent(id, a, true);
		consent(id, r, true);
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator", session(a, r))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("mediator-required"));
		// nothing was recorded
		call(get("/api/v1/mediation-cases/" + id), "demo-mediator", null)
			.andExpect(jsonPath("$.sessions.length()").value(0));
		// a mediator assigned leads the session; once they step aside, no agreement is
		// reached until another mediator of the case leads it
		String stepsAside = body(call(post("/api/v1/mediation-cases/mediators"), "demo-head-amr",
				Map.of("name", "回避的兼职调解员", "kind", "PART_TIME", "specialty", "消费纠纷"))
			.andExpect(status().isCreated())).get("id").asString();
		call(post("/api/v1/mediation-cases/" + id + "/mediators"), "demo-mediator", Map.of("mediatorId", stepsAside))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator", session(a, r))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/mediators/" + stepsAside + "/recusal"), "demo-mediator",
				Map.of("reason", "与被申请人有利害关系"))
			.andExpect(status().isOk());
		Map<String, Object> agreement = Map.of("factsFound", "事实", "terms", "退款", "signatures",
				List.of(Map.of("partyId", a), Map.of("partyId", r)));
		call(post("/api/v1/mediation-cases/" + id + "/agreement"), "demo-mediator", agreement)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("mediator-required"));
		call(get("/api/v1/mediation-cases/" + id), "demo-mediator", null)
			.andExpect(jsonPath("$.agreement").doesNotExist());
		withMediator(id, "demo-mediator");
		call(post("/api/v1/mediation-cases/" + id + "/agreement"), "demo-mediator", agreement)
			.andExpect(status().isOk());
	}

	@Test
	void afterTheAgreedDateTheFollowUpRecordsWhetherTheAgreementWasHonoured() throws Exception {
		String a = newEnterprise("履行调解申请人", "RETAIL");
		String r = newEnterprise("履行调解被申请人", "RETAIL");
		String id = start("SIMPLE", a, r);
		consent(id, a, true);
		consent(id, r, true);
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator", session(a, r))
			.andExpect(status().isOk());
		java.time.LocalDate today = java.time.LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);
		call(post("/api/v1/mediation-cases/" + id + "/agreement"), "demo-mediator",
				Map.of("factsFound", "事实", "terms", "五日内退款", "performBy", today.plusDays(5).toString(), "signatures",
						List.of(Map.of("partyId", a), Map.of("partyId", r))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agreement.performBy").value(today.plusDays(5).toString()));
		call(post("/api/v1/mediation-cases/" + id + "/performance"), "demo-mediator", Map.of("honoured", true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("performance-before-date"));
		jdbc.sql("update mediation.mediation_case set perform_by = :d where id = :id")
			.param("d", today.minusDays(1))
			.param("id", java.util.UUID.fromString(id))
			.update();
		call(post("/api/v1/mediation-cases/" + id + "/performance"), "demo-mediator",
				Map.of("honoured", false, "note", "被申请人未按期退款"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agreement.honoured").value(false));
		call(post("/api/v1/mediation-cases/" + id + "/performance"), "demo-mediator", Map.of("honoured", true))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("performance-recorded"));
	}

	@Test
	void aSettlementOfADiscretionaryActIsApprovedOnlyWhenItHarmsNobody() throws Exception {
		java.util.UUID amr = accounts.findByUsername("demo-officer-amr").orElseThrow().agencyId();
		Map<String, Object> decided = jdbc.sql(
				"select id, party_id from enforcement.enforcement_case where agency_id = :a and status in ('DECIDED', 'CLOSED') limit 1")
			.param("a", amr)
			.query((rs, n) -> Map.<String, Object>of("id", rs.getString(1), "party", rs.getString(2)))
			.single();
		Map<String, Object> basis = Map.of("law", "《中华人民共和国行政处罚法》", "article", "第三十二条");
		Map<String, Object> body = new java.util.LinkedHashMap<>(
				Map.of("partyId", decided.get("party"), "caseId", decided.get("id"), "dispute", "当事人认为罚款数额过高", "terms",
						"当事人于十日内完成整改并缴纳罚款，本机关依法从轻确定数额", "discretion", basis));
		call(post("/api/v1/reconciliations"), "demo-officer-amr", body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("reconciliation-needs-party-agreement"));
		body.put("partyAgreed", true);
		String id = body(call(post("/api/v1/reconciliations"), "demo-officer-amr", body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))).get("id").asString();
		call(post("/api/v1/reconciliations/" + id + "/review"), "demo-officer-amr", Map.of("approve", true))
			.andExpect(status().isForbidden());
		call(post("/api/v1/reconciliations/" + id + "/review"), "demo-legal-amr",
				Map.of("approve", true, "harmsPublicInterest", true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("settlement-harms-public-interest"));
		call(post("/api/v1/reconciliations/" + id + "/review"), "demo-legal-amr",
				Map.of("approve", true, "harmsPublicInterest", false, "harmsOthersRights", false, "note",
						"经审查不损害公共利益和他人权益"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		call(post("/api/v1/reconciliations/" + id + "/review"), "demo-legal-amr", Map.of("approve", false, "note", "x"))
			.andExpect(status().isConflict());
		call(get("/api/v1/reconciliations/" + id), "demo-officer-eco", null).andExpect(status().isNotFound());
		// an act not yet decided cannot be settled
		String party = newEnterprise("和解未决当事人", "RETAIL");
		String open = body(call(post("/api/v1/enforcement-cases"), "demo-officer-amr",
				withOfficers("demo-officer-amr",
						Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn",
								java.time.LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).toString(), "facts",
								"未明码标价", "origin", "EX_OFFICIO")))
			.andExpect(status().isCreated())).get("id").asString();
		Map<String, Object> undecided = new java.util.LinkedHashMap<>(body);
		undecided.put("partyId", party);
		undecided.put("caseId", open);
		call(post("/api/v1/reconciliations"), "demo-officer-amr", undecided)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("reconciliation-needs-decided-act"));
	}

}
