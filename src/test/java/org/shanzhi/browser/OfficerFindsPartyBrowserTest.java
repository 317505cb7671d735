package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shanzhi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in a real browser (Debian's chromium, headless): an officer of the market
 * regulation bureau signs in, finds a party, opens its page and sees its audit trail.
 */
class OfficerFindsPartyBrowserTest extends IntegrationTest {

	@LocalServerPort
	int port;

	WebDriver browser;

	Path profile;

	/**
	 * Starts chromium, or skips the test where it is missing (unless
	 * shanzhi.browser-tests=required).
	 */
	public static WebDriver startBrowser(Path profile) {
		String mode = System.getProperty("shanzhi.browser-tests", "auto");
		Assumptions.assumeFalse("off".equals(mode), "browser tests are off");
		boolean present = Files.isExecutable(Path.of("/usr/bin/chromium"))
				&& Files.isExecutable(Path.of("/usr/bin/chromedriver"));
		if ("required".equals(mode)) {
			assertThat(present)
				.as("chromium and chromium-driver are installed (apt-get install chromium chromium-driver)")
				.isTrue();
		}
		Assumptions.assumeTrue(present, "chromium is not installed: browser test skipped");
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
		// the console, for the page crawler's check of errors
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		// a confirmation before an irreversible step is accepted unless a test answers it
		// itself
		options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		return new ChromeDriver(service, options);
	}

	@BeforeEach
	void start() throws Exception {
		profile = Files.createTempDirectory("chromium-profile");
		browser = startBrowser(profile);
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@AfterEach
	void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anOfficerSignsInFindsAPartyAndOpensItsPage() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		String base = "http://localhost:" + port;
		browser.get(base + "/parties");
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys("demo-officer-amr");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.urlContains("/parties"));

		// the navigation's menus open (Bootstrap's script, allowed by the CSP) and lead
		// to
		// their pages
		browser.get(base + "/");
		browser.findElement(By.linkText("执法办案")).click();
		wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#mainNav a.dropdown-item[href='/parties']")));
		Path menu = Path.of("target", "screenshots", "navigation-menu.png");
		Files.createDirectories(menu.getParent());
		Files.write(menu, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
		browser.findElement(By.cssSelector("#mainNav a.dropdown-item[href='/parties']")).click();
		wait.until(ExpectedConditions.urlContains("/parties"));

		browser.findElement(By.id("q")).sendKeys("老街面馆");
		browser.findElement(By.id("search-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "河洛市老街面馆餐饮有限公司"));
		browser.findElement(By.linkText("河洛市老街面馆餐饮有限公司")).click();

		wait.until(ExpectedConditions.textToBe(By.id("party-name"), "河洛市老街面馆餐饮有限公司"));
		// the audit trail arrives through htmx (CSP allows only our own scripts)
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit-trail table")));
		assertThat(browser.findElement(By.id("audit-trail")).getText()).contains("登记");
		// the explained risk score arrives as a section and draws its chart (R6)
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#risk-score .risk-score-chart canvas")));

		Path shot = Path.of("target", "screenshots", "officer-finds-party.png");
		Files.createDirectories(shot.getParent());
		Files.write(shot, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
		assertThat(Files.size(shot)).isPositive();

		// the same page on a phone
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBe(By.id("party-name"), "河洛市老街面馆餐饮有限公司"));
		Files.write(Path.of("target", "screenshots", "officer-finds-party-phone.png"),
				((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
	}

}
