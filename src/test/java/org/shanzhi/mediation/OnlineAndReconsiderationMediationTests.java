package org.shanzhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.directory.Agencies;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Online mediation (M8) and reconsideration mediation (M7) through the API: a party
 * signed in consents and signs the proposed agreement itself, each with its recorded
 * confirmation, sees only its own cases; a reconsideration organ mediates an
 * administrative dispute with the respondent agency as a party, under its own documents.
 */
class OnlineAndReconsiderationMediationTests extends IntegrationTest {

	static final String AT = OffsetDateTime.now().plusDays(2).withNano(0).toString();

	@Autowired
	Agencies agencies;

	/** A public account for a party, as the portal will register it. */
	String publicAccountFor(String partyId) {
		String username = "party-" + partyId.substring(0, 8);
		Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(username, "当事人" + username, PASSWORD,
				Set.of(Role.PUBLIC), null, null, UUID.fromString(partyId))));
		return username;
	}

	String startGeneral(String a, String r) throws Exception {
		return withMediator(body(call(post("/api/v1/mediation-cases"), "demo-mediator",
				Map.of("procedure", "GENERAL", "origin", "APPLICATION", "disputeType", "CONSUMER", "summary",
						"网购家具与样品不符，要求退货。", "parties",
						List.of(Map.of("partyId", a, "role", "APPLICANT"), Map.of("partyId", r, "role", "RESPONDENT"))))
			.andExpect(status().isCreated())).get("id").asString(), "demo-mediator");
	}

	@Test
	void aPartyConsentsAndSignsOnlineWithItsConfirmationRecorded() throws Exception {
		String a = newEnterprise("网上调解申请人", "RETAIL");
		String r = newEnterprise("网上调解被申请人", "RETAIL");
		String applicant = publicAccountFor(a);
		String id = startGeneral(a, r);
		// the party sees its case, and only its own
		call(get("/api/v1/mediation-cases"), applicant, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
		call(get("/api/v1/mediation-cases/" + id), "demo-public", null).andExpect(status().isNotFound());
		// it cannot answer for the other party
		call(post("/api/v1/mediation-cases/" + id + "/consents"), applicant, Map.of("partyId", r, "consented", true))
			.andExpect(status().isNotFound());
		call(post("/api/v1/mediation-cases/" + id + "/consents").with(req -> {
			req.setRemoteAddr("198.51.100.23");
			return req;
		}), applicant, Map.of("partyId", a, "consented", true)).andExpect(status().isOk())
			.andExpect(jsonPath("$.parties[0].consent.method").value("ONLINE"))
			.andExpect(jsonPath("$.parties[0].consent.ip").value("198.51.100.23"))
			.andExpect(jsonPath("$.parties[0].consent.at").isNotEmpty());
		// nor run the case
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), applicant,
				Map.of("accepted", true, "sessionAt", AT, "place", "调解室"))
			.andExpect(status().isForbidden());
		call(post("/api/v1/mediation-cases/" + id + "/consents"), "demo-mediator",
				Map.of("partyId", r, "consented", true))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parties[1].consent.method").value("IN_PERSON"));
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), "demo-mediator",
				Map.of("accepted", true, "sessionAt", AT, "place", "市场监管局调解室"))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator",
				Map.of("heldAt", AT, "attendees", List.of(a, r), "transcript", "双方陈述，调解员释明。", "kind", "HEARING",
						"defences", "被申请人称样品仅供参考", "crossExamination", "双方对照片质证", "invited", List.of("消费者协会代表")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sessions[0].kind").value("HEARING"));
		// signing before a proposal
		call(post("/api/v1/mediation-cases/" + id + "/signatures"), applicant, Map.of())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("mediation-transition-not-allowed"));
		call(post("/api/v1/mediation-cases/" + id + "/agreement-proposal"), "demo-mediator",
				Map.of("factsFound", "家具颜色与样品不符", "terms", "被申请人七日内上门退货并退款 4,600 元"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_SIGNATURES"));
		call(post("/api/v1/mediation-cases/" + id + "/signatures").with(req -> {
			req.setRemoteAddr("198.51.100.23");
			return req;
		}), applicant, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_SIGNATURES"))
			.andExpect(jsonPath("$.parties[0].signature.method").value("ONLINE"));
		call(post("/api/v1/mediation-cases/" + id + "/signatures"), applicant, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("signature-already-recorded"));
		call(get("/api/v1/mediation-cases/" + id + "/documents/agreement.pdf"), applicant, null)
			.andExpect(status().isNotFound());
		call(post("/api/v1/mediation-cases/" + id + "/signatures"), "demo-mediator", Map.of("partyId", r))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.documentNumbers.agreement").isNotEmpty());
		// the party reads its agreement online, which says how each signature was given
		String text = pdfText(applicant, id, "agreement");
		assertThat(text).contains("调解协议书").contains("网上签署").contains("198.51.100.23").contains("现场签署");
		assertThat(pdfText(applicant, id, "transcript-1")).contains("听证笔录").contains("消费者协会代表").contains("双方对照片质证");
	}

	@Test
	void aProposalAPartyWillNotSignIsWithdrawnAndTheCaseGoesOn() throws Exception {
		String a = newEnterprise("撤回协议申请人", "RETAIL");
		String r = newEnterprise("撤回协议被申请人", "RETAIL");
		String id = startGeneral(a, r);
		for (String p : List.of(a, r)) {
			call(post("/api/v1/mediation-cases/" + id + "/consents"), "demo-mediator",
					Map.of("partyId", p, "consented", true));
		}
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), "demo-mediator",
				Map.of("accepted", true, "sessionAt", AT, "place", "调解室"));
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator",
				Map.of("heldAt", AT, "attendees", List.of(a, r), "transcript", "笔录", "rightsAcknowledged", false))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("session-needs-rights-acknowledged"));
		call(get("/api/v1/mediation-cases/" + id), "demo-mediator", null)
			.andExpect(jsonPath("$.sessions.length()").value(0));
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator",
				Map.of("heldAt", AT, "attendees", List.of(a, r), "transcript", "笔录"))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/agreement-proposal"), "demo-mediator",
				Map.of("factsFound", "事实", "terms", "退款 100 元"))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/signatures"), "demo-mediator", Map.of("partyId", a))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/agreement-proposal/withdrawal"), "demo-mediator",
				Map.of("reason", "被申请人不同意退款金额"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_SESSION"))
			.andExpect(jsonPath("$.parties[0].signedAt").isEmpty())
			.andExpect(jsonPath("$.agreement").isEmpty());
	}

	@Test
	void aReconsiderationOrganMediatesWithTheRespondentAgencyAsAParty() throws Exception {
		String applicant = newEnterprise("复议申请人", "RETAIL");
		UUID amr = agencies.all().stream().filter(x -> x.code().equals("amr")).findFirst().orElseThrow().id();
		Map<String, Object> start = Map.of("procedure", "GENERAL", "origin", "APPLICATION", "disputeType",
				"ADMINISTRATIVE", "summary", "申请人对罚款 5,000 元的处罚决定不服，申请行政复议，同意调解。", "parties",
				List.of(Map.of("partyId", applicant, "role", "APPLICANT")), "respondentAgencyId", amr.toString(),
				"disputedAct", "河市监罚〔2026〕0012号行政处罚决定");
		// an enforcement agency is no reconsideration organ
		call(post("/api/v1/mediation-cases"), "demo-mediator", start).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("reconsideration-organ-only"));
		JsonNode created = body(
				call(post("/api/v1/mediation-cases"), "demo-reconsideration", start).andExpect(status().isCreated())
					.andExpect(jsonPath("$.forum").value("RECONSIDERATION"))
					.andExpect(jsonPath("$.parties.length()").value(2))
					.andExpect(jsonPath("$.parties[1].agency").value(true)));
		String id = withMediator(created.get("id").asString(), "demo-reconsideration");
		// the respondent agency reads the case, cannot run it
		call(get("/api/v1/mediation-cases/" + id), "demo-head-amr", null).andExpect(status().isOk());
		call(get("/api/v1/mediation-cases/" + id), "demo-officer-eco", null).andExpect(status().isNotFound());
		for (String p : List.of(applicant, amr.toString())) {
			call(post("/api/v1/mediation-cases/" + id + "/consents"), "demo-reconsideration",
					Map.of("partyId", p, "consented", true))
				.andExpect(status().isOk());
		}
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), "demo-head-amr",
				Map.of("accepted", true, "sessionAt", AT, "place", "司法局复议调解室"))
			.andExpect(status().isForbidden());
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), "demo-reconsideration",
				Map.of("accepted", true, "sessionAt", AT, "place", "司法局复议调解室"))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-reconsideration",
				Map.of("heldAt", AT, "attendees", List.of(applicant, amr.toString(), "复议机构工作人员孙某"), "transcript",
						"被申请人说明裁量理由，申请人陈述首次违法且已改正。"))
			.andExpect(status().isOk());
		JsonNode agreed = body(call(post("/api/v1/mediation-cases/" + id + "/agreement"), "demo-reconsideration",
				Map.of("factsFound", "申请人系初次违法且危害后果轻微", "terms", "被申请人将罚款变更为 1,000 元，申请人撤回复议申请", "signatures",
						List.of(Map.of("partyId", applicant), Map.of("partyId", amr.toString()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED")));
		assertThat(agreed.get("documentNumbers").get("agreement").asString()).contains("复调协");
		assertThat(pdfText("demo-reconsideration", id, "agreement")).contains("行政复议调解书")
			.contains("河洛市市场监督管理局")
			.contains("河市监罚〔2026〕0012号");
		assertThat(pdfText("demo-reconsideration", id, "acceptance-notice")).contains("行政复议调解受理通知书");
	}

	@Test
	void aSettlementInReconsiderationIsReviewedByTheOrgansLegalReviewer() throws Exception {
		String applicant = newEnterprise("复议和解申请人", "RETAIL");
		UUID amr = agencies.all().stream().filter(x -> x.code().equals("amr")).findFirst().orElseThrow().id();
		Map<String, Object> settlement = Map.of("partyId", applicant, "dispute", "申请人对罚款决定不服申请复议", "terms",
				"被申请人在裁量幅度内将罚款减为 2,000 元，申请人撤回复议申请", "discretion", Map.of("law", "中华人民共和国行政处罚法", "article", "第三十二条"),
				"partyAgreed", true);
		call(post("/api/v1/reconciliations"), "demo-reconsideration", settlement).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("respondentAgencyId"));
		Map<String, Object> withRespondent = new java.util.HashMap<>(settlement);
		withRespondent.put("respondentAgencyId", amr.toString());
		call(post("/api/v1/reconciliations"), "demo-officer-amr", withRespondent)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("reconsideration-organ-only"));
		String id = body(call(post("/api/v1/reconciliations"), "demo-reconsideration", withRespondent)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.respondentAgencyId").value(amr.toString()))).get("id").asString();
		call(get("/api/v1/reconciliations/" + id), "demo-head-amr", null).andExpect(status().isOk());
		call(post("/api/v1/reconciliations/" + id + "/review"), "demo-legal-amr", Map.of("approve", true))
			.andExpect(status().isForbidden());
		call(post("/api/v1/reconciliations/" + id + "/review"), "demo-legal-justice",
				Map.of("approve", true, "harmsPublicInterest", false, "harmsOthersRights", false))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Autowired
	org.shanzhi.mediation.internal.MediationReminders reminders;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theTimeLimitsAreRemindedOnTheSchedulerWhileTheCaseWaitsForTheStep() throws Exception {
		String a = newEnterprise("期限提醒申请人", "RETAIL");
		String r = newEnterprise("期限提醒被申请人", "RETAIL");
		String id = startGeneral(a, r);
		for (String p : List.of(a, r)) {
			call(post("/api/v1/mediation-cases/" + id + "/consents"), "demo-mediator",
					Map.of("partyId", p, "consented", true));
		}
		assertThat(jdbc
			.sql("select count(*) from scheduler.scheduled_tasks where task_name = 'mediation-reminder'"
					+ " and task_instance = :i")
			.param("i", "A:" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		// the task runs: the case still awaits its acceptance decision, so the agency is
		// reminded
		assertThat(reminders.remind("A:" + id)).isTrue();
		assertThat(reminders.remind("A:" + id)).isFalse();
		org.springframework.test.web.servlet.MvcResult page = mvc
			.perform(get("/mediation/sections/dashboard").with(as("demo-mediator")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page.getResponse().getContentAsString()).contains("受理决定将于");
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), "demo-mediator",
				Map.of("accepted", true, "sessionAt", AT, "place", "调解室"))
			.andExpect(status().isOk());
		// decided: the reminder is gone, and the conclusion's is scheduled
		assertThat(mvc.perform(get("/mediation/sections/dashboard").with(as("demo-mediator")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(id);
		assertThat(jdbc.sql("select count(*) from scheduler.scheduled_tasks where task_instance = :i")
			.param("i", "C:" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		// a terminated case is not reminded
		call(post("/api/v1/mediation-cases/" + id + "/termination"), "demo-mediator", Map.of("reason", "申请人撤回"));
		assertThat(reminders.remind("C:" + id)).isFalse();
	}

	String pdfText(String user, String id, String kind) throws Exception {
		byte[] pdf = call(get("/api/v1/mediation-cases/" + id + "/documents/" + kind + ".pdf"), user, null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
	}

}
