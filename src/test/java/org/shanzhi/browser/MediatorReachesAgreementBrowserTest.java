package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * End to end in a real browser: a mediator of the market regulation bureau starts a
 * general-procedure consumer mediation from the applicant's page, records both parties'
 * consent, accepts the case with time and place, records a session with its transcript,
 * and has both parties sign the agreement, whose 调解协议书 is served as a PDF.
 */
class MediatorReachesAgreementBrowserTest extends BrowserTest {

	@Test
	void aGeneralCaseGoesFromApplicationToASignedAgreement() throws Exception {
		String applicant = newEnterprise("河洛市调解申请测试商店", "RETAIL");
		String respondent = newEnterprise("河洛市调解被申请测试电器行", "RETAIL");
		openSignedIn("/parties/" + applicant, "demo-mediator");
		click(By.id("start-mediation"));

		type(By.id("q"), "调解被申请测试电器行");
		click(By.id("search-respondent"));
		// the search reloads the page: wait for the found respondent, then take the new
		// list
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#respondentId option[value='" + respondent + "']")));
		new Select(browser.findElement(By.id("respondentId"))).selectByValue(respondent);
		new Select(browser.findElement(By.id("disputeType"))).selectByValue("CONSUMER");
		type(By.id("summary"), "申请人购买的电热水器漏水，要求退货退款；被申请人只同意维修。");
		click(By.id("submit-mediation"));
		wait.until(ExpectedConditions.textToBe(By.id("mediation-status"), "待当事人同意"));

		click(By.cssSelector(".consent-yes"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".consent-yes"), 1));
		click(By.cssSelector(".consent-yes"));
		wait.until(ExpectedConditions.textToBe(By.id("mediation-status"), "待受理"));

		type(By.id("place"), "河洛市市场监督管理局调解室");
		type(By.id("notes"), "请携带购买凭证和维修记录");
		click(By.id("accept"));
		wait.until(ExpectedConditions.textToBe(By.id("mediation-status"), "已受理"));
		// a session is led by a mediator of the case: one is assigned first
		click(By.cssSelector("#assign-form button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assignments li")));

		type(By.id("others"), "调解员王某");
		type(By.id("statements"), "申请人陈述热水器使用两个月后漏水；被申请人称系安装不当。");
		type(By.id("focus"), "漏水原因与退款责任");
		type(By.id("transcript"), "调解员告知双方权利义务和调解程序，双方表示知悉。经释法说理，双方同意协商解决。");
		click(By.id("rightsAcknowledged"));
		click(By.id("submit-session"));
		wait.until(ExpectedConditions.textToBe(By.id("mediation-status"), "调解中"));

		type(By.id("factsFound"), "热水器内胆焊缝存在质量缺陷。");
		type(By.id("terms"), "被申请人于三日内退还货款 2,300 元，申请人退回热水器。");
		click(By.id("signed-0"));
		click(By.id("signed-1"));
		screenshot("mediator-signs-agreement.png");
		click(By.id("submit-agreement"));
		wait.until(ExpectedConditions.textToBe(By.id("mediation-status"), "已达成协议"));

		String href = browser.findElement(By.id("document-agreement")).getAttribute("href");
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
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit-trail table")));
		screenshot("mediation-agreed.png");
	}

}
