package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * End to end in a real browser (R5): the market bureau's head generates the evaluation
 * report of the last year, sees its comparison drawn, writes the conclusions and
 * finalises it under a number.
 */
class HeadFinalisesEvaluationBrowserTest extends BrowserTest {

	@Test
	void theHeadGeneratesAndFinalisesTheYearsReport() throws Exception {
		openSignedIn("/risk/evaluations", "demo-head-amr");
		click(By.cssSelector("#evaluation-form button[type=submit]"));
		wait.until(ExpectedConditions.textToBe(By.id("evaluation-status"), "草稿"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evaluation-chart canvas")));
		assertThat(browser.findElement(By.id("comparison")).getText()).contains("违法行为数").contains("守法率");
		type(By.id("conclusions"), "清单覆盖餐饮主要风险，提前指导后同类违法行为有所下降。");
		// finalising waits for the conclusions: the button says why until they are saved
		assertThat(browser.findElement(By.id("finalise")).isEnabled()).isFalse();
		assertThat(browser.findElement(By.id("finalise-why")).getText()).contains("评估结论");
		click(By.cssSelector("#conclusions-form button"));
		wait.until(ExpectedConditions.textToBe(By.id("flash-notice"), "已保存。"));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("finalise")));
		screenshot("evaluation-draft.png");
		click(By.id("finalise"));
		wait.until(ExpectedConditions.textToBe(By.id("evaluation-status"), "已定稿"));
		assertThat(browser.getPageSource()).contains("风评").doesNotContain("id=\"conclusions-form\"");
	}

}
