package org.shanzhi.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Sharing rules (J2) seen from every list and detail endpoint that shows a shared type:
 * the market bureau's case, inspection, act of guidance and risk warning stay hidden from
 * the transport bureau while a rule is only proposed; once a supervisor approves it they
 * appear, read-only and marked as shared, and every read is logged for the market bureau;
 * a third agency still sees nothing; revoking the rule hides them again at once. Bad
 * rules are refused naming the field or rule, with nothing written.
 */
class SharingRulesApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	static final String READER = "demo-officer-transport";

	static final String STRANGER = "demo-officer-urban";

	static final String OWNER = "demo-officer-amr";

	@Autowired
	JdbcClient jdbc;

	String agency(String user) {
		return accounts.findByUsername(user).orElseThrow().actor().agencyId().toString();
	}

	record Records(String party, String kase, String inspection, String act, String warning) {
	}

	Records marketBureauRecords() throws Exception {
		String party = newEnterprise("河洛市共享测试超市", "RETAIL");
		String inspection = body(call(post("/api/v1/inspections"), "demo-officer-amr", Map.of("partyId", party,
				"inspectedOn", TODAY.toString(), "place", "经营场所", "findings", "价签不全", "violationFound", true))
			.andExpect(status().isCreated())).get("id").asString();
		String kase = body(call(post("/api/v1/enforcement-cases"), "demo-officer-amr",
				withOfficers("demo-officer-amr",
						Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn", TODAY.toString(), "facts",
								"价签不全", "origin", "INSPECTION", "originId", inspection)))
			.andExpect(status().isCreated())).get("id").asString();
		Map<String, Object> guidance = new LinkedHashMap<>();
		guidance.put("partyId", party);
		guidance.put("form", "REMIND");
		guidance.put("documentForm", "SIMPLE");
		guidance.put("channel", "IN_PERSON");
		guidance.put("subject", "明码标价提示");
		guidance.put("content", "提示经营者按规定明码标价。");
		guidance.put("details", Map.of("item", "明码标价"));
		guidance.put("legalBasis", List.of(Map.of("law", "《中华人民共和国价格法》", "article", "第十三条")));
		String act = body(call(post("/api/v1/guidance"), "demo-officer-amr", guidance).andExpect(status().isCreated()))
			.get("id")
			.asString();
		UUID warning = UUID.randomUUID();
		jdbc.sql("""
				insert into risk.warning (id, party_id, agency_id, reason, status, trigger_type, proposed_form,
				    proposed_measures, opened_at, expires_on)
				values (:id, :party, :agency, 'GRADE_HIGH', 'OPEN', 'TEST', 'REMIND', '提示', now(), :expires)
				""")
			.param("id", warning)
			.param("party", UUID.fromString(party))
			.param("agency", UUID.fromString(agency("demo-officer-amr")))
			.param("expires", TODAY.plusDays(30))
			.update();
		return new Records(party, kase, inspection, act, warning.toString());
	}

	/** What a user of another agency sees of the records, endpoint by endpoint. */
	List<String> visibleTo(String user, Records r) throws Exception {
		List<String> seen = new ArrayList<>();
		if (statusOf("/api/v1/enforcement-cases/" + r.kase(), user) == 200) {
			seen.add("case-detail");
		}
		if (body(call(get("/api/v1/enforcement-cases").param("partyId", r.party()), user, null)).get("total")
			.asLong() > 0) {
			seen.add("case-list");
		}
		if (statusOf("/api/v1/enforcement-cases/" + r.kase() + "/coercive-measures", user) == 200) {
			seen.add("case-coercive-measures");
		}
		if (statusOf("/api/v1/inspections/" + r.inspection(), user) == 200) {
			seen.add("inspection-detail");
		}
		if (statusOf("/api/v1/guidance/" + r.act(), user) == 200) {
			seen.add("guidance-detail");
		}
		if (statusOf("/api/v1/guidance/" + r.act() + "/document.pdf", user) == 200) {
			seen.add("guidance-document");
		}
		if (statusOf("/api/v1/guidance/" + r.act() + "/follow-ups", user) == 200) {
			seen.add("guidance-follow-ups");
		}
		if (body(call(get("/api/v1/guidance").param("partyId", r.party()), user, null)).get("total").asLong() > 0) {
			seen.add("guidance-list");
		}
		for (JsonNode w : body(call(get("/api/v1/risk-warnings").param("size", "200"), user, null)).get("items")) {
			if (w.get("id").asString().equals(r.warning())) {
				seen.add("warning-list");
			}
		}
		if (mvc.perform(get("/cases/" + r.kase()).with(as(user))).andReturn().getResponse().getStatus() == 200) {
			seen.add("case-page");
		}
		if (mvc.perform(get("/guidance/" + r.act()).with(as(user))).andReturn().getResponse().getStatus() == 200) {
			seen.add("guidance-page");
		}
		if (mvc.perform(get("/cases").with(as(user)))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.contains(r.kase())) {
			seen.add("case-list-page");
		}
		if (mvc.perform(get("/guidance/sections/party/" + r.party()).with(as(user)))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.contains(r.act())) {
			seen.add("party-guidance-section");
		}
		return seen;
	}

	int statusOf(String path, String user) throws Exception {
		return call(get(path), user, null).andReturn().getResponse().getStatus();
	}

	static final List<String> EVERY_VIEW = List.of("case-detail", "case-list", "case-coercive-measures",
			"inspection-detail", "guidance-detail", "guidance-document", "guidance-follow-ups", "guidance-list",
			"warning-list", "case-page", "guidance-page", "case-list-page", "party-guidance-section");

	Map<String, Object> proposal(String recipient) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("recipientAgencyId", recipient);
		p.put("recordTypes", List.of("VIOLATIONS", "GUIDANCE_OUTCOMES", "RISK_WARNINGS"));
		p.put("purpose", "交通运输经营者信用联合评价");
		p.put("legalBasis", "《优化营商环境条例》第五十六条");
		p.put("validFrom", TODAY.toString());
		p.put("validUntil", TODAY.plusMonths(6).toString());
		return p;
	}

	long rules() {
		return jdbc.sql("select count(*) from joint.sharing_rule").query(Long.class).single();
	}

	@Test
	void sharedRecordsAppearOnlyWhileAnApprovedRuleRunsReadOnlyMarkedAndLogged() throws Exception {
		Records r = marketBureauRecords();
		String transport = agency(READER);
		assertThat(visibleTo(READER, r)).isEmpty();
		assertThat(visibleTo(OWNER, r)).as("the owner sees its own records").containsExactlyElementsOf(EVERY_VIEW);

		JsonNode rule = body(call(post("/api/v1/sharing-rules"), "demo-head-amr", proposal(transport))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.effective").value(false)));
		String id = rule.get("id").asString();
		try {
			assertThat(visibleTo(READER, r)).as("a proposed rule opens nothing").isEmpty();
			call(post("/api/v1/sharing-rules/" + id + "/decision"), "demo-head-amr",
					Map.of("approve", true, "version", rule.get("version").asLong()))
				.andExpect(status().isForbidden());
			rule = body(call(post("/api/v1/sharing-rules/" + id + "/decision"), "demo-supervisor",
					Map.of("approve", true, "note", "目的正当、范围必要", "version", rule.get("version").asLong()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("APPROVED"))
				.andExpect(jsonPath("$.effective").value(true)));

			assertThat(visibleTo(READER, r)).as("approved: every view shows the shared records")
				.containsExactlyElementsOf(EVERY_VIEW);
			assertThat(visibleTo(STRANGER, r)).as("a third agency still sees nothing").isEmpty();
			assertThat(visibleTo(OWNER, r)).as("sharing takes nothing from the owner")
				.containsExactlyElementsOf(EVERY_VIEW);
			String page = mvc.perform(get("/cases/" + r.kase()).with(as(READER)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("shared-mark").contains("河洛市市场监督管理局").doesNotContain("id=\"investigation-form\"");
			assertThat(mvc.perform(get("/guidance/" + r.act()).with(as(READER)))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("shared-mark");

			// one way only: the reader's own records stay its own
			String own = body(
					call(post("/api/v1/inspections"), READER,
							Map.of("partyId", r.party(), "inspectedOn", TODAY.toString(), "place", "停车场", "findings",
									"营运车辆证照齐全", "violationFound", false))
						.andExpect(status().isCreated()))
				.get("id")
				.asString();
			call(get("/api/v1/inspections/" + own), READER, null).andExpect(status().isOk());
			call(get("/api/v1/inspections/" + own), OWNER, null).andExpect(status().isNotFound());

			// read-only: the reader's agency cannot act on them
			call(post("/api/v1/enforcement-cases/" + r.kase() + "/investigation"), READER,
					Map.of("findings", "试图修改", "harm", "NONE", "corrected", false))
				.andExpect(status().isForbidden());
			call(post("/api/v1/guidance/" + r.act() + "/response"), READER, Map.of("accepted", true, "note", "试图修改"))
				.andExpect(status().isForbidden());
			call(post("/api/v1/risk-warnings/" + r.warning() + "/interventions"), READER,
					Map.of("form", "REMIND", "note", "试图处理"))
				.andExpect(status().isNotFound());
			Map<String, Object> linked = new LinkedHashMap<>();
			linked.put("partyId", r.party());
			linked.put("form", "REMIND");
			linked.put("documentForm", "SIMPLE");
			linked.put("channel", "PHONE");
			linked.put("subject", "借他人案件");
			linked.put("content", "试图关联其他机关的案件");
			linked.put("legalBasis", List.of(Map.of("law", "《中华人民共和国道路运输条例》", "article", "第八条")));
			linked.put("details", Map.of("item", "道路运输"));
			linked.put("caseId", r.kase());
			call(post("/api/v1/guidance"), READER, linked).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("caseId"));

			// every read was logged for the market bureau, not visible to the reader
			JsonNode reads = body(call(get("/api/v1/sharing-rules/reads").param("ruleId", id).param("size", "200"),
					"demo-head-amr", null)
				.andExpect(status().isOk()));
			List<String> readIds = new ArrayList<>();
			reads.get("items").forEach(x -> {
				assertThat(x.get("readerAgencyId").asString()).isEqualTo(transport);
				readIds.add(x.get("recordId").asString() + "/" + x.get("via").asString());
			});
			assertThat(readIds).contains(r.kase() + "/detail", r.kase() + "/list", r.inspection() + "/detail",
					r.act() + "/detail", r.act() + "/list", r.warning() + "/list");
			assertThat(body(call(get("/api/v1/sharing-rules/reads"), READER, null)).get("total").asLong()).isZero();
			call(get("/api/v1/sharing-rules/" + id), STRANGER, null).andExpect(status().isNotFound());
			call(get("/api/v1/sharing-rules/" + id), READER, null).andExpect(status().isOk());

			call(post("/api/v1/sharing-rules/" + id + "/revocation"), READER,
					Map.of("reason", "不再需要", "version", rule.get("version").asLong()))
				.andExpect(status().isForbidden());
			call(post("/api/v1/sharing-rules/" + id + "/revocation"), "demo-head-amr",
					Map.of("reason", "联合评价结束", "version", rule.get("version").asLong()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("REVOKED"));
			assertThat(visibleTo(READER, r)).as("revoked: hidden again at once").isEmpty();
			assertThat(visibleTo(OWNER, r)).as("nor does revoking").containsExactlyElementsOf(EVERY_VIEW);
		}
		finally {
			jdbc.sql("update joint.sharing_rule set status = 'REVOKED' where id = :id")
				.param("id", UUID.fromString(id))
				.update();
		}
	}

	@Test
	void aRuleWithoutPurposeOrEndOrForTooLongIsRefusedNamingWhyAndNothingIsWritten() throws Exception {
		String transport = agency(READER);
		long before = rules();
		Map<String, Object> noPurpose = proposal(transport);
		noPurpose.put("purpose", " ");
		call(post("/api/v1/sharing-rules"), "demo-head-amr", noPurpose).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("purpose"));
		Map<String, Object> noEnd = proposal(transport);
		noEnd.remove("validUntil");
		call(post("/api/v1/sharing-rules"), "demo-head-amr", noEnd).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validUntil"));
		Map<String, Object> backwards = proposal(transport);
		backwards.put("validUntil", TODAY.minusDays(1).toString());
		call(post("/api/v1/sharing-rules"), "demo-head-amr", backwards).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validUntil"));
		Map<String, Object> tooLong = proposal(transport);
		tooLong.put("validUntil", TODAY.plusYears(5).toString());
		call(post("/api/v1/sharing-rules"), "demo-head-amr", tooLong).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("sharing-period-too-long"));
		Map<String, Object> noTypes = proposal(transport);
		noTypes.put("recordTypes", List.of());
		call(post("/api/v1/sharing-rules"), "demo-head-amr", noTypes).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("recordTypes"));
		call(post("/api/v1/sharing-rules"), "demo-head-amr", proposal(agency("demo-head-amr")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("recipientAgencyId"));
		call(post("/api/v1/sharing-rules"), "demo-officer-amr", proposal(transport)).andExpect(status().isForbidden());
		assertThat(rules()).isEqualTo(before);

		JsonNode rule = body(call(post("/api/v1/sharing-rules"), "demo-head-amr", proposal(transport))
			.andExpect(status().isCreated()));
		String id = rule.get("id").asString();
		call(post("/api/v1/sharing-rules/" + id + "/decision"), "demo-supervisor",
				Map.of("approve", false, "version", rule.get("version").asLong()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		JsonNode rejected = body(call(post("/api/v1/sharing-rules/" + id + "/decision"), "demo-supervisor",
				Map.of("approve", false, "note", "共享范围过宽", "version", rule.get("version").asLong()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED")));
		call(post("/api/v1/sharing-rules/" + id + "/decision"), "demo-supervisor",
				Map.of("approve", true, "version", rejected.get("version").asLong()))
			.andExpect(status().isConflict());
		call(get("/api/v1/audit").param("subjectType", "SHARING_RULE").param("subjectId", id), "demo-head-amr", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2));
	}

}
