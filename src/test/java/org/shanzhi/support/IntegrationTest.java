package org.shanzhi.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of the tests that run the whole application on the embedded PostgreSQL. Every
 * subclass uses the same configuration, so they share one Spring context and one database
 * (with the demo city loaded) across the test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IntegrationTest {

	public static final String PASSWORD = "Demo#2026";

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected ObjectMapper json;

	@Autowired
	protected org.shanzhi.security.Accounts accounts;

	@Autowired
	protected org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

	/**
	 * Waits until the background recompute after a change of risk model has scored every
	 * party with the version.
	 */
	protected void awaitRiskScoresOf(String version) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			long others = jdbcClient.sql("select count(*) from risk.party_score where model_version <> :v")
				.param("v", version)
				.query(Long.class)
				.single();
			if (others == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("scores did not follow " + version);
	}

	/** A page session signed in as a demo account (for MockMvc page tests). */
	protected org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		org.shanzhi.security.AccountView a = accounts.findByUsername(username).orElseThrow();
		org.shanzhi.security.Actor actor = a.actor();
		var authorities = a.roles()
			.stream()
			.map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority(r.authority()))
			.toList();
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.authentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated(actor, null, authorities));
	}

	/** A bearer header for a demo account, signed in once per test run. */
	protected String bearer(String username) {
		return "Bearer " + TOKENS.computeIfAbsent(username, u -> signIn(u, PASSWORD));
	}

	protected String signIn(String username, String password) {
		try {
			String body = mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(Map.of("username", username, "password", password))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			return json.readTree(body).get("token").asString();
		}
		catch (Exception ex) {
			throw new IllegalStateException("sign-in of " + username + " failed", ex);
		}
	}

	/**
	 * Performs an API request as a demo account, with a JSON body unless {@code null}.
	 */
	protected org.springframework.test.web.servlet.ResultActions call(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user,
			Object body) throws Exception {
		request.header("Authorization", bearer(user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body instanceof String s ? s : toJson(body));
		}
		return mvc.perform(request);
	}

	/** The JSON body of an answer. */
	protected JsonNode body(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
		return read(actions.andReturn().getResponse().getContentAsString());
	}

	private static final java.util.concurrent.atomic.AtomicLong ENTERPRISES = new java.util.concurrent.atomic.AtomicLong(
			System.nanoTime() % 1_000_000);

	/**
	 * A new enterprise of the market bureau's city with a valid, unused credit code, so
	 * that its history starts empty; registered by {@code demo-officer-amr}.
	 */
	protected String newEnterprise(String name, String category) throws Exception {
		String org8 = String.format("3%07d", ENTERPRISES.incrementAndGet() % 10_000_000);
		String first17 = "91419900" + org8 + org.shanzhi.shared.CreditCodes.organisationCodeCheck(org8);
		Map<String, Object> party = Map.of("kind", "ORGANIZATION", "name", name + org8, "creditCode",
				first17 + org.shanzhi.shared.CreditCodes.checkCharacter(first17), "category", category, "address",
				"河洛市测试路");
		return body(call(post("/api/v1/parties"), "demo-officer-amr", party).andExpect(status().isCreated())).get("id")
			.asString();
	}

	/**
	 * Two officers of the account's agency to name on a case (APL art. 42): the account's
	 * own officer first, then another officer of the agency (the market and ecology
	 * bureaus' second officer account's where there is one).
	 */
	protected java.util.List<String> officerIds(String username) {
		var account = accounts.findByUsername(username).orElseThrow();
		String own = account.officerId().toString();
		String second = jdbcClient.sql("""
				select o.id::text from directory.officer o
				left join security.account a on a.officer_id = o.id
				where o.agency_id = :agency and o.id <> :own
				  and (o.certificate_valid_until is null or o.certificate_valid_until >= current_date)
				order by coalesce(a.username like 'demo-officer-%-2', false) desc, a.username is null,
				         o.certificate_number limit 1
				""").param("agency", account.agencyId()).param("own", account.officerId()).query(String.class).single();
		return java.util.List.of(own, second);
	}

	/**
	 * Assigns the mediation case to the mediator the account is (a session and an
	 * agreement need one, issue 23), as that account; answers the case's id.
	 */
	protected String withMediator(String caseId, String username) throws Exception {
		String mediator = jdbcClient.sql("""
				select m.id::text from mediation.mediator m join security.account a on a.id = m.account_id
				where a.username = :username
				""").param("username", username).query(String.class).single();
		var answer = call(post("/api/v1/mediation-cases/" + caseId + "/mediators"), username,
				Map.of("mediatorId", mediator))
			.andReturn()
			.getResponse();
		org.assertj.core.api.Assertions.assertThat(answer.getStatus())
			.as("assigning %s: %s", username, answer.getContentAsString())
			.isEqualTo(200);
		return caseId;
	}

	/** The body of a case's registration, naming the account's two officers. */
	protected Map<String, Object> withOfficers(String username, Map<String, Object> body) {
		Map<String, Object> named = new java.util.LinkedHashMap<>(body);
		named.put("officerIds", officerIds(username));
		return named;
	}

	/** The head files a registered case (立案审批), as the penalty procedure requires. */
	protected JsonNode file(String caseId, String head) throws Exception {
		return body(call(post("/api/v1/enforcement-cases/" + caseId + "/filing"), head,
				Map.of("approve", true, "note", "同意立案"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
				.value("OPEN")));
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.shanzhi.calendar.WorkingDays calendarDays;

	/**
	 * Records an inquiry (询问笔录) on the case by the officer's two officers, on the last
	 * working day at ten: the investigation then has the record its report needs.
	 */
	protected JsonNode addInquiry(String caseId, String officer) throws Exception {
		java.time.LocalDate day = calendarDays
			.minusWorkingDays(java.time.LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE), 1);
		return body(call(post("/api/v1/enforcement-cases/" + caseId + "/records"), officer,
				Map.of("kind", "INQUIRY", "officerIds", officerIds(officer), "heldAt",
						day.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)).toString(), "place", "当事人经营场所",
						"interviewee", Map.of("name", "当事人负责人", "relation", "负责人"), "content", "问：是否知道违法事实？答：知道，已经改正。",
						"partySigned", true))
			.andExpect(status().isCreated()));
	}

	/**
	 * Takes an investigated case through the prior notice of the penalty (a fine of the
	 * amount, or a warning without one), its delivery in person and the party's waiver of
	 * its statements and hearing: the case awaits the head's decision.
	 */
	protected void notifyAndWaive(String caseId, String officer, String treatment, Number amount, String law,
			String article) throws Exception {
		Map<String, Object> penalty = amount == null ? Map.of("kind", "WARNING")
				: Map.of("kind", "FINE", "amount", amount);
		call(post("/api/v1/enforcement-cases/" + caseId + "/prior-notice"), officer,
				Map.of("treatment", treatment, "penalties", java.util.List.of(penalty), "facts", "经调查查明的违法事实",
						"reasons", "事实清楚，证据确凿", "legalBasis", java.util.List.of(Map.of("law", law, "article", article)),
						"hearingRight", true))
			.andExpect(status().isCreated());
		deliver(caseId, officer, "prior-notice-1");
		call(post("/api/v1/enforcement-cases/" + caseId + "/statements"), officer,
				Map.of("kind", "WAIVER", "receivedAt", java.time.OffsetDateTime.now().toString(), "channel", "WRITTEN",
						"waivesHearing", true))
			.andExpect(status().isCreated())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.kind")
				.value("WAIVER"));
	}

	/** Delivers an issued document of the case in person, now. */
	protected JsonNode deliver(String caseId, String officer, String documentKind) throws Exception {
		return body(call(post("/api/v1/enforcement-cases/" + caseId + "/deliveries"), officer,
				Map.of("documentKind", documentKind, "method", "IN_PERSON", "recipient", "当事人"))
			.andExpect(status().isCreated()));
	}

	/**
	 * Registers a case as the officer (with two officers) and has the head file it: the
	 * case's id, {@code OPEN}.
	 */
	protected String openFiledCase(String officer, String head, Map<String, Object> body) throws Exception {
		String id = body(call(post("/api/v1/enforcement-cases"), officer, withOfficers(officer, body))
			.andExpect(status().isCreated())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
				.value("REGISTERED")))
			.get("id")
			.asString();
		file(id, head);
		return id;
	}

	protected JsonNode read(String body) {
		return json.readTree(body);
	}

	protected String toJson(Object value) {
		return json.writeValueAsString(value);
	}

}
