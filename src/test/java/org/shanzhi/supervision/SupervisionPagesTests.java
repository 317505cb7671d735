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

	static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

	String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aHeadWritesLastYearsReportOnItsPagesAndTheOfficeAcceptsIt() throws Exception {
		String location = mvc
			.perform(post("/supervision/reports").with(as("demo-head-emergency"))
				.with(csrf())
				.param("year", Integer.toString(YEAR - 1)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
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
	}

	@Test
	void theDashboardsExamsAndLibraryRender() throws Exception {
		assertThat(page("/supervision", "demo-supervisor")).contains("ranking").contains("totals-chart");
		assertThat(page("/supervision/my-agency", "demo-head-amr")).contains("my-scores");
		assertThat(page("/supervision/exams", "demo-officer-amr")).contains("take-exam");
		assertThat(mvc.perform(get("/public/cases"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("服务型行政执法优秀案例库");
		mvc.perform(get("/supervision").with(as("demo-officer-amr"))).andExpect(status().isForbidden());
	}

}
