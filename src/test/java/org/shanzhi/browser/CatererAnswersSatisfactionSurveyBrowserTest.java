package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;

/**
 * End to end in a real browser (S5): the market bureau's head drafts a satisfaction
 * survey for caterers on the satisfaction page and opens it; a restaurant signed in on
 * the portal finds it among its surveys and answers it; the head reads the results — one
 * answer, four stars of five.
 */
class CatererAnswersSatisfactionSurveyBrowserTest extends BrowserTest {

	@Test
	void aHeadsSurveyIsAnsweredByACatererOnThePortal() throws Exception {
		String restaurant = newEnterprise("河洛市满意度测试酒家", "CATERING");
		String username = "caterer-" + restaurant.substring(0, 8);
		Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(username, "满意度测试酒家", PASSWORD,
				Set.of(Role.PUBLIC), null, null, UUID.fromString(restaurant))));

		openSignedIn("/satisfaction", "demo-head-amr");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#satisfaction-trend canvas")));
		click(By.cssSelector("#new-survey summary"));
		type(By.id("s-title"), "餐饮单位执法服务满意度调查");
		click(By.id("cat-CATERING"));
		type(By.id("q0text"), "您对执法人员的服务态度是否满意？");
		new Select(browser.findElement(By.id("q1kind"))).selectByValue("CHOICE");
		type(By.id("q1text"), "检查频次是否合适");
		type(By.id("q1options"), "偏多，适中，偏少");
		screenshot("survey-draft.png");
		click(By.id("draft-survey"));
		click(By.id("open-survey"));
		wait.until(ExpectedConditions.textToBe(By.id("survey-status"), "进行中"));
		String surveyPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

		browser.manage().deleteAllCookies();
		openSignedIn("/my/surveys", username);
		click(By.linkText("餐饮单位执法服务满意度调查"));
		click(By.id("a0-4"));
		click(By.id("a1-o1"));
		screenshot("survey-answer.png");
		click(By.id("submit-answers"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
		assertThat(browser.findElement(By.id("my-surveys")).getText()).contains("餐饮单位执法服务满意度调查", "已填写");

		browser.manage().deleteAllCookies();
		openSignedIn(surveyPath, "demo-head-amr");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-summary")));
		assertThat(browser.findElement(By.id("survey-summary")).getText()).isEqualTo("共 1 份答卷，满意度 80.0%");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("平均 4 星", "适中 1");
		screenshot("survey-results.png");
	}

}
