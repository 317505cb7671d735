package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;

/**
 * End to end in a real browser (M8): an enterprise signed in on the platform finds its
 * mediation case, consents online, and later signs the agreement the mediator proposed;
 * the page shows each answer with its time, method and address, and, once the other party
 * signed in person, the agreement's PDF.
 */
class PartyMediatesOnlineBrowserTest extends BrowserTest {

	@Test
	void aPartyConsentsAndSignsItsAgreementOnline() throws Exception {
		String applicant = newEnterprise("网上调解浏览器申请人", "RETAIL");
		String respondent = newEnterprise("网上调解浏览器被申请人", "RETAIL");
		String username = "online-" + applicant.substring(0, 8);
		Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(username, "网上调解申请人", PASSWORD,
				Set.of(Role.PUBLIC), null, null, UUID.fromString(applicant))));
		String id = body(call(post("/api/v1/mediation-cases"), "demo-mediator",
				Map.of("procedure", "GENERAL", "origin", "APPLICATION", "disputeType", "CONSUMER", "summary",
						"网购的沙发与样品颜色不符，要求退货。", "parties",
						List.of(Map.of("partyId", applicant, "role", "APPLICANT"),
								Map.of("partyId", respondent, "role", "RESPONDENT"))))
			.andExpect(status().isCreated())).get("id").asString();
		withMediator(id, "demo-mediator");

		openSignedIn("/my/mediation", username);
		click(By.cssSelector("#my-cases a"));
		wait.until(ExpectedConditions.textToBe(By.id("mediation-status"), "待当事人同意"));
		click(By.id("consent-online"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-consent")));
		assertThat(browser.findElement(By.id("my-consent")).getText()).contains("已同意调解").contains("网上确认");

		String at = OffsetDateTime.now().plusDays(1).withNano(0).toString();
		call(post("/api/v1/mediation-cases/" + id + "/consents"), "demo-mediator",
				Map.of("partyId", respondent, "consented", true))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/acceptance"), "demo-mediator",
				Map.of("accepted", true, "sessionAt", at, "place", "市场监管局调解室"))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/sessions"), "demo-mediator",
				Map.of("heldAt", at, "attendees", List.of(applicant, respondent), "transcript", "双方陈述，调解员释明。"))
			.andExpect(status().isOk());
		call(post("/api/v1/mediation-cases/" + id + "/agreement-proposal"), "demo-mediator",
				Map.of("factsFound", "沙发颜色与样品不符", "terms", "被申请人七日内上门取回沙发并退款 3,200 元"))
			.andExpect(status().isOk());

		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBe(By.id("mediation-status"), "待当事人签署"));
		assertThat(browser.findElement(By.id("proposal")).getText()).contains("退款 3,200 元");
		click(By.id("read-agreement"));
		screenshot("party-signs-online.png");
		click(By.id("sign-online"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-signature")));
		assertThat(browser.findElement(By.id("my-signature")).getText()).contains("已签名").contains("网上确认");

		call(post("/api/v1/mediation-cases/" + id + "/signatures"), "demo-mediator", Map.of("partyId", respondent))
			.andExpect(status().isOk());
		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBe(By.id("mediation-status"), "已达成协议"));
		assertThat(browser.findElement(By.id("document-agreement")).getAttribute("href")).contains("/my/mediation/");
		screenshot("party-agreement-concluded.png");

		// the case sits in the portal's layout: its navigation leads back to the
		// citizen's other spaces
		click(By.id("to-mine"));
		wait.until(ExpectedConditions.urlContains("/my/applications"));
		click(By.id("to-my-mediation"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#my-cases a")));
		click(By.cssSelector(".portal-brand"));
		wait.until(ExpectedConditions.urlContains("/public/portal"));
		screenshot("party-back-on-the-portal.png");
	}

}
