package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * End to end in a real browser (S1, S2): an officer takes this year's exam — a random
 * paper, answered and handed in within its time — and sees the grade at once, listed in
 * the training record; the supervisor opens the city-wide dashboard, runs the assessment
 * and drills from the market bureau's mediation score to the mediation cases behind it.
 */
class OfficerExamAndSupervisorDrillBrowserTest extends BrowserTest {

	@Test
	void anOfficerTakesTheExamAndTheSupervisorDrillsFromAScoreToItsRecords() throws Exception {
		openSignedIn("/supervision/exams", "demo-officer-transport");
		By take = By.xpath("//tr[td[contains(., '年度服务型行政执法知识考试')]]//button[contains(@class, 'take-exam')]");
		click(take);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paper-form")));
		List<WebElement> questions = browser.findElements(By.cssSelector("#paper-form fieldset"));
		assertThat(questions).hasSize(20);
		for (int i = 1; i <= questions.size(); i++) {
			click(By.id("o-" + i + "-0"));
		}
		wait.until(ExpectedConditions.textMatches(By.id("time-left"),
				java.util.regex.Pattern.compile("剩余时间 \\d+:\\d\\d")));
		screenshot("exam-paper.png");
		click(By.id("hand-in"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paper-result")));
		assertThat(browser.findElement(By.id("paper-result")).getText()).matches("得分 \\d+（合格线 60）：(合格|不合格)");
		browser.get(base() + "/supervision/exams");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-papers")));
		assertThat(browser.findElement(By.id("my-papers")).getText()).contains("交卷");

		browser.manage().deleteAllCookies();
		openSignedIn("/supervision", "demo-supervisor");
		click(By.id("run-assessment"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ranking")));
		wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
			.executeScript("return document.querySelector('#totals-chart canvas') !== null")
			.equals(Boolean.TRUE));
		String amr = accounts.findByUsername("demo-officer-amr").orElseThrow().actor().agencyId().toString();
		Thread.sleep(1500); // the bars grow for a second
		assertThat(browser.findElement(By.tagName("h1")).getText()).doesNotContain(",");
		screenshot("supervision-dashboard.png");
		click(By.id("score-" + amr + "-MEDIATION"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-score")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("河洛市市场监督管理局").contains("行政调解成功率");
		assertThat(browser.findElement(By.id("drill-records")).getText()).contains("调解案件");
		screenshot("supervision-drill.png");
		click(By.cssSelector("#drill-records tbody a"));
		wait.until(ExpectedConditions.urlContains("/mediation/"));
	}

}
