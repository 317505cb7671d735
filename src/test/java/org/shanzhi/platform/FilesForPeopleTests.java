package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.risk.RiskWarnings;
import org.shanzhi.support.ForPeople;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 22, items 1 and 2 for files: the PDFs and Excel exports meant for people, read
 * back (PDFBox, POI) and held to the checks of the pages ({@link ForPeople}): words from
 * the message bundles instead of the application's codes, names instead of identifiers,
 * times in Beijing time and not in ISO or UTC form, years without separators.
 */
class FilesForPeopleTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RiskWarnings warnings;

	byte[] download(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	UUID agencyOf(String user) {
		return accounts.findByUsername(user).orElseThrow().actor().agencyId();
	}

	@Test
	void theGuidanceExportAndDocumentReadAsWords() throws Exception {
		String xlsx = ForPeople.xlsxText(download(get("/guidance/export.xlsx"), "demo-officer-amr"));
		ForPeople.assertReadsWell("guidance export", xlsx);
		// the demo's acts in every form and outcome, with the case an act escalated to by
		// its number
		assertThat(xlsx).contains("约谈").contains("行政指导书").contains("河市监指〔");
		assertThat(xlsx.lines().count()).isGreaterThan(10);
		UUID written = jdbc.sql("""
				select id from guidance.guidance_act where agency_id = :a and document_number is not null
				order by issued_on desc limit 1""").param("a", agencyOf("demo-officer-amr")).query(UUID.class).single();
		String pdf = ForPeople.pdfText(download(get("/guidance/" + written + "/document.pdf"), "demo-officer-amr"));
		ForPeople.assertReadsWell("guidance document", pdf);
		assertThat(pdf).contains("行政指导书");
	}

	@Test
	void thePartyExportReadsAsWords() throws Exception {
		String xlsx = ForPeople.xlsxText(download(get("/parties/export.xlsx").param("q", ""), "demo-officer-amr"));
		ForPeople.assertReadsWell("party export", xlsx);
		assertThat(xlsx).contains("单位").contains("餐饮");
	}

	@Test
	void theWarningExportReadsAsWordsInBeijingTime() throws Exception {
		String marker = "导出预警" + UUID.randomUUID().toString().substring(0, 6);
		String party = newEnterprise(marker + "商店", "RETAIL");
		warnings.open(new RiskWarnings.Opening(UUID.fromString(party), agencyOf("demo-officer-amr"),
				RiskWarnings.Reason.GRADE_HIGH, "CASE_DECIDED", UUID.randomUUID(), 530.0, List.of(), "INTERVIEW",
				"约谈负责人，讲解价格法规定", null));
		String xlsx = ForPeople.xlsxText(download(get("/risk/warnings/export.xlsx"), "demo-officer-amr"));
		ForPeople.assertReadsWell("warning export", xlsx);
		assertThat(xlsx).contains(marker).contains("约谈");
		assertThat(xlsx).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
	}

	@Test
	void theMediationDocumentsReadAsWords() throws Exception {
		UUID agreed = jdbc
			.sql("select id from mediation.mediation_case where agency_id = :a and status = 'AGREED' limit 1")
			.param("a", agencyOf("demo-mediator"))
			.query(UUID.class)
			.single();
		for (String kind : List.of("acceptance-notice", "transcript-1", "agreement")) {
			String pdf = ForPeople
				.pdfText(download(get("/mediation/" + agreed + "/documents/" + kind + ".pdf"), "demo-mediator"));
			ForPeople.assertReadsWell("mediation " + kind, pdf);
			assertThat(pdf).containsAnyOf("申请人", "笔录");
		}
	}

	@Test
	void theLeniencyListExportReadsAsWords() throws Exception {
		String body = mvc
			.perform(
					get("/api/v1/leniency-lists").param("size", "200").header("Authorization", bearer("demo-head-amr")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int lists = 0;
		for (var list : read(body).get("items")) {
			if (!list.get("status").asString().equals("PUBLISHED")) {
				continue;
			}
			String xlsx = ForPeople.xlsxText(
					download(get("/leniency/lists/" + list.get("id").asString() + "/export.xlsx"), "demo-officer-amr"));
			ForPeople.assertReadsWell("leniency list export", xlsx);
			assertThat(xlsx).containsAnyOf("不予处罚", "从轻处罚", "减轻处罚");
			lists++;
		}
		assertThat(lists).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theEvaluationReportReadsAsWords() throws Exception {
		java.time.LocalDate today = org.shanzhi.shared.PeopleTime.today();
		String id = body(call(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/risk-evaluations"),
				"demo-officer-amr",
				java.util.Map.of("agencyId", agencyOf("demo-officer-amr").toString(), "periodFrom",
						today.minusYears(1).toString(), "periodTo", today.toString()))
			.andExpect(status().isCreated())).get("id").asString();
		String pdf = ForPeople.pdfText(download(get("/risk/evaluations/" + id + "/report.pdf"), "demo-officer-amr"));
		ForPeople.assertReadsWell("evaluation report", pdf);
		// the acts' forms and channels in words
		assertThat(pdf).contains("法律风险防控评估报告").containsAnyOf("当面", "电话", "短信", "微信");
	}

}
