package org.shanzhi.leniency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;

/**
 * The leniency, case and calendar pages, the public page without sign-in, and the Excel
 * round trip of a list.
 */
class LeniencyPagesTests extends IntegrationTest {

	String firstListId(String kind) throws Exception {
		String body = mvc
			.perform(
					get("/api/v1/leniency-lists").param("size", "200").header("Authorization", bearer("demo-head-amr")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (JsonNode list : read(body).get("items")) {
			if (list.get("kind").asString().equals(kind) && list.get("status").asString().equals("PUBLISHED")) {
				return list.get("id").asString();
			}
		}
		throw new AssertionError("no published " + kind + " list");
	}

	@Test
	void thePublishedListsArePublicWithTheirConditionsInWords() throws Exception {
		String page = mvc.perform(get("/public/leniency-lists"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("轻微违法免罚清单").contains("个月内首次实施该违法行为");
		mvc.perform(get("/api/v1/public/leniency-lists")).andExpect(status().isOk());
	}

	@Test
	void staffPagesAnswerForTheirRoles() throws Exception {
		mvc.perform(get("/leniency").with(as("demo-head-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("v2")));
		mvc.perform(get("/leniency/lists/" + firstListId("NO_PENALTY")).with(as("demo-officer-amr")))
			.andExpect(status().isOk());
		mvc.perform(get("/cases").with(as("demo-officer-amr"))).andExpect(status().isOk());
		mvc.perform(get("/violation-types").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第一百二十五条第二款")));
		mvc.perform(get("/admin/calendar?year=2026").with(as("demo-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("国庆节")));
		mvc.perform(get("/admin/calendar").with(as("demo-officer-amr"))).andExpect(status().isForbidden());
	}

	@Test
	void theCasePageShowsTheProposalToEveryoneWhoMayReadTheCase() throws Exception {
		String party = read(
				mvc.perform(get("/api/v1/parties?q=老街面馆").header("Authorization", bearer("demo-officer-amr")))
					.andReturn()
					.getResponse()
					.getContentAsString())
			.get("items")
			.get(0)
			.get("id")
			.asString();
		String created = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/enforcement-cases")
				.header("Authorization", bearer("demo-officer-amr"))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(toJson(withOfficers("demo-officer-amr",
						java.util.Map.of("partyId", party, "violationCode", "LICENSE-DISPLAY", "occurredOn",
								java.time.LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).minusDays(2).toString(),
								"facts", "营业执照未悬挂", "origin", "INSPECTION")))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = read(created).get("id").asString();
		file(id, "demo-head-amr");
		addInquiry(id, "demo-officer-amr");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/enforcement-cases/" + id + "/investigation")
			.header("Authorization", bearer("demo-officer-amr"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"findings\":\"属实\",\"harm\":\"NONE\",\"corrected\":true}")).andExpect(status().isOk());
		for (String user : new String[] { "demo-officer-amr", "demo-legal-amr", "demo-supervisor" }) {
			mvc.perform(get("/cases/" + id).with(as(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("proposal-reasons")));
		}
		mvc.perform(get("/cases/" + id).with(as("demo-officer-eco"))).andExpect(status().isNotFound());
		// a coercive measure at night is refused on the page with the rule, then accepted
		// by day
		java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> coercive = at -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/cases/" + id + "/coercive-measures")
			.with(as("demo-officer-amr"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("kind", "SEAL_UP")
			.param("scheduledAt", at)
			.param("whyNonCoerciveInsufficient", "拒不改正且继续经营")
			.param("scope", "经营场所");
		mvc.perform(coercive.apply("2026-11-24T23:30"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("不得在夜间")));
		mvc.perform(coercive.apply("2026-11-24T10:00")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aLegalReviewerDraftsANewVersionOnThePageAndPublishesIt() throws Exception {
		String body = mvc
			.perform(get("/api/v1/leniency-lists").param("size", "200")
				.header("Authorization", bearer("demo-legal-eco")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode v1 = null;
		for (JsonNode list : read(body).get("items")) {
			if (list.get("kind").asString().equals("NO_PENALTY") && list.get("versionNo").asInt() == 1) {
				v1 = list;
			}
		}
		assertThat(v1).isNotNull();
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		String draftUrl = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/leniency/lists/" + v1.get("id").asString() + "/draft")
				.with(as("demo-legal-eco"))
				.with(csrf))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String draftId = draftUrl.substring(draftUrl.lastIndexOf('/') + 1);
		JsonNode draft = read(
				mvc.perform(get("/api/v1/leniency-lists/" + draftId).header("Authorization", bearer("demo-legal-eco")))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("entries").size()).isEqualTo(v1.get("entries").size());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/leniency/lists/" + draftId + "/publish")
			.with(as("demo-legal-eco"))
			.with(csrf)
			.param("version", draft.get("version").asString())
			.param("effectiveFrom", v1.get("effectiveFrom").asString()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", org.hamcrest.Matchers.containsString("重叠")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/leniency/lists/" + draftId + "/publish")
			.with(as("demo-legal-eco"))
			.with(csrf)
			.param("version", draft.get("version").asString())
			.param("effectiveFrom", java.time.LocalDate.now().plusYears(3).toString()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/leniency/lists/" + draftId).with(as("demo-legal-eco")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已发布")));
	}

	@Test
	void supervisorsSeeTheConsistencyChartAndTable() throws Exception {
		mvc.perform(get("/consistency").with(as("demo-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("consistency-chart")))
			// the violation by its title in the agency's catalogue, not by its code
			.andExpect(content().string(org.hamcrest.Matchers.containsString("预包装食品标签瑕疵")));
		mvc.perform(get("/consistency").with(as("demo-officer-amr"))).andExpect(status().isForbidden());
		mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
	}

	@Test
	void aListExportedToExcelImportsAsADraft() throws Exception {
		String id = firstListId("LIGHTER_MITIGATED");
		byte[] xlsx = mvc
			.perform(get("/api/v1/leniency-lists/" + id + "/export.xlsx").header("Authorization",
					bearer("demo-head-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		mvc.perform(multipart("/api/v1/leniency-lists/import")
			.file(new MockMultipartFile("file", "list.xlsx", "application/octet-stream", xlsx))
			.param("kind", "LIGHTER_MITIGATED")
			.param("title", "从 Excel 导入的草稿")
			.header("Authorization", bearer("demo-legal-amr")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.entries.length()").value(2))
			.andExpect(jsonPath("$.entries[1].conditions.commitmentLetter").value(true));
		mvc.perform(multipart("/api/v1/leniency-lists/import")
			.file(new MockMultipartFile("file", "list.xlsx", "application/octet-stream", "not a workbook".getBytes()))
			.param("kind", "NO_PENALTY")
			.param("title", "坏文件")
			.header("Authorization", bearer("demo-legal-amr"))).andExpect(status().isBadRequest());
	}

}
