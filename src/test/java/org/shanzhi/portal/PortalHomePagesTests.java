package org.shanzhi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;
import org.shanzhi.shared.PeopleTime;
import org.shanzhi.support.IntegrationTest;

/**
 * The citizen's way (issue 22 item 4): signed in, a citizen or enterprise lands on its
 * portal home, which gathers its applications, mediation cases, guidance and surveys and
 * puts first what waits for it (待您办理), each item leading to where it acts; another
 * party's records never appear. A complaint names whom it is about (被投诉人).
 */
class PortalHomePagesTests extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	static final LocalDate TODAY = LocalDate.now(PeopleTime.ZONE);

	/** A public account of a party, as the portal registers it. */
	String accountFor(String partyId) {
		// the portal's accounts end with the phone the code was sent to
		String username = "e-" + partyId.substring(0, 8) + "-" + PortalApiTests.phone();
		Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(username, "当事人" + username, PASSWORD,
				Set.of(Role.PUBLIC), null, null, UUID.fromString(partyId))));
		return username;
	}

	/** A mediation case of the party with another, awaiting their consent. */
	String mediationOf(String party, String other) throws Exception {
		return body(call(post("/api/v1/mediation-cases"), "demo-mediator",
				Map.of("procedure", "GENERAL", "origin", "APPLICATION", "disputeType", "CONSUMER", "summary",
						"预付卡余额退还纠纷。", "parties",
						List.of(Map.of("partyId", party, "role", "APPLICANT"),
								Map.of("partyId", other, "role", "RESPONDENT"))))
			.andExpect(status().isCreated())).get("number").asString();
	}

	/** Guidance with a rectification deadline given to the party. */
	String guidanceOf(String party, String subject) throws Exception {
		Map<String, Object> b = new java.util.LinkedHashMap<>();
		b.put("partyId", party);
		b.put("form", "REMIND");
		b.put("documentForm", "SIMPLE");
		b.put("channel", "IN_PERSON");
		b.put("subject", subject);
		b.put("content", "提示经营者规范明码标价。");
		b.put("details", Map.of("item", "明码标价"));
		b.put("legalBasis", List.of(Map.of("law", "《中华人民共和国价格法》", "article", "第十三条")));
		b.put("rectification", Map.of("requirement", "三日内补齐价签", "deadline", TODAY.plusDays(10).toString(),
				"violationCode", "FOOD-LABEL"));
		return body(call(post("/api/v1/guidance"), "demo-officer-amr", b).andExpect(status().isCreated())).get("id")
			.asString();
	}

	/** An application of the signed-in party the officer asked material for. */
	String applicationNeedingMaterial(String username) throws Exception {
		var receipt = body(call(post("/api/v1/public/applications"), username, Map.of("serviceItemCode", "AMR-TS-01",
				"content", "超市预付卡不予退卡", "details", Map.of("complainedOf", "城西百佳超市")))
			.andExpect(status().isCreated()));
		call(post("/api/v1/applications/" + receipt.get("id").asString() + "/decisions"), "demo-officer-amr",
				Map.of("action", "REQUEST_MATERIAL", "note", "请补充预付卡照片"))
			.andExpect(status().isOk());
		return receipt.get("trackingNumber").asString();
	}

	Document home(String username) throws Exception {
		return Jsoup.parse(mvc.perform(get("/my").with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theHomeGathersTheCitizensRecordsAndWhatWaitsForThemAndNoOneElses() throws Exception {
		String a = newEnterprise("门户首页甲", "RETAIL");
		String b = newEnterprise("门户首页乙", "RETAIL");
		String third = newEnterprise("门户首页丙", "RETAIL");
		String userA = accountFor(a);
		String userB = accountFor(b);
		String caseA = mediationOf(a, third);
		String caseB = mediationOf(b, third);
		String actA = guidanceOf(a, "甲的明码标价提示");
		guidanceOf(b, "乙的明码标价提示");
		String trackingA = applicationNeedingMaterial(userA);

		Document home = home(userA);
		String text = home.text();
		// its records, in words
		assertThat(home.select("#home-mediation").text()).contains(caseA).contains("待当事人同意").doesNotContain(caseB);
		assertThat(home.select("#home-guidance").text()).contains("甲的明码标价提示").doesNotContain("乙的明码标价提示");
		assertThat(home.select("#home-applications").text()).contains(trackingA).contains("需要补充材料");
		assertThat(home.select("#home-surveys")).isNotEmpty();
		// what waits for it, each leading to where it acts
		var actions = home.select("#my-actions a.action-item");
		assertThat(actions.eachAttr("data-kind")).contains("consent", "supplement", "respond", "rectify");
		assertThat(actions.eachAttr("href")).contains("/my/applications/" + trackingA, "/my/guidance/" + actA)
			.anyMatch(h -> h.startsWith("/my/mediation/"));
		assertThat(home.select("#my-actions").text()).contains("调解待您表示是否同意")
			.contains("行政指导要求整改")
			.contains("期限 " + TODAY.plusDays(10))
			.doesNotContain("乙的明码标价提示")
			.doesNotContain(caseB);
		// no codes, no identifiers
		assertThat(text).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-")
			.doesNotContain("AWAITING_CONSENT")
			.doesNotContain("MATERIAL_REQUESTED");
		// the portal's layout, leading back home
		assertThat(home.select("header nav a").eachAttr("href")).contains("/my", "/my/applications", "/my/mediation");

		// the other citizen sees its own only
		Document other = home(userB);
		assertThat(other.text()).contains(caseB)
			.contains("乙的明码标价提示")
			.doesNotContain(caseA)
			.doesNotContain("甲的明码标价提示")
			.doesNotContain(trackingA);
		mvc.perform(get("/my/guidance/" + actA).with(as(userB))).andExpect(status().isNotFound());

		// following the guidance item, the citizen answers it itself; then it waits no
		// more
		Document act = Jsoup.parse(mvc.perform(get("/my/guidance/" + actA).with(as(userA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(act.select("#rectification").text()).contains("三日内补齐价签").contains(TODAY.plusDays(10).toString());
		assertThat(act.select("#response-form")).isNotEmpty();
		mvc.perform(post("/my/guidance/" + actA + "/response").with(as(userA)).with(csrf()).param("accepted", "true"))
			.andExpect(redirectedUrl("/my/guidance/" + actA + "?responded"));
		assertThat(mvc.perform(get("/my/guidance/" + actA).param("responded", "").with(as(userA)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("您的答复已记录").contains("已接受");
		assertThat(home(userA).select("#my-actions a.action-item").eachAttr("data-kind")).doesNotContain("respond")
			.contains("rectify");
	}

	@Test
	void signingInLandsOnThePortalHome() throws Exception {
		mvc.perform(get("/").with(as("demo-public"))).andExpect(redirectedUrl("/my"));
		// the demo citizen's two cases to consent to and to sign are waiting
		Document home = home("demo-public");
		assertThat(home.select("#my-actions a.action-item").eachAttr("data-kind")).contains("consent");
		mvc.perform(get("/my").with(as("demo-officer-amr"))).andExpect(status().isForbidden());
		mvc.perform(get("/my")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aComplaintNamesWhomItIsAbout() throws Exception {
		String a = newEnterprise("投诉人企业", "RETAIL");
		String user = accountFor(a);
		// the API refuses a complaint naming no one, beside the field
		call(post("/api/v1/public/applications"), user, Map.of("serviceItemCode", "AMR-TS-01", "content", "未写被投诉人"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("details.complainedOf"));
		// the form asks for it and shows the refusal beside it
		Document form = Jsoup.parse(mvc.perform(get("/public/portal/items/AMR-TS-01").with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("label[for=complainedOf]").text()).startsWith("被投诉人");
		assertThat(form.select("input#complainedOf[required]")).isNotEmpty();
		Document refused = Jsoup
			.parse(mvc
				.perform(post("/public/portal/items/AMR-TS-01").with(as(user))
					.with(csrf())
					.param("formKey", UUID.randomUUID().toString())
					.param("content", "商家拒绝退款"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(refused.select("#complainedOf.is-invalid")).isNotEmpty();
		assertThat(refused.select("#complainedOf-error").text()).isEqualTo("请填写被投诉人");
		assertThat(refused.select("#content").text()).isEqualTo("商家拒绝退款");
		Document receipt = Jsoup
			.parse(mvc
				.perform(post("/public/portal/items/AMR-TS-01").with(as(user))
					.with(csrf())
					.param("formKey", UUID.randomUUID().toString())
					.param("complainedOf", "城南鲜果铺")
					.param("content", "商家拒绝退款"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		String tracking = receipt.select(".tracking-number").text();
		assertThat(tracking).isNotBlank();
		// the officer handling it sees whom it is about
		UUID id = jdbc.sql("select id from portal.application where tracking_number = :n")
			.param("n", tracking)
			.query(UUID.class)
			.single();
		Document hall = Jsoup.parse(mvc.perform(get("/hall/applications/" + id).with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(hall.text()).contains("被投诉人 城南鲜果铺");
	}

}
