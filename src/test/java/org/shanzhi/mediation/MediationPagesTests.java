package org.shanzhi.mediation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
		mvc.perform(get("/mediation").with(as("demo-public"))).andExpect(status().isForbidden());
	}

}
