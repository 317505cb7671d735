package org.shanzhi.guidance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guidance pages: the list with the demo acts and its filters, the form whose fields
 * follow the chosen form, errors shown in place, escaping of what officers typed, the
 * sections on the party and case pages, the dashboard, and the Excel export.
 */
class GuidancePagesTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	UUID amrParty() {
		return jdbc
			.sql("select party_id from guidance.guidance_act a where form = 'INTERVIEW' and exists "
					+ "(select 1 from documents.issuer i where i.agency_id = a.agency_id and i.prefix = '河市监') limit 1")
			.query(UUID.class)
			.single();
	}

	@Test
	void theListShowsTheDemoActsAndFiltersThem() throws Exception {
		mvc.perform(get("/guidance").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"guidance-table\"")))
			.andExpect(content().string(containsString("河市监指〔")));
		mvc.perform(get("/guidance").param("form", "INTERVIEW")
			.param("q", "约谈")
			.header("HX-Request", "true")
			.with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("约谈")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/guidance/export.xlsx").param("form", "REMIND").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
		mvc.perform(get("/guidance").with(as("demo-public"))).andExpect(status().isForbidden());
		mvc.perform(get("/guidance").with(as("demo-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"col\">执法机关</th>")));
		mvc.perform(get("/guidance/new").param("partyId", amrParty().toString()).with(as("demo-officer-amr")))
			.andExpect(content().string(containsString("<option value=\"《中华人民共和国食品安全法》\">")));
	}

	@Test
	void theFormShowsTheFieldsOfTheChosenFormAndRefusalsInPlace() throws Exception {
		UUID party = amrParty();
		mvc.perform(get("/guidance/new").param("partyId", party.toString())
			.param("form", "INTERVIEW")
			.with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"details[attendees]\"")));
		mvc.perform(get("/guidance/new/fields").param("form", "GUIDE").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"details[policy]\"")))
			.andExpect(content().string(not(containsString("details[attendees]"))));
		// a written act without legal basis: the rule, on the form, nothing saved
		mvc.perform(post("/guidance").with(as("demo-officer-amr"))
			.with(csrf())
			.param("partyId", party.toString())
			.param("form", "REMIND")
			.param("documentForm", "WRITTEN")
			.param("channel", "DOCUMENT")
			.param("subject", "<script>alert(1)</script>提示")
			.param("content", "提示内容")
			.param("details[item]", "年报")
			.param("principles", "LAWFUL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("书面行政指导必须载明法律依据")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		// a missing field of the form, next to the field
		mvc.perform(post("/guidance").with(as("demo-officer-amr"))
			.with(csrf())
			.param("partyId", party.toString())
			.param("form", "INTERVIEW")
			.param("documentForm", "SIMPLE")
			.param("channel", "IN_PERSON")
			.param("subject", "约谈")
			.param("content", "约谈内容")
			.param("principles", "LAWFUL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void anOfficerGivesGuidanceOnThePageAndSeesItEscaped() throws Exception {
		UUID party = amrParty();
		var result = mvc
			.perform(post("/guidance").with(as("demo-officer-amr"))
				.with(csrf())
				.param("partyId", party.toString())
				.param("form", "ADVISE")
				.param("documentForm", "SIMPLE")
				.param("channel", "PHONE")
				.param("subject", "<b>价签</b>建议")
				.param("content", "建议统一更换价签")
				.param("details[recommendation]", "采用电子价签")
				.param("principles", "LAWFUL", "VOLUNTARY")
				.param("rectify", "true")
				.param("requirement", "更换价签")
				.param("workingDays", "5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/guidance/*"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;价签&lt;/b&gt;建议")))
			.andExpect(content().string(containsString("id=\"outcome-form\"")));
		mvc.perform(get(location).with(as("demo-officer-eco"))).andExpect(status().isNotFound());
		mvc.perform(get(location + "/document.pdf").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void thePartyAndCasePagesAndTheDashboardShowGuidance() throws Exception {
		UUID party = amrParty();
		mvc.perform(get("/parties/" + party).with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/guidance/sections/party/" + party)));
		mvc.perform(get("/guidance/sections/party/" + party).with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"give-guidance\"")));
		mvc.perform(get("/").with(as("demo-officer-amr")))
			.andExpect(content().string(containsString("/guidance/sections/dashboard")));
		mvc.perform(get("/guidance/sections/dashboard").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"guidance-by-form\"")));
		mvc.perform(get("/guidance/follow-ups").with(as("demo-officer-amr"))).andExpect(status().isOk());
		mvc.perform(get("/guidance/complaints").with(as("demo-head-amr"))).andExpect(status().isOk());
		mvc.perform(get("/guidance/complaints").with(as("demo-officer-amr"))).andExpect(status().isForbidden());
		UUID escalated = jdbc
			.sql("select escalated_case_id from guidance.guidance_act where escalated_case_id is not null "
					+ "and party_id in (select party_id from guidance.guidance_act where document_number like '河市监%') limit 1")
			.query(UUID.class)
			.single();
		mvc.perform(get("/cases/" + escalated).with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"origin-guidance\"")))
			.andExpect(content().string(containsString("/guidance/sections/case/" + escalated)));
		mvc.perform(get("/guidance/sections/case/" + escalated).with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("caseId=" + escalated)))
			.andExpect(content().string(containsString("/guidance/")));
	}

	@Test
	void theEnglishPagesSpeakEnglish() throws Exception {
		mvc.perform(get("/guidance").param("lang", "en").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Export to Excel")));
	}

	@Test
	void theHeadDefinesAFormOnItsPageAndOfficersCanUseIt() throws Exception {
		String code = "PAGE_FORM_" + (System.nanoTime() % 100000);
		mvc.perform(get("/guidance/forms").with(as("demo-head-amr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"define-form\"")))
			.andExpect(content().string(containsString("河市监")));
		mvc.perform(post("/guidance/forms").with(as("demo-head-amr"))
			.with(csrf())
			.param("code", code.toLowerCase())
			.param("name", "信用修复指导")
			.param("fields[0].key", "repair")
			.param("fields[0].label", "修复事项")
			.param("fields[0].required", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/guidance/forms").with(as("demo-officer-amr")))
			.andExpect(content().string(containsString("信用修复指导")));
		// a bad key is refused on the form, nothing saved
		mvc.perform(post("/guidance/forms").with(as("demo-head-amr"))
			.with(csrf())
			.param("code", code + "_X")
			.param("name", "坏字段")
			.param("fields[0].key", "Bad Key")
			.param("fields[0].label", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("字段键须以小写字母开头")));
		mvc.perform(post("/guidance/forms/prefix").with(as("demo-head-amr")).with(csrf()).param("prefix", "<b>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("机关代字须为")));
	}

}
