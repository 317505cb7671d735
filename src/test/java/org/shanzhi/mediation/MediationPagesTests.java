package org.shanzhi.mediation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;

/**
 * The mediation pages: starting a case from a party's page with the respondent found by
 * search, the case page showing the step that comes next, a refused step shown with its
 * rule, escaping, the list, and the section on the party's page.
 */
class MediationPagesTests extends IntegrationTest {

	@Test
	void aMediatorStartsACaseAndTheCasePageOffersTheNextStep() throws Exception {
		String a = newEnterprise("页面调解申请人", "RETAIL");
		String r = newEnterprise("页面调解被申请人", "RETAIL");
		mvc.perform(get("/mediation/new").param("partyId", a).param("q", "页面调解被申请人").with(as("demo-mediator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + r + "\"")));
		// no respondent: the rule, on the page
		mvc.perform(post("/mediation").with(as("demo-mediator"))
			.with(csrf())
			.param("applicantId", a)
			.param("procedure", "GENERAL")
			.param("origin", "APPLICATION")
			.param("disputeType", "CONSUMER")
			.param("summary", "摘要"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"refusal\"")));
		String location = mvc
			.perform(post("/mediation").with(as("demo-mediator"))
				.with(csrf())
				.param("applicantId", a)
				.param("respondentId", r)
				.param("procedure", "GENERAL")
				.param("origin", "APPLICATION")
				.param("disputeType", "CONSUMER")
				.param("summary", "<script>x()</script>退款纠纷"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/mediation/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(as("demo-mediator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("consent-yes")))
			.andExpect(content().string(containsString("&lt;script&gt;x()&lt;/script&gt;退款纠纷")))
			.andExpect(content().string(not(containsString("id=\"acceptance-form\""))));
		// a session before acceptance: refused with its rule on the page
		mvc.perform(post(location + "/sessions").with(as("demo-mediator")).with(csrf()).param("transcript", "笔录"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("受理前不能进行调解")));
		mvc.perform(get(location).with(as("demo-officer-eco"))).andExpect(status().isNotFound());
		mvc.perform(get("/mediation").with(as("demo-mediator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(location)));
		mvc.perform(get("/mediation/sections/party/" + a).with(as("demo-mediator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(location)));
		// the public goes to its own cases; a staff page of a case is not theirs
		mvc.perform(get("/mediation").with(as("demo-public"))).andExpect(redirectedUrl("/my/mediation"));
		mvc.perform(get(location).with(as("demo-public"))).andExpect(status().isNotFound());
		mvc.perform(get("/my/mediation").with(as("demo-public"))).andExpect(status().isOk());
		mvc.perform(get("/my/mediation").with(as("demo-mediator"))).andExpect(status().isForbidden());
	}

	@Test
	void theCaseListNamesThePartiesSearchesSortsPagesAndExportsInWords() throws Exception {
		String a = newEnterprise("列表检索申请人", "RETAIL");
		String r = newEnterprise("列表检索被申请人有限公司", "RETAIL");
		String location = mvc
			.perform(post("/mediation").with(as("demo-mediator"))
				.with(csrf())
				.param("applicantId", a)
				.param("respondentId", r)
				.param("procedure", "GENERAL")
				.param("origin", "APPLICATION")
				.param("disputeType", "CONSUMER")
				.param("summary", "列表检索的纠纷"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		// searched by a party's name: the case, with both parties named
		mvc.perform(get("/mediation").param("q", "列表检索被申请人").with(as("demo-mediator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(location)))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*列表检索申请人\\d+、列表检索被申请人有限公司\\d+.*")))
			.andExpect(content().string(containsString("aria-sort=\"none\"")))
			.andExpect(content().string(containsString("/mediation/export.xlsx?q=")))
			.andExpect(content().string(containsString("第 1 / 1 页，共 1 条")));
		// a name nobody has: no case
		mvc.perform(get("/mediation").param("q", "没有这个当事人名字").with(as("demo-mediator")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(location))));
		// sorted by number ascending, the header offers descending next; an unknown
		// column
		// falls back to the newest first
		mvc.perform(get("/mediation").param("sort", "number,asc").with(as("demo-mediator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(containsString("sort=number,desc")));
		mvc.perform(get("/mediation").param("sort", "drop table").with(as("demo-mediator"))).andExpect(status().isOk());
		// the export: the same search, the parties and the words of the codes
		byte[] book = mvc.perform(get("/mediation/export.xlsx").param("q", "列表检索被申请人").with(as("demo-mediator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(book))) {
			var sheet = workbook.getSheetAt(0);
			org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(1).getStringCellValue())
				.isEqualTo("当事人");
			org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum()).isEqualTo(1);
			var row = sheet.getRow(1);
			org.assertj.core.api.Assertions.assertThat(row.getCell(1).getStringCellValue())
				.matches("列表检索申请人\\d+、列表检索被申请人有限公司\\d+");
			org.assertj.core.api.Assertions.assertThat(row.getCell(2).getStringCellValue()).doesNotContain("CONSUMER");
			org.assertj.core.api.Assertions.assertThat(row.getCell(5).getStringCellValue())
				.matches("\\d{4}-\\d{2}-\\d{2}");
		}
	}

	@Test
	void theHeadSetsCompetenceTimeLimitsAndMediatorsAndReviewersSettleOnTheirPages() throws Exception {
		mvc.perform(get("/mediation/settings").with(as("demo-head-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"competence-form\"")))
			.andExpect(content().string(containsString("id=\"mediator-form\"")));
		mvc.perform(post("/mediation/settings/time-limits").with(as("demo-head-amr"))
			.with(csrf())
			.param("acceptanceDays", "0")
			.param("conclusionDays", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("refusal")));
		mvc.perform(post("/mediation/settings/mediators").with(as("demo-head-amr"))
			.with(csrf())
			.param("name", "页面登记的专家<b>")
			.param("kind", "EXPERT")
			.param("specialty", "产品质量")).andExpect(redirectedUrl("/mediation/settings"));
		mvc.perform(get("/mediation/settings").with(as("demo-mediator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面登记的专家&lt;b&gt;")))
			.andExpect(content().string(not(containsString("id=\"mediator-form\""))));
		mvc.perform(post("/mediation/settings/mediators").with(as("demo-mediator"))
			.with(csrf())
			.param("name", "越权登记")
			.param("kind", "EXPERT")).andExpect(status().isForbidden());

		String party = newEnterprise("页面和解当事人", "RETAIL");
		mvc.perform(post("/mediation/reconciliations").with(as("demo-officer-amr"))
			.with(csrf())
			.param("partyId", party)
			.param("dispute", "对罚款数额有异议")
			.param("terms", "在裁量幅度内减为 1,000 元")
			.param("law", "中华人民共和国行政处罚法")
			.param("article", "第三十二条")
			.param("partyAgreed", "true")).andExpect(redirectedUrl("/mediation/reconciliations"));
		mvc.perform(get("/mediation/reconciliations").with(as("demo-legal-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在裁量幅度内减为 1,000 元")))
			.andExpect(content().string(containsString("review-form")));
		mvc.perform(get("/mediation/sections/dashboard").with(as("demo-mediator"))).andExpect(status().isOk());
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theCasePageRecordsTheNoticeOfTheRightToMediate() throws Exception {
		java.util.UUID amr = accounts.findByUsername("demo-officer-amr").orElseThrow().agencyId();
		java.util.UUID kase = jdbc.sql("select id from enforcement.enforcement_case where agency_id = :a limit 1")
			.param("a", amr)
			.query(java.util.UUID.class)
			.single();
		mvc.perform(get("/cases/" + kase).with(as("demo-officer-amr")))
			.andExpect(content().string(containsString("/mediation/sections/case/" + kase)));
		mvc.perform(get("/mediation/sections/case/" + kase).with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notice-form\"")));
		java.util.UUID party = jdbc.sql("select party_id from enforcement.enforcement_case where id = :id")
			.param("id", kase)
			.query(java.util.UUID.class)
			.single();
		mvc.perform(post("/mediation/notices").with(as("demo-officer-amr"))
			.with(csrf())
			.param("partyId", party.toString())
			.param("caseId", kase.toString())
			.param("context", "MAJOR_DECISION")
			.param("channel", "DOCUMENT")
			.param("note", "随处罚决定书送达告知")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/mediation/sections/case/" + kase).with(as("demo-officer-amr")))
			.andExpect(content().string(containsString("随处罚决定书送达告知")))
			.andExpect(content().string(containsString("noticeId=")));
	}

	@Test
	void aMajorDecisionPromptsTheNoticeUntilItIsRecorded() throws Exception {
		String party = newEnterprise("重大决定告知企业", "RETAIL");
		String today = java.time.LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).toString();
		String kase = body(call(post("/api/v1/enforcement-cases"), "demo-officer-amr",
				withOfficers("demo-officer-amr",
						java.util.Map.of("partyId", party, "violationCode", "EXPIRED-FOOD", "occurredOn", today,
								"facts", "检查发现货架上有超过保质期的食品 30 件", "origin", "EX_OFFICIO")))
			.andExpect(status().isCreated())).get("id").asString();
		file(kase, "demo-head-amr");
		mvc.perform(get("/mediation/sections/case/" + kase).with(as("demo-officer-amr")))
			.andExpect(content().string(not(containsString("major-decision-prompt"))));
		java.util.Map<String, Object> findings = new java.util.HashMap<>(java.util.Map.of("findings", "事实清楚", "harm",
				"MODERATE", "corrected", false, "commitmentSigned", false, "rectificationVerified", false));
		addInquiry(kase, "demo-officer-amr");
		call(post("/api/v1/enforcement-cases/" + kase + "/investigation"), "demo-officer-amr", findings)
			.andExpect(status().isOk());
		notifyAndWaive(kase, "demo-officer-amr", "STANDARD", 60000, "《中华人民共和国食品安全法》", "第一百二十四条第一款第（五）项");
		call(post("/api/v1/enforcement-cases/" + kase + "/decision"), "demo-head-amr",
				java.util.Map.of("treatment", "STANDARD", "amount", 60000, "reasons", "依法决定", "legalBasis",
						java.util.Map.of("law", "《中华人民共和国食品安全法》", "article", "第一百二十四条第一款第（五）项"), "departureReason",
						"经营过期食品数量较大"))
			.andExpect(status().isOk());
		mvc.perform(get("/mediation/sections/case/" + kase).with(as("demo-officer-amr")))
			.andExpect(content().string(containsString("major-decision-prompt")));
		mvc.perform(post("/mediation/notices").with(as("demo-officer-amr"))
			.with(csrf())
			.param("partyId", party)
			.param("caseId", kase)
			.param("context", "MAJOR_DECISION")
			.param("channel", "DOCUMENT")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/mediation/sections/case/" + kase).with(as("demo-officer-amr")))
			.andExpect(content().string(not(containsString("major-decision-prompt"))));
	}

}
