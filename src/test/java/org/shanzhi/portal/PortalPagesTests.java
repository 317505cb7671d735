package org.shanzhi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The portal's pages: public without signing in, in Chinese with English; a script typed
 * into an application is shown as text to the officer; the public tracking page reveals
 * nothing of the applicant; kiosk mode; the forms refuse a post without the CSRF token.
 */
class PortalPagesTests extends IntegrationTest {

	String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theReceiptsTrackingLinkFillsInTheNumber() throws Exception {
		String page = mvc.perform(get("/public/portal/track").param("trackingNumber", "SZ2026000123"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"SZ2026000123\"");
		// anything that is not a tracking number is not echoed into the form
		String odd = mvc.perform(get("/public/portal/track").param("trackingNumber", "<script>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(odd).doesNotContain("&lt;script&gt;").doesNotContain("<script>\"");
	}

	@Test
	void thePublicPagesNeedNoSignInAndComeInEnglishToo() throws Exception {
		assertThat(page(get("/public/portal"))).contains("消费纠纷行政调解申请").contains("apply-AMR-TJ-01");
		assertThat(page(get("/public/portal").param("lang", "en"))).contains("Apply online");
		assertThat(page(get("/public/portal/items/AMR-TJ-01"))).contains("apply-form")
			.contains("respondent")
			.contains("购物凭证或合同");
		assertThat(page(get("/public/portal/track"))).contains("track-form");
		assertThat(page(get("/public/portal/sign-in"))).contains("code-form");
		mvc.perform(get("/public/portal/items/NO-SUCH")).andExpect(status().isNotFound());
		mvc.perform(post("/public/portal/track").param("trackingNumber", "SZ2222222222").param("phone", "13900000000"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aScriptInAnApplicationIsShownAsTextAndTrackingRevealsNoPersonalData() throws Exception {
		String phone = PortalApiTests.phone();
		JsonNode receipt = read(mvc
			.perform(
					post("/api/v1/public/applications").contentType("application/json")
						.content(toJson(Map.of("serviceItemCode", "AMR-TS-01", "details",
								Map.of("complainedOf", "城东惠民超市"), "applicant", Map.of("name", "钱多多", "phone", phone),
								"content", "<script>alert('x')</script>门店卫生差"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String officer = page(get("/hall/applications/" + receipt.get("id").asString()).with(as("demo-officer-amr")));
		assertThat(officer).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;门店卫生差")
			.doesNotContain("<script>alert");
		String tracked = page(post("/public/portal/track").with(csrf())
			.param("trackingNumber", receipt.get("trackingNumber").asString())
			.param("phone", phone));
		assertThat(tracked).contains("tracking-status").doesNotContain("钱多多").doesNotContain(phone);
		assertThat(page(get("/hall/applications").with(as("demo-officer-amr"))))
			.contains(receipt.get("trackingNumber").asString());
		assertThat(page(get("/hall/walk-in").with(as("demo-officer-amr")))).contains("walk-in-form");
		assertThat(page(get("/hall/service-items").with(as("demo-head-amr")))).contains("AMR-TJ-01");
	}

	@Test
	void kioskModeEnlargesThePagesAndResetsToTheStart() throws Exception {
		var session = new org.springframework.mock.web.MockHttpSession();
		mvc.perform(get("/public/portal/kiosk").session(session)).andExpect(status().is3xxRedirection());
		assertThat(page(get("/public/portal").session(session))).contains("class=\"portal kiosk\"")
			.contains("data-kiosk-reset");
		mvc.perform(post("/public/portal/kiosk/reset").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

}
