package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * End to end in a real browser (R6): the market bureau's head imports a legacy history (a
 * file with a bad row is refused with the row named, nothing kept), backtests the
 * synthetic history and fits a version on it; the supervisor reviews and activates it,
 * then retires it.
 */
class SupervisorActivatesRiskModelBrowserTest extends BrowserTest {

	@Test
	void theHeadFitsAVersionAndTheSupervisorActivatesIt() throws Exception {
		Path bad = Files.createTempFile("legacy", ".csv");
		Files.writeString(bad, "party_id,date,result,violation_codes\nA,2024-01-05,VIOLATION,SPSC-033\n"
				+ "B,2024-02-30,NO_VIOLATION,\n", StandardCharsets.UTF_8);
		openSignedIn("/risk/models", "demo-head-amr");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history-form")));
		type(By.id("history-name"), "旧系统导出（有错）");
		browser.findElement(By.id("history-file")).sendKeys(bad.toAbsolutePath().toString());
		click(By.cssSelector("#history-form button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("row-errors")));
		assertThat(browser.findElement(By.id("row-errors")).getText()).contains("第 3 行 date");
		assertThat(browser.findElement(By.id("histories")).getText()).doesNotContain("旧系统导出（有错）");

		new Select(browser.findElement(By.id("bt-history"))).selectByVisibleText("市场监管局 2021—2026 年检查历史（合成示例数据）");
		click(By.id("run-backtest"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("backtest-result")));
		assertThat(Double.parseDouble(browser.findElement(By.id("bt-lift")).getText())).isGreaterThan(1.5);
		screenshot("risk-backtest.png");

		new Select(browser.findElement(By.id("fit-history"))).selectByVisibleText("市场监管局 2021—2026 年检查历史（合成示例数据）");
		click(By.id("fit"));
		wait.until(ExpectedConditions.textToBe(By.id("model-status"), "已通过验证，待审核"));
		String versionPage = browser.getCurrentUrl();
		String version = browser.findElement(By.tagName("h1")).getText().split(" ")[1];
		assertThat(browser.findElements(By.id("activation-form"))).isEmpty();

		browser.manage().deleteAllCookies();
		openSignedIn(versionPage.substring(base().length()), "demo-supervisor");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activation-form")));
		assertThat(browser.findElement(By.id("model-weights")).getText()).contains("违法行为").contains("投诉举报");
		type(By.id("review-note-input"), "权重方向与执法经验一致，验证期排序优于默认模型。");
		click(By.id("activate"));
		try {
			wait.until(ExpectedConditions.textToBe(By.id("model-status"), "使用中"));
			screenshot("risk-model-active.png");
			assertThat(browser.findElement(By.id("review-note")).getText()).contains("权重方向");
			awaitRiskScoresOf(version);
		}
		finally {
			click(By.id("retire"));
			wait.until(ExpectedConditions.textToBe(By.id("model-status"), "已停用"));
		}
		awaitRiskScoresOf("default-1");
	}

}
