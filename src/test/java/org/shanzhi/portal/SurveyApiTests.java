package org.shanzhi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Role;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Satisfaction surveys (S5): a head drafts a campaign put to a category, opens it; only
 * the parties it is put to see and answer it, once, with answers checked question by
 * question; the results count them and the month's satisfaction follows; a campaign
 * without a question in stars, a choice without options, a period too long or a service
 * of another agency is refused with its rule and leaves nothing. The pages: the head's
 * overview, drafting by the form, the party answering on the portal.
 */
class SurveyApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	@Autowired
	JdbcClient jdbc;

	static Map<String, Object> survey(List<Map<String, Object>> questions, List<String> categories) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("title", "餐饮服务满意度调查");
		s.put("intro", "请对近一年的执法检查作出评价");
		s.put("questions", questions);
		s.put("targetCategories", categories);
		s.put("opensOn", TODAY.toString());
		s.put("closesOn", TODAY.plusDays(10).toString());
		return s;
	}

	static final List<Map<String, Object>> QUESTIONS = List.of(Map.of("kind", "STARS", "text", "您对执法人员的服务态度是否满意？"),
			Map.of("kind", "CHOICE", "text", "检查频次", "options", List.of("偏多", "适中", "偏少")),
			Map.of("kind", "TEXT", "text", "意见建议"));

	/** The party signed in on the portal (a PUBLIC account of that party). */
	static RequestPostProcessor party(String partyId) {
		Actor actor = new Actor(UUID.randomUUID(), "party-" + partyId, "当事人", Set.of(Role.PUBLIC), null,
				UUID.fromString(partyId));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
				List.of(new SimpleGrantedAuthority(Role.PUBLIC.authority()))));
	}

	ResultActions asParty(MockHttpServletRequestBuilder request, String partyId, Object body) throws Exception {
		request.with(party(partyId)).with(csrf());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(toJson(body));
		}
		return mvc.perform(request);
	}

	long responses() {
		return jdbc.sql("select count(*) from portal.survey_response").query(Long.class).single();
	}

	@Test
	void aCampaignPutToCaterersIsAnsweredOnceByEachOfThemAndCounted() throws Exception {
		String caterer = newEnterprise("满意度测试餐馆", "CATERING");
		String shop = newEnterprise("满意度测试商店", "RETAIL");
		JsonNode draft = body(call(post("/api/v1/surveys"), "demo-head-amr", survey(QUESTIONS, List.of("CATERING")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.agencyName").value("河洛市市场监督管理局")));
		String id = draft.get("id").asString();

		// a draft is nobody's to answer
		asParty(post("/api/v1/my/surveys/" + id + "/answers"), caterer, Map.of("answers", List.of("5", "适中", "")))
			.andExpect(status().isNotFound());
		call(post("/api/v1/surveys/" + id + "/opening"), "demo-head-eco", Map.of("version", 0))
			.andExpect(status().isNotFound());
		call(post("/api/v1/surveys/" + id + "/opening"), "demo-head-amr", Map.of("version", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.running").value(true));
		call(post("/api/v1/surveys/" + id + "/opening"), "demo-head-amr", Map.of("version", 1))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("survey-not-draft"));

		// put to caterers only
		JsonNode mine = body(
				asParty(get("/api/v1/my/surveys").param("size", "200"), caterer, null).andExpect(status().isOk()));
		assertThat(mine.get("items").findValuesAsString("id")).contains(id);
		JsonNode theirs = body(
				asParty(get("/api/v1/my/surveys").param("size", "200"), shop, null).andExpect(status().isOk()));
		assertThat(theirs.get("items").findValuesAsString("id")).doesNotContain(id);
		asParty(post("/api/v1/my/surveys/" + id + "/answers"), shop, Map.of("answers", List.of("5", "适中", "")))
			.andExpect(status().isNotFound());

		// each answer is checked; a refused answer saves nothing
		long before = responses();
		asParty(post("/api/v1/my/surveys/" + id + "/answers"), caterer, Map.of("answers", List.of("6", "适中", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[0]"));
		asParty(post("/api/v1/my/surveys/" + id + "/answers"), caterer, Map.of("answers", List.of("4", "很多", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[1]"));
		asParty(post("/api/v1/my/surveys/" + id + "/answers"), caterer, Map.of("answers", List.of("4")))
			.andExpect(status().isBadRequest());
		assertThat(responses()).isEqualTo(before);

		asParty(post("/api/v1/my/surveys/" + id + "/answers"), caterer,
				Map.of("answers", List.of("4", "偏多", "希望检查前预约")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.answered").value(true));
		asParty(post("/api/v1/my/surveys/" + id + "/answers"), caterer, Map.of("answers", List.of("5", "适中", "")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("survey-already-answered"));
		assertThat(responses()).isEqualTo(before + 1);

		// the results, to the agency and the office, not to another agency
		call(get("/api/v1/surveys/" + id + "/results"), "demo-head-amr", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.responses").value(1))
			.andExpect(jsonPath("$.satisfaction").value(80.0))
			.andExpect(jsonPath("$.questions[0].meanStars").value(4.0))
			.andExpect(jsonPath("$.questions[0].counts['4']").value(1))
			.andExpect(jsonPath("$.questions[1].counts['偏多']").value(1))
			.andExpect(jsonPath("$.questions[2].comments[0]").value("希望检查前预约"));
		call(get("/api/v1/surveys/" + id + "/results"), "demo-supervisor", null).andExpect(status().isOk());
		call(get("/api/v1/surveys/" + id), "demo-head-eco", null).andExpect(status().isNotFound());

		// the month's satisfaction counts the answer
		String amr = accounts.findByUsername("demo-head-amr").orElseThrow().actor().agencyId().toString();
		String month = YearMonth.from(TODAY).toString();
		JsonNode trend = body(call(get("/api/v1/satisfaction?agencyId=" + amr + "&from=" + month + "&to=" + month),
				"demo-supervisor", null)
			.andExpect(status().isOk()));
		long answers = jdbc.sql("""
				select count(*) from portal.survey_response where agency_id = cast(:a as uuid)
				  and to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM') = :m
				""").param("a", amr).param("m", month).query(Long.class).single();
		assertThat(trend.get("items").get(0).get("responses").asLong()).isEqualTo(answers).isPositive();
		call(get("/api/v1/satisfaction?from=2026-13"), "demo-supervisor", null).andExpect(status().isBadRequest());
		call(get("/api/v1/satisfaction?from=+999999999-01"), "demo-supervisor", null)
			.andExpect(status().isBadRequest());
		call(get("/api/v1/satisfaction?agencyId=" + amr), "demo-head-eco", null).andExpect(status().isNotFound());

		// closed, it is no longer answered
		call(post("/api/v1/surveys/" + id + "/closing"), "demo-head-amr", Map.of("version", 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		String other = newEnterprise("满意度测试面馆", "CATERING");
		asParty(post("/api/v1/my/surveys/" + id + "/answers"), other, Map.of("answers", List.of("5", "适中", "")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCampaignThatCannotGiveAFigureOrOverstepsIsRefusedByItsRuleAndNothingIsSaved() throws Exception {
		long before = jdbc.sql("select count(*) from portal.survey").query(Long.class).single();
		call(post("/api/v1/surveys"), "demo-head-amr", survey(List.of(Map.of("kind", "TEXT", "text", "意见")), List.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("survey-needs-stars"));
		call(post("/api/v1/surveys"), "demo-head-amr",
				survey(List.of(Map.of("kind", "STARS", "text", "态度"),
						Map.of("kind", "CHOICE", "text", "频次", "options", List.of("适中"))), List.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("survey-choice-needs-options"));
		Map<String, Object> tooLong = survey(QUESTIONS, List.of());
		tooLong.put("closesOn", TODAY.plusDays(400).toString());
		call(post("/api/v1/surveys"), "demo-head-amr", tooLong).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("survey-period-too-long"));
		Map<String, Object> backwards = survey(QUESTIONS, List.of());
		backwards.put("closesOn", TODAY.minusDays(1).toString());
		call(post("/api/v1/surveys"), "demo-head-amr", backwards).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("closesOn"));
		Map<String, Object> otherService = survey(QUESTIONS, List.of());
		otherService.put("targetItems", List.of("URB-SP-01"));
		call(post("/api/v1/surveys"), "demo-head-amr", otherService).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targetItems"));
		call(post("/api/v1/surveys"), "demo-supervisor", survey(QUESTIONS, List.of()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agencyId"));
		call(post("/api/v1/surveys"), "demo-officer-amr", survey(QUESTIONS, List.of()))
			.andExpect(status().isForbidden());
		call(post("/api/v1/surveys"), "demo-head-amr", "{\"title\": \"x\"}").andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from portal.survey").query(Long.class).single()).isEqualTo(before);

		// put to the users of a service: a party that never used it does not see it
		Map<String, Object> users = survey(QUESTIONS, List.of());
		users.put("targetItems", List.of("AMR-ZX-01"));
		String id = body(call(post("/api/v1/surveys"), "demo-head-amr", users).andExpect(status().isCreated()))
			.get("id")
			.asString();
		call(post("/api/v1/surveys/" + id + "/opening"), "demo-head-amr", Map.of("version", 0))
			.andExpect(status().isOk());
		String stranger = newEnterprise("满意度测试超市", "RETAIL");
		JsonNode mine = body(
				asParty(get("/api/v1/my/surveys").param("size", "200"), stranger, null).andExpect(status().isOk()));
		assertThat(mine.get("items").findValuesAsString("id")).doesNotContain(id);

		// a party whose consultation was answered sees it — once answered, not before
		String user = newEnterprise("满意度测试便利店", "RETAIL");
		String application = body(asParty(post("/api/v1/public/applications"), user, Map.of("serviceItemCode",
				"AMR-ZX-01", "applicant", Map.of("phone", PortalApiTests.phone()), "content", "想了解食品经营许可的办理条件"))
			.andExpect(status().isCreated())).get("id").asString();
		assertThat(body(asParty(get("/api/v1/my/surveys").param("size", "200"), user, null)).get("items")
			.findValuesAsString("id")).doesNotContain(id);
		long version = body(call(get("/api/v1/applications/" + application), "demo-officer-amr", null)).get("version")
			.asLong();
		call(post("/api/v1/applications/" + application + "/decisions"), "demo-officer-amr",
				Map.of("action", "ACCEPT", "version", version))
			.andExpect(status().isOk());
		call(post("/api/v1/applications/" + application + "/decisions"), "demo-officer-amr",
				Map.of("action", "COMPLETE", "note", "已告知办理条件和流程"))
			.andExpect(status().isOk());
		assertThat(body(asParty(get("/api/v1/my/surveys").param("size", "200"), user, null)).get("items")
			.findValuesAsString("id")).contains(id);
	}

	@Test
	void theHeadDraftsByTheFormAndThePartyAnswersOnThePortal() throws Exception {
		String page = mvc.perform(get("/satisfaction").with(as("demo-head-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"trend-table\"", "id=\"satisfaction-trend\"", "市场监管执法服务满意度调查");

		// a form without a question in stars is refused on the page, saying why
		String refused = mvc
			.perform(post("/satisfaction/surveys").with(as("demo-head-amr"))
				.with(csrf())
				.param("title", "表单调查")
				.param("opensOn", TODAY.toString())
				.param("closesOn", TODAY.plusDays(5).toString())
				.param("q0kind", "TEXT")
				.param("q0text", "意见"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("调查至少需要一道星级评价题");

		String location = mvc
			.perform(post("/satisfaction/surveys").with(as("demo-head-amr"))
				.with(csrf())
				.param("title", "表单调查")
				.param("opensOn", TODAY.toString())
				.param("closesOn", TODAY.plusDays(5).toString())
				.param("q0kind", "STARS")
				.param("q0text", "总体是否满意")
				.param("q1kind", "TEXT")
				.param("q1text", "意见"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/satisfaction/surveys/");
		String id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(post(location + "/opening").with(as("demo-head-amr")).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl(location));

		// the demo citizen answers it on the portal
		String citizen = accounts.findByUsername("demo-public").orElseThrow().partyId().toString();
		String list = mvc.perform(get("/my/surveys").with(as("demo-public")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("表单调查", "城市管理执法方式满意度调查");
		mvc.perform(post("/my/surveys/" + id).with(as("demo-public")).with(csrf()).param("a1", "很好"))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from portal.survey_response where survey_id = cast(:s as uuid)")
			.param("s", id)
			.query(Long.class)
			.single()).isZero();
		mvc.perform(post("/my/surveys/" + id).with(as("demo-public")).with(csrf()).param("a0", "5").param("a1", "很好"))
			.andExpect(redirectedUrl("/my/surveys?thanks"));
		assertThat(jdbc.sql("select party_id from portal.survey_response where survey_id = cast(:s as uuid)")
			.param("s", id)
			.query(String.class)
			.single()).isEqualTo(citizen);
		String results = mvc.perform(get(location).with(as("demo-head-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results).contains("很好", "共 1 份答卷，满意度 100.0%");
	}

}
