package org.shanzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;

/**
 * The supervision pages render for their users, and the annual report's pages act: a head
 * generates last year's report, edits a section, submits it; the office accepts it; the
 * head's agency view, the exams and the public case library render.
 */
class SupervisionPagesTests extends IntegrationTest {

	static final int YEAR = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).getYear();

	String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The head generates the agency's report of last year on the page: its address. */
	String lastYearsReport(String head) throws Exception {
		return mvc
			.perform(post("/supervision/reports").with(as(head)).with(csrf()).param("year", Integer.toString(YEAR - 1)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void aHeadWritesLastYearsReportOnItsPagesAndTheOfficeAcceptsIt() throws Exception {
		String location = lastYearsReport("demo-head-emergency");
		String report = page(location, "demo-head-emergency");
		assertThat(report).contains("report-form").contains("report-figures");
		mvc.perform(post(location).with(as("demo-head-emergency"))
			.with(csrf())
			.param("heading", "一、总体情况")
			.param("text", "应急管理局全年开展危化品合规辅导 120 次。")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post(location + "/submission").with(as("demo-head-emergency")).with(csrf()).param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/supervision/reports?year=" + (YEAR - 1), "demo-supervisor")).contains("河洛市应急管理局");
		assertThat(page(location, "demo-supervisor")).contains("review-report-form").contains("危化品合规辅导 120 次");
		mvc.perform(post(location + "/review").with(as("demo-supervisor"))
			.with(csrf())
			.param("accept", "true")
			.param("version", "2")).andExpect(status().is3xxRedirection());
		assertThat(page(location, "demo-head-emergency")).contains("已通过").doesNotContain("report-form");
		mvc.perform(get(location + "/report.pdf").with(as("demo-head-emergency"))).andExpect(status().isOk());

		// the office's city-wide summary, with its chart against last year
		assertThat(page("/supervision/reports?year=" + YEAR, "demo-supervisor")).contains("show-city-summary")
			.doesNotContain("id=\"city-summary\"");
		assertThat(page("/supervision/reports?year=" + YEAR + "&summary=true", "demo-supervisor"))
			.contains("city-summary", "compare-chart");
	}

	@Test
	void aCityReportPrintsItsChartOfTheYearAgainstTheLast() throws Exception {
		String location = lastYearsReport("demo-head-amr");
		String report = page(location, "demo-head-amr");
		assertThat(report).contains("compare-chart");
		byte[] pdf = mvc.perform(get(location + "/report.pdf").with(as("demo-head-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
		assertThat(text).contains("本期", "上期", "回访完成");
	}

	@Test
	void anOfficersTrainingRecordShowsTheCoursesAttendedAndTheHeadKeepsTheRegister() throws Exception {
		assertThat(page("/supervision/courses", "demo-officer-amr")).contains("my-courses", "行政指导现场观摩", "服务型行政执法专题培训");
		String head = page("/supervision/courses", "demo-head-amr");
		assertThat(head).contains("course-form", "name=\"attended\"");
		mvc.perform(post("/supervision/courses").with(as("demo-head-amr"))
			.with(csrf())
			.param("title", "包容审慎监管案例研讨")
			.param("topic", "首违不罚清单适用")
			.param("format", "STUDY")
			.param("heldOn", LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/supervision/courses", "demo-officer-amr")).contains("包容审慎监管案例研讨");
		assertThat(
				mvc.perform(post("/supervision/courses").with(as("demo-head-amr")).with(csrf()).param("title", "无主题"))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString())
			.contains("id=\"refusal\"");
		mvc.perform(get("/supervision/courses").with(as("demo-public"))).andExpect(status().isForbidden());
	}

	@Test
	void theDashboardsExamsAndLibraryRender() throws Exception {
		// the dashboard: ranking, the districts on the city's map, last year and this
		// year side by side
		assertThat(page("/supervision", "demo-supervisor")).contains("ranking", "totals-chart",
				"data-geo=\"/geo/heluo-districts", "trend-chart",
				"&quot;years&quot;:[" + (YEAR - 1) + "," + YEAR + "]");
		mvc.perform(get("/geo/heluo-districts.json").with(as("demo-supervisor"))).andExpect(status().isOk());
		assertThat(page("/supervision/my-agency", "demo-head-amr")).contains("my-scores");
		assertThat(page("/supervision/exams", "demo-officer-amr")).contains("take-exam");
		String hrss = accounts.findByUsername("demo-head-hrss").orElseThrow().actor().agencyId().toString();
		mvc.perform(post("/supervision/units").with(as("demo-supervisor"))
			.with(csrf())
			.param("agencyId", hrss)
			.param("validFrom", LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).toString())
			.param("validUntil", LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).plusYears(1).toString())
			.param("reason", "劳动保障监察柔性执法成效显著")).andExpect(status().is3xxRedirection());
		assertThat(page("/supervision/units", "demo-supervisor")).contains("劳动保障监察柔性执法成效显著").contains("designate-form");
		assertThat(mvc.perform(get("/public/cases"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("服务型行政执法优秀案例库");
		mvc.perform(get("/supervision").with(as("demo-officer-amr"))).andExpect(status().isForbidden());
	}

	@Test
	void anExcellentCaseGoesFromNominationToTheLibraryOnThePages() throws Exception {
		var csrf = csrf();
		mvc.perform(post("/supervision/excellent-cases").with(as("demo-supervisor"))
			.with(csrf)
			.param("title", "页面评选测试")
			.param("year", Integer.toString(YEAR))).andExpect(status().is3xxRedirection());
		String rounds = page("/supervision/excellent-cases", "demo-head-amr");
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("/supervision/excellent-cases/([0-9a-f-]{36})/nominations\"")
			.matcher(rounds);
		assertThat(m.find()).isTrue();
		String round = m.group(1);
		String party = newEnterprise("河洛市页面评选餐厅", "CATERING");
		String kase = body(
				mvc.perform(post("/api/v1/enforcement-cases").header("Authorization", bearer("demo-officer-amr"))
					.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
					.content(toJson(withOfficers("demo-officer-amr",
							java.util.Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn",
									LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).toString(), "facts", "价签不全",
									"origin", "EX_OFFICIO"))))))
			.get("id")
			.asString();
		// the case's own page leads its head to the nomination, the form filled with the
		// case
		String casePage = page("/cases/" + kase, "demo-head-amr");
		assertThat(casePage).contains("id=\"nominate-excellent\"");
		assertThat(page("/cases/" + kase, "demo-officer-amr")).doesNotContain("nominate-excellent");
		String prefilled = page("/supervision/excellent-cases?type=ENFORCEMENT_CASE&record=/cases/" + kase,
				"demo-head-amr");
		assertThat(prefilled).contains("value=\"/cases/" + kase + "\"", "<option value=\"ENFORCEMENT_CASE\" selected");
		mvc.perform(post("/supervision/excellent-cases/" + round + "/nominations").with(as("demo-head-amr"))
			.with(csrf)
			.param("subjectType", "ENFORCEMENT_CASE")
			.param("record", "http://localhost:8080/cases/" + kase)
			.param("title", "页面推荐的首违不罚案例")
			.param("writeUp", "当事人当场改正，依法不予处罚。")).andExpect(status().is3xxRedirection());
		String refused = mvc
			.perform(post("/supervision/excellent-cases/" + round + "/nominations").with(as("demo-head-amr"))
				.with(csrf)
				.param("subjectType", "ENFORCEMENT_CASE")
				.param("record", kase)
				.param("title", "再次推荐")
				.param("writeUp", "重复"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"refusal\"");
		assertThat(page("/supervision/excellent-cases?round=" + round, "demo-supervisor")).contains("页面推荐的首违不罚案例");
	}

}
