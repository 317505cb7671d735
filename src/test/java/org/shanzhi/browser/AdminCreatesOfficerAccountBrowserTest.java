package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Account administration in a real browser (issue 22): the administrator opens an officer
 * account of the market bureau with an initial password; the new officer signs in, is
 * held at the change of password, chooses their own and reaches the officer's home page;
 * the administrator finds the account and disables it, confirming the step first.
 */
class AdminCreatesOfficerAccountBrowserTest extends BrowserTest {

	@Test
	void anAdministratorOpensAnOfficerAccountWhoseHolderChangesThePasswordFirst() throws Exception {
		String username = "test-browser-" + UUID.randomUUID().toString().substring(0, 6);

		// the administrator opens the account
		openSignedIn("/admin/accounts", "demo-admin");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts")));
		click(By.id("new-account"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-form")));
		type(By.id("username"), username);
		type(By.id("displayName"), "浏览器测试员");
		new Select(browser.findElement(By.id("agencyId"))).selectByVisibleText("河洛市市场监督管理局");
		// linked to an officer record of the market bureau
		click(By.cssSelector("#officerId optgroup[label='河洛市市场监督管理局'] option"));
		type(By.id("password"), "Initial#2026");
		screenshot("admin-new-account.png");
		click(By.id("account-submit"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash-notice"), "已创建"));
		assertThat(browser.findElement(By.id("account-username")).getText()).isEqualTo(username);
		assertThat(browser.findElement(By.id("account-status")).getText()).contains("待修改密码");
		assertThat(browser.getPageSource()).contains("河洛市市场监督管理局");
		assertThat(accounts.findByUsername(username).orElseThrow().officerId()).isNotNull();
		screenshot("admin-account-created.png");

		// the officer signs in with the initial password and must change it first
		browser.manage().deleteAllCookies();
		browser.get(base() + "/");
		wait.until(ExpectedConditions.urlContains("/login"));
		type(By.id("username"), username);
		type(By.id("password"), "Initial#2026");
		click(By.id("login-submit"));
		wait.until(ExpectedConditions.urlContains("/account/password"));
		assertThat(browser.findElement(By.id("password-forced")).getText()).contains("管理员为您设置了初始密码");
		// nothing else opens before the change
		browser.get(base() + "/parties");
		wait.until(ExpectedConditions.urlContains("/account/password"));
		type(By.id("currentPassword"), "Initial#2026");
		type(By.id("newPassword"), "Own#Pass2026");
		type(By.id("confirmation"), "Own#Pass2027");
		click(By.id("password-submit"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-form"), "两次输入的新密码不一致"));
		screenshot("officer-must-change-password.png");
		type(By.id("currentPassword"), "Initial#2026");
		type(By.id("newPassword"), "Own#Pass2026");
		type(By.id("confirmation"), "Own#Pass2026");
		click(By.id("password-submit"));

		// the officer's home page, of the market bureau
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash-notice"), "密码已修改"));
		assertThat(browser.getCurrentUrl()).isEqualTo(base() + "/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("浏览器测试员");
		assertThat(browser.findElement(By.id("main")).getText()).contains("执法人员").contains("河洛市市场监督管理局");
		screenshot("officer-home-after-password-change.png");

		// the administrator finds the account and disables it, after confirming
		browser.manage().deleteAllCookies();
		openSignedIn("/admin/accounts", "demo-admin");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
		type(By.id("q"), username);
		click(By.id("search-submit"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), username));
		assertThat(browser.findElement(By.id("results")).getText()).contains("浏览器测试员")
			.contains("执法人员")
			.contains("河洛市市场监督管理局")
			.contains("正常");
		screenshot("admin-finds-account.png");
		click(By.linkText(username));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("disable")));
		click(By.id("disable"));
		wait.until(ExpectedConditions.alertIsPresent()).dismiss();
		assertThat(accounts.findByUsername(username).orElseThrow().enabled()).isTrue();
		click(By.id("disable"));
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash-notice"), "已停用"));
		assertThat(browser.findElement(By.id("account-status")).getText()).contains("已停用");
		assertThat(accounts.findByUsername(username).orElseThrow().enabled()).isFalse();
		screenshot("admin-disables-account.png");
	}

}
