package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shanzhi.risk.RiskWarnings;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * End to end in a real browser (issue 22): the market bureau's officer opens a new early
 * warning from the dashboard, sees the party and the proposal, records the guidance given
 * after confirming, and sees the success message and the warning handled — then finds it
 * handled in the list of warnings.
 */
class OfficerHandlesWarningBrowserTest extends BrowserTest {

	@Autowired
	RiskWarnings warnings;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theOfficerOpensAWarningFromTheDashboardAndRecordsTheIntervention() throws Exception {
		String party = newEnterprise("浏览器预警测试超市", "RETAIL");
		UUID agency = accounts.findByUsername("demo-officer-amr").orElseThrow().actor().agencyId();
		warnings.open(new RiskWarnings.Opening(UUID.fromString(party), agency, RiskWarnings.Reason.GRADE_HIGH,
				"CASE_DECIDED", UUID.randomUUID(), 525.0, List.of(), "INTERVIEW", "约谈负责人，讲解价格法规定，提出整改要求", null));
		String warning = jdbc
			.sql("select id::text from risk.warning where party_id = cast(:p as uuid) and status = 'OPEN'")
			.param("p", party)
			.query(String.class)
			.single();

		openSignedIn("/", "demo-officer-amr");
		By link = By.cssSelector("a.dashboard-warning[data-warning='" + warning + "']");
		inView(wait.until(ExpectedConditions.presenceOfElementLocated(link)));
		screenshot("warning-dashboard.png");
		click(link);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("intervention-form")));
		assertThat(browser.findElement(By.id("warning-status")).getText()).isEqualTo("待处置");
		assertThat(browser.findElement(By.id("party-link")).getText()).startsWith("浏览器预警测试超市");
		assertThat(browser.findElement(By.id("warning-reason")).getText()).isEqualTo("风险等级升为高风险");

		click(By.cssSelector("input[name=outcome][value=GUIDANCE_GIVEN]"));
		type(By.id("note"), "已约谈负责人，讲解价格法第十三条，要求三日内补齐价签");
		screenshot("warning-intervention.png");
		// cancelling the confirmation sends nothing
		click(By.id("record-intervention"));
		wait.until(ExpectedConditions.alertIsPresent()).dismiss();
		assertThat(browser.findElements(By.id("handled-message"))).isEmpty();
		click(By.id("record-intervention"));
		var confirm = wait.until(ExpectedConditions.alertIsPresent());
		assertThat(confirm.getText()).contains("确认记录处置结果");
		confirm.accept();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("handled-message")));
		assertThat(browser.findElement(By.id("handled-message")).getText()).isEqualTo("处置结果已记录，该预警已处置。");
		assertThat(browser.findElement(By.id("warning-status")).getText()).isEqualTo("已处置");
		assertThat(browser.findElement(By.id("intervention-outcome")).getText()).isEqualTo("已开展行政指导");
		assertThat(browser.findElements(By.id("intervention-form"))).isEmpty();
		screenshot("warning-handled.png");

		browser.get(base() + "/risk/warnings?status=HANDLED&q=浏览器预警测试超市");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("warnings-table")));
		assertThat(browser.findElement(By.cssSelector("#warnings-table tbody")).getText()).contains("浏览器预警测试超市")
			.contains("已处置");
		screenshot("warning-list.png");
	}

}
