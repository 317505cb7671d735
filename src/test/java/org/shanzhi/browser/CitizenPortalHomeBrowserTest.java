package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;
import org.shanzhi.shared.PeopleTime;

/**
 * The citizen's way end to end (issue 22 item 4): an enterprise signs in and lands on its
 * portal home, sees what waits for it (a mediation to consent to, guidance to answer with
 * its rectification deadline), follows an item to where it acts, acts, and comes back
 * home through the portal's navigation, where the item no longer waits; at phone width
 * the home fits the screen.
 */
class CitizenPortalHomeBrowserTest extends BrowserTest {

	long overflow() {
		return ((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
			.longValue();
	}

	@Test
	void aCitizenLandsOnItsHomeAndFollowsWhatWaitsForIt() throws Exception {
		String party = newEnterprise("门户首页浏览器企业", "RETAIL");
		String other = newEnterprise("门户首页浏览器对方", "RETAIL");
		String username = "e-" + party.substring(0, 8) + "-139"
				+ String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(username, "门户首页浏览器企业", PASSWORD,
				Set.of(Role.PUBLIC), null, null, UUID.fromString(party))));
		call(post("/api/v1/mediation-cases"), "demo-mediator", Map.of("procedure", "GENERAL", "origin", "APPLICATION",
				"disputeType", "CONSUMER", "summary", "定制衣柜尺寸与约定不符。", "parties",
				List.of(Map.of("partyId", party, "role", "APPLICANT"), Map.of("partyId", other, "role", "RESPONDENT"))))
			.andExpect(status().isCreated());
		LocalDate deadline = LocalDate.now(PeopleTime.ZONE).plusDays(7);
		Map<String, Object> guidance = new LinkedHashMap<>();
		guidance.put("partyId", party);
		guidance.put("form", "REMIND");
		guidance.put("documentForm", "SIMPLE");
		guidance.put("channel", "IN_PERSON");
		guidance.put("subject", "进口食品中文标签提示");
		guidance.put("content", "提示经营者进口预包装食品应有中文标签。");
		guidance.put("details", Map.of("item", "中文标签"));
		guidance.put("legalBasis", List.of(Map.of("law", "《中华人民共和国食品安全法》", "article", "第九十七条")));
		guidance.put("rectification",
				Map.of("requirement", "下架无中文标签的商品", "deadline", deadline.toString(), "violationCode", "FOOD-LABEL"));
		call(post("/api/v1/guidance"), "demo-officer-amr", guidance).andExpect(status().isCreated());

		// signing in, the citizen lands on its home
		openSignedIn("/", username);
		wait.until(ExpectedConditions.urlMatches("/my$"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-actions")));
		String actions = browser.findElement(By.id("my-actions")).getText();
		assertThat(actions).contains("待您办理")
			.contains("调解待您表示是否同意")
			.contains("行政指导待您答复是否接受")
			.contains("行政指导要求整改")
			.contains("期限 " + deadline);
		assertThat(browser.findElement(By.id("home-guidance")).getText()).contains("进口食品中文标签提示");
		screenshot("portal-home.png");

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.navigate().refresh();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-actions")));
		assertThat(overflow()).as("no horizontal scrolling at phone width").isLessThanOrEqualTo(1);
		screenshot("portal-home-phone.png");

		// the mediation item leads to the case, where the citizen consents
		click(By.cssSelector("#my-actions a[data-kind=consent]"));
		wait.until(ExpectedConditions.textToBe(By.id("mediation-status"), "待当事人同意"));
		click(By.id("consent-online"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-consent")));
		// and the portal's navigation leads back home, where it waits no more
		click(By.id("to-my-home"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-actions")));
		assertThat(browser.findElements(By.cssSelector("#my-actions a[data-kind=consent]"))).isEmpty();

		// the guidance item leads to the act, which the citizen answers itself
		click(By.cssSelector("#my-actions a[data-kind=respond]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("response-form")));
		assertThat(browser.findElement(By.id("rectification")).getText()).contains("下架无中文标签的商品");
		assertThat(overflow()).isLessThanOrEqualTo(1);
		click(By.id("accept-guidance"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("responded")));
		assertThat(browser.findElement(By.id("my-response")).getText()).contains("已接受");
		screenshot("portal-guidance-answered-phone.png");
		click(By.id("to-my-home"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-actions")));
		assertThat(browser.findElements(By.cssSelector("#my-actions a[data-kind=respond]"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#my-actions a[data-kind=rectify]"))).hasSize(1);
	}

}
