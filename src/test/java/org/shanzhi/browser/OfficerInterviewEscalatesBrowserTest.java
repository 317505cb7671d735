package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End to end in a real browser: an officer of the market regulation bureau summons an
 * enterprise to an interview (约谈) with a rectification deadline, prints its 行政指导书, and,
 * the deadline passed without correction, records "not corrected" and lands on the
 * enforcement case it escalated to, which links back to the interview.
 */
class OfficerInterviewEscalatesBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInterviewWithADeadlineIsPrintedThenEscalatesToACase() throws Exception {
		String party = newEnterprise("河洛市约谈测试餐饮店", "CATERING");
		openSignedIn("/parties/" + party, "demo-officer-amr");

		// from the party's page, give guidance: an interview
		click(By.id("give-guidance"));
		new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form")))).selectByValue("INTERVIEW");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("details-attendees")));
		type(By.id("subject"), "后厨卫生问题约谈");
		type(By.id("content"), "日常检查发现后厨生熟食品混放、油污积存，依法约谈负责人。");
		type(By.id("details-attendees"), "店长赵某、厨师长钱某");
		type(By.id("details-problems"), "生熟食品混放；油污积存");
		type(By.id("details-provisions"), "《中华人民共和国食品安全法》第三十三条");
		type(By.id("details-requirements"), "十个工作日内完成清洁并生熟分区存放");
		type(By.id("law"), "《中华人民共和国食品安全法》");
		type(By.id("article"), "第三十三条");
		click(By.cssSelector("input[name=rectify][type=checkbox]"));
		type(By.id("requirement"), "清洁后厨并生熟分区存放");
		type(By.id("workingDays"), "10");
		new Select(browser.findElement(By.id("violationCode"))).selectByValue("FOOD-LABEL");
		screenshot("officer-fills-interview.png");
		click(By.id("submit-guidance"));

		wait.until(ExpectedConditions.textToBe(By.id("act-status"), "待回应"));
		String number = browser.findElement(By.id("document-number")).getText();
		assertThat(number).matches("河市监指〔\\d{4}〕\\d{4}号");
		// print: the link serves the 行政指导书 as a PDF
		String href = browser.findElement(By.id("print-document")).getAttribute("href");
		Object answer = ((JavascriptExecutor) browser).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)));
						""",
				href);
		String[] parts = answer.toString().split(" ");
		assertThat(parts[0]).isEqualTo("200");
		assertThat(parts[1]).isEqualTo("application/pdf");
		assertThat(Long.parseLong(parts[2])).isGreaterThan(5_000);
		screenshot("officer-interview-issued.png");

		// ten working days later, nothing was corrected
		String actId = browser.getCurrentUrl().replaceAll(".*/guidance/", "");
		LocalDate today = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);
		jdbc.sql("update guidance.guidance_act set issued_on = :issued, rect_deadline = :deadline where id = :id")
			.param("issued", today.minusDays(20))
			.param("deadline", today.minusDays(1))
			.param("id", UUID.fromString(actId))
			.update();
		browser.navigate().refresh();
		type(By.id("outcome-note"), "期满复查，仍生熟混放");
		click(By.id("not-corrected"));

		wait.until(ExpectedConditions.urlContains("/cases/"));
		// the escalated case arrives registered (案源登记) for the head's filing, with the
		// officer who recorded the failed measure
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "案源登记"));
		assertThat(browser.findElement(By.id("case-officers")).getText()).contains("执法证号");
		assertThat(browser.findElement(By.id("case-origin")).getText()).isEqualTo("行政指导转办");
		assertThat(browser.findElement(By.id("origin-guidance")).getAttribute("href")).endsWith("/guidance/" + actId);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit-trail table")));
		screenshot("officer-lands-on-escalated-case.png");

		click(By.id("origin-guidance"));
		wait.until(ExpectedConditions.textToBe(By.id("act-status"), "未整改（已转立案）"));
		assertThat(browser.findElement(By.id("escalated-case")).isDisplayed()).isTrue();
	}

}
