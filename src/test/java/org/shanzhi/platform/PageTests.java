package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages render for each role, show errors in place, and escape what users typed. */
class PageTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachRoleGetsItsHomeDashboardAndNavigation() throws Exception {
		mvc.perform(get("/").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您好，王执法（市场监管）")))
			.andExpect(content().string(containsString("href=\"/parties\"")))
			.andExpect(content().string(not(containsString("href=\"/admin/accounts\""))));
		mvc.perform(get("/").with(as("demo-admin")))
			.andExpect(content().string(containsString("href=\"/admin/accounts\"")))
			.andExpect(content().string(containsString("href=\"/audit\"")));
		// a citizen's home is the portal's
		mvc.perform(get("/").with(as("demo-public"))).andExpect(redirectedUrl("/my"));
		mvc.perform(get("/my").with(as("demo-public")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("我的事项")))
			.andExpect(content().string(not(containsString("href=\"/parties\""))));
	}

	@Test
	void theNavigationBarGroupsEntriesIntoMenusByTheWorkTheyServe() throws Exception {
		String officer = mvc.perform(get("/cases").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(officer);
		var menus = page.select("#mainNav li.dropdown");
		assertThat(menus.eachText()).anySatisfy(t -> assertThat(t).startsWith("执法办案"))
			.anySatisfy(t -> assertThat(t).startsWith("指导与服务"));
		var enforcement = menus.stream().filter(m -> m.text().startsWith("执法办案")).findFirst().orElseThrow();
		assertThat(enforcement.select("a.dropdown-item").eachAttr("href")).contains("/parties", "/agencies", "/cases",
				"/leniency", "/joint");
		assertThat(enforcement.selectFirst("a.dropdown-toggle").hasClass("active")).as("the menu of the page shown")
			.isTrue();
		assertThat(enforcement.selectFirst("a.dropdown-item[href=/cases]").attr("aria-current")).isEqualTo("page");
		assertThat(page.select("#mainNav > ul > li").size()).as("the officer's bar stays short").isLessThanOrEqualTo(6);

		org.jsoup.nodes.Document supervisor = org.jsoup.Jsoup
			.parse(mvc.perform(get("/").with(as("demo-supervisor"))).andReturn().getResponse().getContentAsString());
		assertThat(supervisor.select("#mainNav li.dropdown").eachText())
			.anySatisfy(t -> assertThat(t).startsWith("监督与考核"));
		assertThat(supervisor.select("#mainNav a.dropdown-item").eachAttr("href")).contains("/supervision", "/audit");

		org.jsoup.nodes.Document citizen = org.jsoup.Jsoup
			.parse(mvc.perform(get("/my").with(as("demo-public"))).andReturn().getResponse().getContentAsString());
		assertThat(citizen.select("#mainNav")).as("a citizen's pages are the portal's").isEmpty();
		assertThat(citizen.select("header nav a").eachAttr("href")).contains("/my", "/my/applications",
				"/my/mediation");
	}

	@Test
	void aStaffPageShowsWhereItSitsInBreadcrumbs() throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
				mvc.perform(get("/cases").with(as("demo-officer-amr"))).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#breadcrumbs li").eachText()).containsExactly("首页", "执法办案", "执法案件");
		assertThat(page.select("#breadcrumbs a").eachAttr("href")).containsExactly("/");
		// below the entry, the entry leads back to its list
		String party = page.select("tbody a[href^=/cases/]").first().attr("href");
		org.jsoup.nodes.Document record = org.jsoup.Jsoup
			.parse(mvc.perform(get(party).with(as("demo-officer-amr"))).andReturn().getResponse().getContentAsString());
		assertThat(record.select("#breadcrumbs a").eachAttr("href")).containsExactly("/", "/cases");
	}

	@Test
	void switchesToEnglishAndRemembersIt() throws Exception {
		var result = mvc.perform(get("/parties").param("lang", "en").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Party directory")))
			.andReturn();
		mvc.perform(get("/parties").cookie(result.getResponse().getCookies()).with(as("demo-officer-amr")))
			.andExpect(content().string(containsString("Party directory")));
	}

	@Test
	void searchAnswersAFragmentToHtmxAndAPageOtherwise() throws Exception {
		mvc.perform(get("/parties").param("q", "老街面馆").header("HX-Request", "true").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("河洛市老街面馆餐饮有限公司")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/parties").param("q", "老街面馆").with(as("demo-officer-amr")))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void theRegistrationFormShowsTheRefusedFieldAndEscapesInput() throws Exception {
		mvc.perform(post("/parties").with(as("demo-officer-amr"))
			.with(csrf())
			.param("kind", "PERSON")
			.param("name", "<script>alert(1)</script>")
			.param("idNumber", "410302199001011234")
			.param("category", "RESIDENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GB 11643")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void anOfficerEditsAPartyAndAStaleFormIsRefusedInPlace() throws Exception {
		String id = jdbc.sql("select id::text from directory.party where name = '张伟'").query(String.class).single();
		long version = jdbc.sql("select version from directory.party where id = :id::uuid")
			.param("id", id)
			.query(Long.class)
			.single();
		mvc.perform(get("/parties/" + id + "/edit").with(as("demo-officer-amr"))).andExpect(status().isOk());
		mvc.perform(post("/parties/" + id).with(as("demo-officer-amr"))
			.with(csrf())
			.param("name", "张伟")
			.param("category", "RESIDENT")
			.param("address", "河洛市东城区翠湖小区5号楼")
			.param("phone", "13803791234")
			.param("version", Long.toString(version))).andExpect(header().string("Location", "/parties/" + id));
		mvc.perform(post("/parties/" + id).with(as("demo-officer-amr"))
			.with(csrf())
			.param("name", "张伟")
			.param("category", "RESIDENT")
			.param("address", "旧地址")
			.param("version", Long.toString(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("记录已被他人修改")));
	}

	@Test
	void pagesThatDoNotExistOrAreForbiddenGetFriendlyErrorPages() throws Exception {
		mvc.perform(get("/parties/00000000-0000-0000-0000-000000000001").with(as("demo-officer-amr")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/accounts").with(as("demo-officer-amr"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts").with(as("demo-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("demo-officer-amr")));
		mvc.perform(get("/agencies").with(as("demo-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("河洛市生态环境局")));
		mvc.perform(get("/audit").with(as("demo-supervisor"))).andExpect(status().isOk());
		mvc.perform(post("/audit/verify").with(as("demo-supervisor")).with(csrf()))
			.andExpect(content().string(containsString("哈希链完整")));
	}

}
