package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shanzhi.shared.ResidentIdNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End to end in a real browser on a phone-sized window (P1-P3, S5): a person signs in
 * with a one-time code (read from the outbox) and signs up on first use, applies for
 * mediation with a photo of the receipt, follows the application, and rates it once the
 * officer completed it; and the start page in kiosk mode.
 */
class PersonAppliesOnPhoneBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	String code(String phone) {
		return jdbc.sql("""
				select body from notification.message where recipient = :p and purpose = 'ONE_TIME_CODE'
				order by created_at desc limit 1
				""").param("p", phone).query(String.class).single().replaceAll(".*验证码是 ([0-9]{6}).*", "$1");
	}

	@Test
	void aPersonSignsInAppliesForMediationTracksItAndRatesIt() throws Exception {
		browser.manage().window().setSize(new Dimension(390, 844));
		String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String first17 = "41030219680512" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));

		browser.get(base() + "/public/portal/sign-in");
		type(By.id("phone"), phone);
		click(By.id("send-code"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
		type(By.id("code"), code(phone));
		click(By.id("check-code"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-up-form")));
		type(By.id("name"), "张秀英");
		type(By.id("idNumber"), first17 + ResidentIdNumbers.checkCharacter(first17));
		click(By.id("sign-up"));
		// signed up, she lands on her portal home
		wait.until(ExpectedConditions.urlMatches("/my$"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-actions")));

		browser.get(base() + "/public/portal");
		click(By.id("apply-AMR-TJ-01"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prefilled")));
		assertThat(browser.findElement(By.id("prefilled")).getText()).contains("张秀英");
		type(By.id("respondent"), "河洛市便民电器商店");
		type(By.id("content"), "在该店购买的电热水壶使用一周漏电，商家不同意退换，请求调解。");
		Path photo = Files.createTempFile("receipt", ".jpg");
		Files.write(photo,
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' });
		browser.findElement(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
		screenshot("portal-phone-apply.png");
		click(By.id("submit-application"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-number")));
		String number = browser.findElement(By.id("tracking-number")).getText();
		assertThat(number).startsWith("SZ");
		screenshot("portal-phone-receipt.png");

		browser.get(base() + "/my/applications");
		click(By.linkText("消费纠纷行政调解申请"));
		wait.until(ExpectedConditions.textToBe(By.id("tracking-status"), "已提交，待受理"));
		assertThat(browser.findElement(By.id("tracking")).getText()).contains("已提交附件 1 个");

		// the officer accepts (a mediation between her and the shop) and completes it
		String id = jdbc.sql("select id from portal.application where tracking_number = :n")
			.param("n", number)
			.query(String.class)
			.single();
		String shop = newEnterprise("河洛市便民电器商店", "RETAIL");
		call(post("/api/v1/applications/" + id + "/decisions"), "demo-officer-amr",
				Map.of("action", "ACCEPT", "handling", Map.of("respondentPartyId", shop, "procedure", "SIMPLE")))
			.andExpect(status().isOk());
		call(post("/api/v1/applications/" + id + "/decisions"), "demo-officer-amr",
				Map.of("action", "COMPLETE", "note", "经调解，商家同意退货并退还货款。"))
			.andExpect(status().isOk());

		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBe(By.id("tracking-status"), "已办结"));
		assertThat(browser.findElement(By.id("outcome")).getText()).contains("同意退货");
		click(By.cssSelector("label[for='stars-5']"));
		type(By.id("comment"), "调解及时，态度很好。");
		click(By.id("rate"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rated")));
		assertThat(browser.findElement(By.id("stars")).getText()).contains("5");
		assertThat(browser.findElements(By.id("rating-form"))).isEmpty();
		screenshot("portal-phone-rated.png");

		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(1080, 1920));
		browser.get(base() + "/public/portal/kiosk");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.kiosk")));
		screenshot("portal-kiosk.png");
	}

}
