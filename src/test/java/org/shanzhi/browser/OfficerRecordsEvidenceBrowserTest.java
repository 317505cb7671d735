package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End to end in a real browser (E1): an officer attaches a photo taken at the scene to an
 * enforcement case from the case's page, opens it — the image shows, its hashes are
 * listed — verifies it, and finds the view and the verification in its custody chain.
 */
class OfficerRecordsEvidenceBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerAttachesAPhotoToACaseViewsAndVerifiesIt() throws Exception {
		String kase = jdbc.sql("""
				select c.id from enforcement.enforcement_case c
				join directory.agency a on a.id = c.agency_id where a.name = '河洛市市场监督管理局'
				order by c.created_at limit 1
				""").query(String.class).single();
		Path photo = Files.createTempFile("scene", ".png");
		// a real 1x1 PNG, so that the browser can draw it
		byte[] png = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
		byte[] unique = new byte[16];
		new Random().nextBytes(unique);
		Files.write(photo, png);
		Files.write(photo, unique, java.nio.file.StandardOpenOption.APPEND);
		openSignedIn("/cases/" + kase, "demo-officer-amr");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-upload")));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("evidence-kind"))).selectByValue("PHOTO");
		browser.findElement(By.id("evidence-file")).sendKeys(photo.toAbsolutePath().toString());
		type(By.id("evidence-device"), "执法记录仪-0731");
		click(By.id("evidence-submit"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("player")));
		wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
				"var i = document.querySelector('#player img'); return i && i.complete && i.naturalWidth > 0;"));
		assertThat(browser.findElement(By.id("sha256")).getText()).hasSize(64);
		click(By.id("verify"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verification")));
		assertThat(browser.findElement(By.id("verification")).getText()).contains("校验通过");
		assertThat(browser.findElement(By.id("custody")).getText()).contains("上传").contains("查看").contains("校验");
		screenshot("evidence-item.png");
	}

}
