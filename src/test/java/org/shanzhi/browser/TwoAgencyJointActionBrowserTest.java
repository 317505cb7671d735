package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * End to end in a real browser (J1): the market bureau's officer finds a bakery and plans
 * a joint action with the ecology bureau (each agency's own matters); the ecology officer
 * accepts, sending himself; on the day the market officer starts it and records a
 * violation, the ecology officer records the guidance given with its rectification
 * deadline; the market officer concludes it and opens the one combined notice that lists
 * both agencies' results.
 */
class TwoAgencyJointActionBrowserTest extends BrowserTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	void setValue(By by, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(by),
				value);
	}

	void signInAgain(String path, String user) {
		browser.manage().deleteAllCookies();
		openSignedIn(path, user);
	}

	@Test
	void twoAgenciesPlanVisitOnceRecordTheirFindingsAndSendOneNotice() throws Exception {
		String party = newEnterprise("河洛市联合检查面包厂", "FOOD_PRODUCTION");
		String name = body(
				mvc.perform(get("/api/v1/parties/" + party).header("Authorization", bearer("demo-officer-amr"))))
			.get("name")
			.asString();

		openSignedIn("/joint/new?day=" + TODAY + "&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
				"demo-officer-amr");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("t-" + party)));
		click(By.id("t-" + party));
		type(By.id("title"), "食品生产企业联合检查");
		click(By.id("m-amr-FOOD-LABEL"));
		click(By.id("m-eco-EIA-FILING"));
		screenshot("joint-plan.png");
		click(By.id("submit-plan"));
		wait.until(ExpectedConditions.textToBe(By.id("action-status"), "已计划"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith(" 食品生产企业联合检查");
		String actionPath = browser.getCurrentUrl().substring(base().length());

		signInAgain(actionPath, "demo-officer-eco");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
		assertThat(browser.findElement(By.id("officer-demo-officer-eco")).isSelected()).isTrue();
		click(By.id("accept"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("participants"), "陈执法"));
		assertThat(browser.findElements(By.id("answer-form"))).isEmpty();

		signInAgain(actionPath, "demo-officer-amr");
		click(By.id("start"));
		wait.until(ExpectedConditions.textToBe(By.id("action-status"), "进行中"));
		new Select(browser.findElement(By.id("finding-matter"))).selectByValue("FOOD-LABEL");
		new Select(browser.findElement(By.id("finding-result"))).selectByValue("VIOLATION");
		type(By.id("finding-note"), "预包装面包标签未标注生产日期");
		type(By.id("finding-requirement"), "立即下架并更换标签");
		click(By.id("record-finding"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "预包装面包标签未标注生产日期"));

		signInAgain(actionPath, "demo-officer-eco");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("finding-form")));
		new Select(browser.findElement(By.id("finding-result"))).selectByValue("GUIDANCE_GIVEN");
		type(By.id("finding-note"), "烘焙废气治理设施未办理环评登记备案");
		type(By.id("finding-requirement"), "十五日内补办环评登记备案");
		setValue(By.id("finding-deadline"), TODAY.plusDays(15).toString());
		click(By.id("record-finding"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "十五日内补办环评登记备案"));

		signInAgain(actionPath, "demo-officer-amr");
		click(By.id("conclude"));
		wait.until(ExpectedConditions.textToBe(By.id("action-status"), "已结束"));
		assertThat(browser.findElement(By.id("action-visits-saved")).getText()).contains("1");
		screenshot("joint-concluded.png");
		click(By.cssSelector("#notices a"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("combined-notice")));
		assertThat(browser.findElement(By.id("combined-notice")).getText()).contains(name)
			.contains("河洛市市场监督管理局")
			.contains("河洛市生态环境局")
			.contains("立即下架并更换标签")
			.contains("十五日内补办环评登记备案");
		screenshot("joint-notice.png");
	}

}
