package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shanzhi.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * End to end in a real browser, the ordinary penalty procedure from 立案 to 结案: an officer
 * of the market regulation bureau registers a case with a second officer, the head files
 * it, the officer records an inquiry, ends the investigation proposing a warning, issues
 * the prior notice of the warning, delivers it in person and records the party's waiver;
 * the head decides (警告), the officer delivers the decision, the head closes the case.
 */
class OfficerAndHeadTakeACaseFromFilingToClosingBrowserTest extends BrowserTest {

	@Autowired
	WorkingDays workingDays;

	String caseUrl;

	@Test
	void anOfficerAndTheHeadTakeACaseFromFilingToClosing() throws Exception {
		try {
			walk();
		}
		catch (Exception | AssertionError failed) {
			screenshot("full-procedure-failed.png");
			java.nio.file.Files.writeString(
					java.nio.file.Path.of("target", "screenshots", "full-procedure-failed.html"),
					browser.getPageSource());
			throw failed;
		}
	}

	void walk() throws Exception {
		String party = newEnterprise("河洛市全流程浏览器测试商行", "RETAIL");
		openSignedIn("/parties/" + party, "demo-officer-amr");
		click(By.id("open-case"));
		new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("violationCode"))))
			.selectByValue("PRICE-TAG");
		browser.findElement(By.id("facts")).sendKeys("检查发现在售商品未明码标价。");
		String second = officerIds("demo-officer-amr").get(1);
		click(By.cssSelector("input[name=officerIds][value='" + second + "']"));
		click(By.id("submit-case"));
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "案源登记"));
		caseUrl = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/cases/"));

		// 立案 by the head
		signIn("demo-head-amr");
		click(By.id("approve-filing"));
		confirm();
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已立案"));
		assertThat(browser.findElement(By.id("case-course")).getText()).contains("案源登记").contains("已立案");

		// 调查取证: an inquiry, then the report proposing a warning
		signIn("demo-officer-amr");
		click(By.cssSelector("details:has(#record-form) > summary"));
		new Select(browser.findElement(By.id("record-kind"))).selectByValue("INQUIRY");
		LocalDate day = workingDays.minusWorkingDays(LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE), 1);
		setValue(By.id("record-heldAt"), day + "T10:00");
		type(By.id("record-place"), "当事人经营场所");
		type(By.id("record-interviewee"), "张经理");
		type(By.id("record-relation"), "负责人");
		type(By.id("record-content"), "问：商品为何未明码标价？答：新到商品尚未贴价签，已经改正。");
		click(By.cssSelector("#record-form button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("investigation-records")));

		browser.findElement(By.id("findings")).clear();
		type(By.id("findings"), "当事人销售的商品未明码标价，事实清楚，情节轻微。");
		new Select(browser.findElement(By.id("harm"))).selectByValue("MINOR");
		new Select(browser.findElement(By.id("report-penaltyKind-0"))).selectByValue("WARNING");
		screenshot("officer-writes-report.png");
		click(By.id("submit-investigation"));
		confirm();
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "调查终结"));
		assertThat(browser.findElement(By.id("report")).getText()).contains("警告").contains("追责时效届满日");

		// 事先告知: the warning alone, so that no fine is to be paid
		assertThat(new Select(browser.findElement(By.id("notice-penaltyKind-0"))).getFirstSelectedOption().getText())
			.isEqualTo("警告");
		click(By.id("submit-notice"));
		confirm();
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已事先告知"));
		assertThat(browser.findElement(By.id("notice-0")).getText()).contains("行政处罚事先告知书").contains("警告");

		// 送达 in person, then the party's waiver
		assertThat(new Select(browser.findElement(By.id("delivery-document"))).getFirstSelectedOption().getText())
			.contains("行政处罚事先告知书");
		click(By.id("submit-delivery"));
		confirm();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delivery-list")));
		assertThat(browser.findElement(By.id("delivery-list")).getText()).contains("直接送达");
		click(By.cssSelector("details:has(#statement-form) > summary"));
		new Select(browser.findElement(By.id("statement-kind"))).selectByValue("WAIVER");
		new Select(browser.findElement(By.id("statement-channel"))).selectByValue("WRITTEN");
		click(By.id("waivesHearing"));
		click(By.id("submit-statement"));
		confirm();
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "待作出决定"));
		assertThat(browser.findElement(By.id("statements")).getText()).contains("放弃陈述、申辩");
		screenshot("officer-records-waiver.png");

		// 决定 by the head
		signIn("demo-head-amr");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-form")));
		assertThat(new Select(browser.findElement(By.id("decision-penaltyKind-0"))).getFirstSelectedOption().getText())
			.isEqualTo("警告");
		type(By.id("reasons"), "当事人未明码标价，情节轻微，依法给予警告。");
		click(By.id("submit-decision"));
		confirm();
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已决定"));
		assertThat(browser.findElement(By.id("decision")).getText()).contains("警告");
		assertThat(browser.findElement(By.id("decision-number")).getText()).contains("罚〔");
		screenshot("head-decides.png");

		// 送达 of the decision by the officer
		signIn("demo-officer-amr");
		assertThat(new Select(browser.findElement(By.id("delivery-document"))).getFirstSelectedOption().getText())
			.contains("行政处罚决定书");
		click(By.id("submit-delivery"));
		confirm();
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已送达·执行中"));
		assertThat(browser.findElements(By.id("close-form"))).isEmpty();

		// 结案 by the head
		signIn("demo-head-amr");
		type(By.id("close-summary"), "警告已送达，处罚执行完毕。");
		click(By.id("submit-close"));
		confirm();
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已结案"));
		String documents = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-documents-table")))
			.getText();
		assertThat(documents).contains("立案审批表")
			.contains("询问笔录")
			.contains("行政处罚事先告知书")
			.contains("行政处罚决定书")
			.contains("送达回证")
			.contains("结案审批表");
		assertThat(browser.findElement(By.cssSelector("#case-course [aria-current=step]")).getText()).contains("已结案");
		screenshot("head-closes-case.png");
	}

	/** Signs in again as another user on the case page. */
	void signIn(String username) {
		browser.manage().deleteAllCookies();
		openSignedIn(caseUrl, username);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
	}

	void confirm() {
		wait.until(ExpectedConditions.alertIsPresent()).accept();
	}

	void setValue(By by, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(by),
				value);
	}

}
