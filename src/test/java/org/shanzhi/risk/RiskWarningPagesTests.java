package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The early warnings on pages (issue 22): the list in words with its filters, sortable
 * columns, pages and export link, reached from the navigation and the dashboard; a
 * warning's page with the party and the intervention form behind a confirmation; a
 * refused field's message beside it with what was typed kept; the success message; CSRF;
 * another agency's warning not found; the supervisor reads without a form.
 */
class RiskWarningPagesTests extends IntegrationTest {

	@Autowired
	RiskWarnings warnings;

	@Autowired
	JdbcClient jdbc;

	String warn(String party) {
		UUID agency = accounts.findByUsername("demo-officer-amr").orElseThrow().actor().agencyId();
		warnings.open(new RiskWarnings.Opening(UUID.fromString(party), agency, RiskWarnings.Reason.GRADE_HIGH,
				"CASE_DECIDED", UUID.randomUUID(), 530.0, List.of(), "INTERVIEW", "约谈负责人，讲解价格法规定", null));
		return jdbc.sql("select id::text from risk.warning where party_id = cast(:p as uuid) and status = 'OPEN'")
			.param("p", party)
			.query(String.class)
			.single();
	}

	Document page(MockHttpServletRequestBuilder request, String user) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theListAndAWarningsPageShowWordsAndRecordTheInterventionAfterConfirmation() throws Exception {
		String marker = "页面预警" + UUID.randomUUID().toString().substring(0, 6);
		String party = newEnterprise(marker + "商店", "RETAIL");
		String warning = warn(party);

		// reached from the navigation and from the dashboard
		Document home = page(get("/"), "demo-officer-amr");
		assertThat(home.select("#mainNav a.dropdown-item").eachAttr("href")).contains("/risk", "/risk/warnings");
		Document dashboard = page(get("/risk/sections/dashboard"), "demo-officer-amr");
		assertThat(dashboard.select("a.dashboard-warning").eachAttr("href")).contains("/risk/warnings/" + warning);
		assertThat(dashboard.select("#all-warnings").attr("href")).isEqualTo("/risk/warnings");

		// the list: words, not codes; filters kept; sortable columns; the export link
		Document list = page(get("/risk/warnings").param("q", marker).param("status", "OPEN"), "demo-officer-amr");
		var rows = list.select("#warnings-table tbody tr");
		assertThat(rows).hasSize(1);
		assertThat(rows.text()).contains(marker).contains("风险等级升为高风险").contains("待处置");
		assertThat(list.select("#warnings-table").text()).doesNotContain("GRADE_HIGH").doesNotContain("OPEN");
		assertThat(rows.select("a.warning-link").attr("href")).isEqualTo("/risk/warnings/" + warning);
		assertThat(list.select("#q").val()).isEqualTo(marker);
		assertThat(list.select("#status option[selected]").text()).isEqualTo("待处置");
		assertThat(list.select("#sort-expiresOn").attr("href")).contains("sort=expiresOn,asc").contains("status=OPEN");
		assertThat(list.select("#sort-openedAt").attr("href")).contains("sort=openedAt,asc");
		assertThat(list.select("th[aria-sort]").attr("aria-sort")).isEqualTo("descending");
		assertThat(list.select("#export").attr("href")).startsWith("/risk/warnings/export.xlsx?")
			.contains("status=OPEN");
		assertThat(list.select("#page-line").text()).isEqualTo("第 1 / 1 页，共 1 条");
		Document sorted = page(get("/risk/warnings").param("sort", "expiresOn,asc"), "demo-officer-amr");
		assertThat(sorted.select("th[aria-sort]").attr("aria-sort")).isEqualTo("ascending");
		assertThat(sorted.select("#sort-expiresOn").attr("href")).contains("sort=expiresOn,desc");
		page(get("/risk/warnings").param("sort", "nonsense").param("status", "NOPE"), "demo-officer-amr");
		byte[] xlsx = mvc.perform(get("/risk/warnings/export.xlsx").param("q", marker).with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).startsWith(marker);
		}

		// the warning's page: the party linked, the proposal in words, the form asks
		// first
		Document shown = page(get("/risk/warnings/" + warning), "demo-officer-amr");
		assertThat(shown.select("#party-link").attr("href")).isEqualTo("/parties/" + party);
		assertThat(shown.select("#warning-status").text()).isEqualTo("待处置");
		assertThat(shown.select("#warning-proposed").text()).startsWith("约谈");
		var form = shown.selectFirst("#intervention-form");
		assertThat(form).isNotNull();
		assertThat(form.attr("data-confirm")).contains("确认记录处置结果");
		assertThat(form.select("input[name=_csrf]")).isNotEmpty();
		assertThat(form.select("label.form-check-label").eachText()).containsExactly("已开展行政指导", "已开展检查", "不予处理并说明理由");
		assertThat(form.select("#form option[selected]").text()).isEqualTo("约谈");
		assertThat(shown.select("main").text()).doesNotContain(warning)
			.doesNotContain(party)
			.doesNotContain("GRADE_HIGH")
			.doesNotContain("INTERVIEW");

