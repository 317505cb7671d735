package org.shanzhi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shanzhi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser walks: a headless chromium per test (skipped where it is missing),
 * signing in, clicking and typing into elements scrolled into view, and screenshots under
 * {@code target/screenshots/}.
 */
abstract class BrowserTest extends IntegrationTest {

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	Path profile;

	@BeforeEach
	void startBrowser() throws Exception {
		profile = Files.createTempDirectory("chromium-profile");
		browser = OfficerFindsPartyBrowserTest.startBrowser(profile);
		browser.manage().window().setSize(new Dimension(1280, 1100));
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	String base() {
		return "http://localhost:" + port;
	}

	/** Opens a page; on the sign-in page it meets, signs in as the user. */
	void openSignedIn(String path, String username) {
		browser.get(base() + path);
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login-submit")).click();
	}

	WebElement inView(WebElement e) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
		return e;
	}

	void click(By by) {
		WebElement e = inView(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
		wait.until(ExpectedConditions.elementToBeClickable(e)).click();
	}

	void type(By by, String text) {
		inView(browser.findElement(by)).sendKeys(text);
	}

	void screenshot(String name) throws Exception {
		Path shot = Path.of("target", "screenshots", name);
		Files.createDirectories(shot.getParent());
		Files.write(shot, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
	}

}
