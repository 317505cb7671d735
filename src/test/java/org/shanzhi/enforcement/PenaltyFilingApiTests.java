package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.shared.PeopleTime;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The penalty procedure's first steps through the API (API.md, "Filing, officers,
 * recusal" and "time-limits"): registration → filing (approved, refused, late), the
 * limitation period, the officers' rules in their order, recusal by the officer and by
 * the party, and the agencies' time limits.
 */
class PenaltyFilingApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(PeopleTime.ZONE);

	static final String OFFICER = "demo-officer-amr";

	static final String HEAD = "demo-head-amr";

	@Autowired
	JdbcClient jdbc;

	Map<String, Object> registration(String party, LocalDate occurred) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("partyId", party);
		body.put("violationCode", "PRICE-TAG");
		body.put("occurredOn", occurred.toString());
		body.put("facts", "商品未明码标价");
		body.put("origin", "COMPLAINT");
		body.put("officerIds", officerIds(OFFICER));
		return body;
	}

	String register(Map<String, Object> body) throws Exception {
		return body(call(post("/api/v1/enforcement-cases"), OFFICER, body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REGISTERED"))).get("id").asString();
	}

	String party() throws Exception {
		return newEnterprise("河洛市立案测试商店", "RETAIL");
	}

	@Test
	void aRegisteredCaseIsFiledByTheHeadWithItsNumberedFilingApprovalForm() throws Exception {
		String c = register(registration(party(), TODAY.minusDays(3)));
		JsonNode registered = body(call(get("/api/v1/enforcement-cases/" + c), OFFICER, null));
		assertThat(registered.get("procedure").asString()).isEqualTo("ORDINARY");
		assertThat(registered.get("discoveredOn").asString()).isEqualTo(TODAY.toString());
		assertThat(registered.get("officers")).hasSize(2);
		assertThat(registered.get("officers").get(0).get("certificateNumber").asString()).isNotBlank();
		assertThat(registered.get("nextSteps").toString()).contains("filing").doesNotContain("investigation");
		assertThat(registered.get("deadlines").get("filingDue").asString()).isGreaterThan(TODAY.toString());
		assertThat(registered.get("deadlines").get("decisionDue").isNull()).isTrue();

		// not before filing
		call(post("/api/v1/enforcement-cases/" + c + "/investigation"), OFFICER,
				Map.of("findings", "x", "harm", "NONE", "corrected", false))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("case-transition-not-allowed"));
		// the head's only, of the case's own agency
		call(post("/api/v1/enforcement-cases/" + c + "/filing"), OFFICER, Map.of("approve", true))
			.andExpect(status().isForbidden());
		call(post("/api/v1/enforcement-cases/" + c + "/filing"), "demo-head-eco", Map.of("approve", true))
			.andExpect(status().isNotFound());
		call(post("/api/v1/enforcement-cases/" + c + "/filing"), HEAD, Map.of("approve", false, "note", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("rejection-needs-note"));

		JsonNode filed = body(
				call(post("/api/v1/enforcement-cases/" + c + "/filing"), HEAD, Map.of("approve", true, "note", "同意立案"))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.status").value("OPEN")));
		assertThat(filed.get("filedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(filed.get("filingDocumentNumber").asString()).matches(".+立〔\\d{4}〕\\d{4,}号");
		assertThat(filed.get("deadlines").get("decisionDue").asString()).isEqualTo(TODAY.plusDays(90).toString());
		assertThat(filed.get("nextSteps").toString()).contains("investigation");
		call(post("/api/v1/enforcement-cases/" + c + "/filing"), HEAD, Map.of("approve", true))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("case-transition-not-allowed"));

		JsonNode limits = body(
				call(get("/api/v1/enforcement-cases/" + c + "/time-limits"), OFFICER, null).andExpect(status().isOk()));
		assertThat(limits.get("filingDue").asString())
			.isEqualTo(registered.get("deadlines").get("filingDue").asString());
		assertThat(limits.get("decisionDue").asString()).isEqualTo(TODAY.plusDays(90).toString());
		assertThat(limits.get("paymentDueOn").isNull()).isTrue();
		assertThat(limits.get("overdue")).isEmpty();

		// audited in words
		String trail = body(call(get("/api/v1/audit").param("subjectType", "ENFORCEMENT_CASE").param("subjectId", c),
				"demo-supervisor", null))
			.toString();
		assertThat(trail).contains("REGISTERED").contains("FILED");
	}

	@Test
	void aRefusedFilingEndsTheCaseAndALateOneNeedsItsReason() throws Exception {
		String refused = register(registration(party(), TODAY.minusDays(3)));
		call(post("/api/v1/enforcement-cases/" + refused + "/filing"), HEAD,
				Map.of("approve", false, "note", "违法事实不存在，不予立案"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOT_FILED"))
			.andExpect(jsonPath("$.filingNote").value("违法事实不存在，不予立案"))
			.andExpect(jsonPath("$.nextSteps").isEmpty());

		Map<String, Object> late = registration(party(), TODAY.minusDays(60));
		late.put("discoveredOn", TODAY.minusDays(50).toString());
		String c = register(late);
		JsonNode limits = body(call(get("/api/v1/enforcement-cases/" + c + "/time-limits"), OFFICER, null));
		assertThat(limits.get("overdue").toString()).contains("filingDue");
		call(post("/api/v1/enforcement-cases/" + c + "/filing"), HEAD, Map.of("approve", true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("filing-late-needs-reason"));
		call(get("/api/v1/enforcement-cases/" + c), OFFICER, null).andExpect(jsonPath("$.status").value("REGISTERED"));
		call(post("/api/v1/enforcement-cases/" + c + "/filing"), HEAD,
				Map.of("approve", true, "lateReason", "当事人身份核实耗时"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.filingLateReason").value("当事人身份核实耗时"));
	}

	@Test
	void aHeadsOwnRegistrationIsItsFiling() throws Exception {
		Map<String, Object> body = registration(party(), TODAY.minusDays(1));
		body.put("officerIds", officerIds(OFFICER));
		call(post("/api/v1/enforcement-cases"), HEAD, body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.filingDocumentNumber").isNotEmpty());
	}

	@Test
	void aViolationDiscoveredAfterTheLimitationPeriodIsNotRegistered() throws Exception {
		String party = party();
		Map<String, Object> old = registration(party, TODAY.minusYears(3));
		call(post("/api/v1/enforcement-cases"), OFFICER, old).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("limitation-period-expired"));
		assertThat(count(party)).isZero();
		old.put("violationEndedOn", TODAY.minusYears(1).toString());
		register(old);
		Map<String, Object> endangered = registration(party, TODAY.minusYears(4));
		endangered.put("endangeredSafety", true);
		register(endangered);
		endangered.put("occurredOn", TODAY.minusYears(6).toString());
		call(post("/api/v1/enforcement-cases"), OFFICER, endangered).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("limitation-period-expired"));
		assertThat(count(party)).isEqualTo(2);
	}

	long count(String party) {
		return jdbc.sql("select count(*) from enforcement.enforcement_case where party_id = cast(:p as uuid)")
			.param("p", party)
			.query(Long.class)
			.single();
	}

	@Test
	void theOfficersNamedAreCheckedInTheContractsOrder() throws Exception {
		String party = party();
		List<String> two = officerIds(OFFICER);
		String expired = expiredOfficer();
		String ecoOfficer = officerIds("demo-officer-eco").get(0);
		Map<String, Object> body = registration(party, TODAY.minusDays(2));
		body.put("officerIds", List.of(two.get(0)));
		call(post("/api/v1/enforcement-cases"), OFFICER, body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("two-certified-officers"));
		body.remove("officerIds");
		call(post("/api/v1/enforcement-cases"), OFFICER, body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("two-certified-officers"));
		body.put("officerIds", List.of(two.get(0), two.get(0)));
		call(post("/api/v1/enforcement-cases"), OFFICER, body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("two-certified-officers"));
		body.put("officerIds", List.of(two.get(0), expired, ecoOfficer));
		call(post("/api/v1/enforcement-cases"), OFFICER, body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("officer-certificate-invalid"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("过期测试")));
		body.put("officerIds", List.of(two.get(0), ecoOfficer, expired));
		call(post("/api/v1/enforcement-cases"), OFFICER, body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("not-a-case-officer"));
		body.put("procedure", "SIMPLE");
		body.put("officerIds", two);
		// the simple procedure reports a decision on the spot: none given, nothing saved
		call(post("/api/v1/enforcement-cases"), OFFICER, body).andExpect(status().isBadRequest());
		assertThat(count(party)).isZero();

		// the head names a third officer, refuses an expired certificate and another
		// agency's officer, and keeps two
		body.remove("procedure");
		String c = register(body);
		call(post("/api/v1/enforcement-cases/" + c + "/officers"), OFFICER, Map.of("officerId", expired))
			.andExpect(status().isForbidden());
		call(post("/api/v1/enforcement-cases/" + c + "/officers"), HEAD, Map.of("officerId", expired))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("officer-certificate-invalid"));
		call(post("/api/v1/enforcement-cases/" + c + "/officers"), HEAD, Map.of("officerId", ecoOfficer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("officer-of-another-agency"));
		call(post("/api/v1/enforcement-cases/" + c + "/officers"), HEAD, Map.of("officerId", two.get(1)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("officer-already-assigned"));
		call(delete("/api/v1/enforcement-cases/" + c + "/officers/" + two.get(1)), HEAD, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("two-certified-officers"));
		String third = officerIds("demo-head-amr").get(0);
		call(post("/api/v1/enforcement-cases/" + c + "/officers"), HEAD, Map.of("officerId", third))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.officers.length()").value(3));
		call(delete("/api/v1/enforcement-cases/" + c + "/officers/" + two.get(1)), HEAD, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.officers.length()").value(2));
		call(delete("/api/v1/enforcement-cases/" + c + "/officers/" + two.get(1)), HEAD, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("not-a-case-officer"));
	}

	/** An officer of the market bureau whose certificate ran out. */
	String expiredOfficer() {
		UUID agency = accounts.findByUsername(OFFICER).orElseThrow().agencyId();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into directory.officer (id, agency_id, name, certificate_number, position, created_at,
				    certificate_valid_until)
				values (:id, :agency, '过期测试', :number, '执法队员', now(), :until)
				""")
			.param("id", id)
			.param("agency", agency)
			.param("number", "EXP-" + id.toString().substring(0, 8).toUpperCase())
			.param("until", TODAY.minusDays(1))
			.update();
		return id.toString();
	}

	@Test
	void anOfficerStepsAsideOnTheHeadsDecisionAndActsNoMore() throws Exception {
		List<String> two = officerIds(OFFICER);
		Map<String, Object> body = registration(party(), TODAY.minusDays(2));
		body.put("officerIds", List.of(two.get(1), two.get(0)));
		String c = register(body);
		file(c, HEAD);
		addInquiry(c, OFFICER);
		String own = two.get(0);
		String path = "/api/v1/enforcement-cases/" + c + "/officers/" + own + "/recusal";
		call(post(path), OFFICER, Map.of("reason", " ", "appliedBy", "OFFICER"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("recusal-needs-reason"));
		// only the officer applies for their own recusal
		call(post("/api/v1/enforcement-cases/" + c + "/officers/" + two.get(1) + "/recusal"), OFFICER,
				Map.of("reason", "与当事人负责人系同学", "appliedBy", "OFFICER"))
			.andExpect(status().isForbidden());
		call(post(path), OFFICER, Map.of("reason", "与当事人负责人系同学", "appliedBy", "OFFICER"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.id").isNotEmpty());
		call(post(path), OFFICER, Map.of("reason", "再次申请", "appliedBy", "OFFICER")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("recusal-pending"));
		call(post(path + "/decision"), OFFICER, Map.of("approve", true)).andExpect(status().isForbidden());
		call(post(path + "/decision"), HEAD, Map.of("approve", true, "note", "准予回避")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		JsonNode after = body(call(get("/api/v1/enforcement-cases/" + c), HEAD, null));
		assertThat(after.get("officers").get(1).get("recusedAt").isNull()).isFalse();
		// that officer's later acts are refused; the investigation goes on with others
		call(post("/api/v1/enforcement-cases/" + c + "/investigation"), OFFICER,
				Map.of("findings", "x", "harm", "NONE", "corrected", false))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("officer-recused"));
		call(post("/api/v1/enforcement-cases/" + c + "/investigation"), "demo-officer-amr-2",
				Map.of("findings", "事实清楚", "harm", "NONE", "corrected", false))
			.andExpect(status().isOk());
	}

	@Test
	void thePartyAppliesForAnOfficersRecusalOnItsOwnCase() throws Exception {
		var citizen = accounts.findByUsername("demo-public").orElseThrow();
		List<String> two = officerIds(OFFICER);
		String mine = register(registration(citizen.partyId().toString(), TODAY.minusDays(2)));
		String others = register(registration(party(), TODAY.minusDays(2)));
		call(post("/api/v1/enforcement-cases/" + others + "/officers/" + two.get(0) + "/recusal"), "demo-public",
				Map.of("reason", "执法人员与竞争对手有利害关系", "appliedBy", "PARTY"))
			.andExpect(status().isNotFound());
		call(post("/api/v1/enforcement-cases/" + mine + "/officers/" + two.get(0) + "/recusal"), "demo-public",
				Map.of("appliedBy", "PARTY"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("recusal-needs-reason"));
		call(post("/api/v1/enforcement-cases/" + mine + "/officers/" + two.get(0) + "/recusal"), "demo-public",
				Map.of("reason", "执法人员与竞争对手有利害关系", "appliedBy", "PARTY"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.appliedBy").value("PARTY"));
		call(post("/api/v1/enforcement-cases/" + mine + "/officers/" + two.get(0) + "/recusal/decision"), HEAD,
				Map.of("approve", false))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("rejection-needs-note"));
		call(post("/api/v1/enforcement-cases/" + mine + "/officers/" + two.get(0) + "/recusal/decision"), HEAD,
				Map.of("approve", false, "note", "所称利害关系不存在"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		call(get("/api/v1/enforcement-cases/" + mine), HEAD, null)
			.andExpect(jsonPath("$.officers[0].recusedAt").isEmpty());
	}

	@Test
	void anAgencySetsItsTimeLimitsWithinTheStatute() throws Exception {
		String head = "demo-head-emergency";
		JsonNode defaults = body(
				call(get("/api/v1/enforcement-cases/time-limits"), head, null).andExpect(status().isOk()));
		assertThat(defaults.get("decisionDays").asInt()).isEqualTo(90);
		assertThat(defaults.get("filingWorkingDays").asInt()).isEqualTo(15);
		assertThat(defaults.get("simpleFineMaxPerson").decimalValue()).isEqualByComparingTo("200");
		assertThat(defaults.get("hearingFineMinOrganization").decimalValue()).isEqualByComparingTo("100000");
		assertThat(defaults.get("paymentDueDays").asInt()).isEqualTo(15);
		call(get("/api/v1/enforcement-cases/time-limits"), "demo-officer-emergency", null)
			.andExpect(status().isForbidden());
		String amr = accounts.findByUsername(HEAD).orElseThrow().agencyId().toString();
		call(get("/api/v1/enforcement-cases/time-limits").param("agencyId", amr), head, null)
			.andExpect(status().isForbidden());
		call(get("/api/v1/enforcement-cases/time-limits").param("agencyId", amr), "demo-admin", null)
			.andExpect(status().isOk());

		Map<String, Object> limits = new LinkedHashMap<>();
		defaults.properties().forEach(e -> limits.put(e.getKey(), e.getValue()));
		limits.keySet()
			.retainAll(List.of("decisionDays", "extensionDays", "statementWorkingDays", "publicationWorkingDays",
					"simpleFineMaxPerson", "simpleFineMaxOrganization", "hearingFineMinPerson",
					"hearingFineMinOrganization", "hearingValueMinPerson", "hearingValueMinOrganization",
					"filingWorkingDays", "paymentDueDays"));
		limits.put("simpleFineMaxPerson", 300);
		call(put("/api/v1/enforcement-cases/time-limits"), head, limits).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("threshold-above-statute"));
		limits.put("simpleFineMaxPerson", 100);
		limits.put("filingWorkingDays", 7);
		limits.put("decisionDays", -1);
		call(put("/api/v1/enforcement-cases/time-limits"), head, limits).andExpect(status().isBadRequest());
		limits.put("decisionDays", 60);
		call(put("/api/v1/enforcement-cases/time-limits"), head, limits).andExpect(status().isOk())
			.andExpect(jsonPath("$.defaults").value(false))
			.andExpect(jsonPath("$.filingWorkingDays").value(7))
			.andExpect(jsonPath("$.decisionDays").value(60));
		call(get("/api/v1/enforcement-cases/time-limits"), head, null)
			.andExpect(jsonPath("$.simpleFineMaxPerson").value(100.0));
	}

	@Test
	void theCasePageWalksTheHeadThroughFilingAndRecusal() throws Exception {
		String c = register(registration(party(), TODAY.minusDays(2)));
		String officerPage = mvc.perform(get("/cases/" + c).with(as(OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(officerPage).contains("案源登记")
			.contains("case-officers")
			.contains("执法证号")
			.doesNotContain("id=\"filing-form\"");
		String headPage = mvc.perform(get("/cases/" + c).with(as(HEAD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(headPage).contains("id=\"filing-form\"")
			.contains("data-confirm=\"确认作出立案审批决定")
			.contains("assign-officer-form");
		// a refusal without its note is shown on the page, nothing saved
		String refused = mvc
			.perform(post("/cases/" + c + "/filing").with(as(HEAD))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("approve", "false"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"refusal\"").contains("不同意时须写明意见");
		mvc.perform(post("/cases/" + c + "/filing").with(as(HEAD))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("approve", "true")
			.param("note", "同意立案")).andExpect(status().is3xxRedirection());
		String own = officerIds(OFFICER).get(0);
		mvc.perform(post("/cases/" + c + "/officers/" + own + "/recusal").with(as(OFFICER))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("appliedBy", "OFFICER")
			.param("reason", "与当事人存在亲属关系")).andExpect(status().is3xxRedirection());
		String pending = mvc.perform(get("/cases/" + c).with(as(HEAD))).andReturn().getResponse().getContentAsString();
		assertThat(pending).contains("已立案").contains("与当事人存在亲属关系").contains("执法人员本人申请").contains("待决定");
		mvc.perform(post("/cases/" + c + "/officers/" + own + "/recusal/decision").with(as(HEAD))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("approve", "true")).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/cases/" + c).with(as(HEAD))).andReturn().getResponse().getContentAsString())
			.contains("准予回避")
			.contains("已于");
		// the trail in words: registration, filing, recusal applied for and approved
		String trail = mvc
			.perform(get("/audit/trail").param("subjectType", "ENFORCEMENT_CASE").param("subjectId", c).with(as(HEAD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(trail).contains("登记")
			.contains("立案")
			.contains("申请回避")
			.contains("准予回避")
			.contains("执法人员本人")
			.doesNotContain("RECUSAL_")
			.doesNotContain("FILED");
	}

}
