package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * End to end in a real browser: an officer of the market regulation bureau registers a
 * case against an enterprise for a labelling violation with a second officer, the head
 * files it, the officer ends the investigation (no harm, corrected within days), sees the
 * no-penalty list's proposal with its reasons, and decides.
 */
class OfficerDecidesCaseBrowserTest extends BrowserTest {

	@Test
	void anOfficerRecordsAViolationSeesTheProposalWithItsReasonsAndDecides() throws Exception {
		String party = newEnterprise("河洛市浏览器测试食品商行", "RETAIL");
		openSignedIn("/parties/" + party, "demo-officer-amr");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("open-case"))).click();

		new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("violationCode"))))
			.selectByValue("FOOD-LABEL");
		browser.findElement(By.id("facts")).sendKeys("检查发现在售预包装饼干标签未标注生产者联系方式，不影响食品安全。");
		// the officer's own officer is named already; a second one joins (APL art. 42)
		String second = officerIds("demo-officer-amr").get(1);
		click(By.cssSelector("input[name=officerIds][value='" + second + "']"));
		click(By.id("submit-case"));
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "案源登记"));
		assertThat(browser.findElement(By.id("case-officers")).getText()).contains("执法证号");
		String caseUrl = browser.getCurrentUrl();

		// the head files it (立案审批), confirming the step first
		browser.manage().deleteAllCookies();
		openSignedIn(caseUrl.substring(caseUrl.indexOf("/cases/")), "demo-head-amr");
		click(By.id("approve-filing"));
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已立案"));
		assertThat(browser.findElement(By.id("filing-number")).getText()).contains("立〔");
		screenshot("head-files-case.png");

		browser.manage().deleteAllCookies();
		openSignedIn(caseUrl.substring(caseUrl.indexOf("/cases/")), "demo-officer-amr");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));

		type(By.id("findings"), "标签瑕疵属实，当事人当场更换标签，未造成危害后果。");
		WebElement correctedOn = browser.findElement(By.id("correctedOn"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", correctedOn,
				LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE).toString());
		click(By.cssSelector("input[name=corrected][type=checkbox]"));
		WebElement investigate = browser.findElement(By.id("submit-investigation"));
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", investigate);
		wait.until(ExpectedConditions.elementToBeClickable(investigate)).click();
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "调查终结"));

		assertThat(browser.findElement(By.id("proposed-treatment")).getText()).isEqualTo("不予处罚");
		String reasons = browser.findElement(By.id("proposal-reasons")).getText();
		assertThat(reasons).contains("免罚清单").contains("首次违法").contains("已在 15 日内改正");
		screenshot("officer-sees-proposal.png");

		assertThat(new Select(browser.findElement(By.id("treatment"))).getFirstSelectedOption().getText())
			.isEqualTo("不予处罚");
		browser.findElement(By.id("reasons")).sendKeys("当事人首次违法，危害后果轻微并及时改正，依据《中华人民共和国行政处罚法》第三十三条第一款不予行政处罚。");
		WebElement decide = browser.findElement(By.id("submit-decision"));
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", decide);
		wait.until(ExpectedConditions.elementToBeClickable(decide)).click();
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已决定"));
		assertThat(browser.findElement(By.id("decided-treatment")).getText()).isEqualTo("不予处罚");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit-trail table")));
		screenshot("officer-decides-case.png");
	}

}