		// refused: each message beside its field, what was typed kept
		Document refused = Jsoup.parse(mvc
			.perform(post("/risk/warnings/" + warning + "/intervention").with(as("demo-officer-amr"))
				.with(csrf())
				.param("outcome", "INSPECTION")
				.param("form", "")
				.param("inspectionId", "")
				.param("note", "已到店<b>检查</b>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#inspectionId").hasClass("is-invalid")).isTrue();
		assertThat(refused.select("#inspectionId ~ .invalid-feedback").text()).contains("须指明所开展的检查");
		assertThat(refused.select("#note").val()).isEqualTo("已到店<b>检查</b>");
		assertThat(refused.select("input[name=outcome][value=INSPECTION]").hasAttr("checked")).isTrue();
		Document noForm = Jsoup
			.parse(mvc.perform(post("/risk/warnings/" + warning + "/intervention").with(as("demo-officer-amr"))
				.with(csrf())
				.param("outcome", "GUIDANCE_GIVEN")
				.param("form", "")
				.param("note", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(noForm.select("#note ~ .invalid-feedback").text()).isEqualTo("此项必填");
		assertThat(noForm.select("#note").hasClass("is-invalid")).isTrue();
		Document noGuidanceForm = Jsoup
			.parse(mvc.perform(post("/risk/warnings/" + warning + "/intervention").with(as("demo-officer-amr"))
				.with(csrf())
				.param("outcome", "GUIDANCE_GIVEN")
				.param("form", "")
				.param("note", "已约谈")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(noGuidanceForm.select("#form ~ .invalid-feedback").text()).isEqualTo("此项必填");
		assertThat(noGuidanceForm.select("#note").val()).isEqualTo("已约谈");
		// without the CSRF token nothing is recorded
		mvc.perform(post("/risk/warnings/" + warning + "/intervention").with(as("demo-officer-amr"))
			.param("outcome", "DISMISSED")
			.param("note", "无令牌")).andExpect(status().isForbidden());
		// another agency: not found; the supervisor reads it without a form
		mvc.perform(get("/risk/warnings/" + warning).with(as("demo-officer-eco"))).andExpect(status().isNotFound());
		mvc.perform(post("/risk/warnings/" + warning + "/intervention").with(as("demo-officer-eco"))
			.with(csrf())
			.param("outcome", "DISMISSED")
			.param("note", "他机关")).andExpect(status().isNotFound());
		Document supervisor = page(get("/risk/warnings/" + warning), "demo-supervisor");
		assertThat(supervisor.select("#intervention-form")).isEmpty();
		assertThat(supervisor.select("#party-link").text()).startsWith(marker);
		assertThat(jdbc.sql("select status from risk.warning where id = cast(:id as uuid)")
			.param("id", warning)
			.query(String.class)
			.single()).isEqualTo("OPEN");

		// recorded: the success message, the warning handled
		var saved = mvc
			.perform(post("/risk/warnings/" + warning + "/intervention").with(as("demo-officer-amr"))
				.with(csrf())
				.param("outcome", "DISMISSED")
				.param("form", "INTERVIEW")
				.param("note", "该店已停业，不予处理"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/risk/warnings/" + warning))
			.andExpect(flash().attribute("handled", true))
			.andReturn();
		Document after = Jsoup.parse(mvc
			.perform(get("/risk/warnings/" + warning).with(as("demo-officer-amr")).flashAttrs(saved.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(after.select("#handled-message").text()).isEqualTo("处置结果已记录，该预警已处置。");
		assertThat(after.select("#warning-status").text()).isEqualTo("已处置");
		assertThat(after.select("#intervention-outcome").text()).isEqualTo("不予处理并说明理由");
		assertThat(after.select("#intervention-note").text()).isEqualTo("该店已停业，不予处理");
		assertThat(after.select("#intervention-form")).isEmpty();
		// a second submission is refused in words
		Document again = Jsoup
			.parse(mvc.perform(post("/risk/warnings/" + warning + "/intervention").with(as("demo-officer-amr"))
				.with(csrf())
				.param("outcome", "DISMISSED")
				.param("note", "再次")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(again.select(".alert-danger").text()).contains("该预警已处置或已逾期");

		// in English
		Document english = page(get("/risk/warnings/" + warning).param("lang", "en"), "demo-officer-amr");
		assertThat(english.select("#warning-status").text()).isEqualTo("Handled");
		assertThat(english.select("#intervention-outcome").text()).isEqualTo("Dismissed with the reason");
	}

}
