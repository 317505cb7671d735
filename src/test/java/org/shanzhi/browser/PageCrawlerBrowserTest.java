package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.shanzhi.support.ForPeople;

/**
 * The page crawler of issue 22: for each demo role, starting at its home page, it follows
 * every same-site link (one page of each kind: paths that differ only by an identifier or
 * a number count as one kind) up to a bound, at desktop width and at phone width, and
 * fails on an HTTP status of 400 or more (a role must not be shown a link it may not
 * follow), an error in the browser's console, visible text with a missing message
 * ({@code ??}), a Java array ({@code [Ljava…}), a UUID, an enum code of the application,
 * a time in UTC or in ISO form, a year with a thousands separator, and — on the portal
 * and the citizen's pages — content wider than the phone. It prints the pages visited per
 * role.
 *
 * <p>
 * On its way it takes screenshots into {@code target/screenshots/}: each role's home page
 * ({@code crawl-<role>-home.png}) and the first page of each top-level menu of the
 * navigation it reaches ({@code crawl-<role>-<path>.png}, the path's slashes as dashes),
 * at desktop width, and for the citizen and the anonymous visitor at phone width too
 * ({@code …-phone.png}); a menu page another role's crawl has already shot is not shot
 * again.
 */
class PageCrawlerBrowserTest extends BrowserTest {

	static final int DESKTOP_BOUND = Integer.getInteger("shanzhi.crawl.bound", 120);

	static final int PHONE_BOUND = Integer.getInteger("shanzhi.crawl.phone-bound", 40);

	/**
	 * Links that change state, leave the site or only switch the language: not followed.
	 */
	static final Pattern NOT_FOLLOWED = Pattern.compile("/logout|[?&]lang=|/swagger|/v3/api-docs|/actuator");

	/**
	 * Files and data behind a link: their status is checked, they are not read as pages.
	 */
	static final Pattern DOWNLOAD = Pattern.compile(
			"\\.(pdf|xlsx|zip|csv|json|txt|png|svg|jpg)(\\?|$)|/export|/download|/content(\\?|$)|/document(\\?|$)|/api/");

	static Set<String> codes;

	/** Menu pages shot so far (path, and " phone" at phone width), over all roles. */
	static final Set<String> shot = new HashSet<>();

	final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/** The enum constants of the application (the shared checks of {@link ForPeople}). */
	static Set<String> applicationCodes() {
		return ForPeople.applicationCodes();
	}

	record Page(String url, String from) {
	}

	@org.junit.jupiter.api.BeforeAll
	static void newReport() throws Exception {
		Files.deleteIfExists(Path.of("target", "crawl-report.txt"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anonymous", "demo-public", "demo-officer-amr", "demo-mediator", "demo-head-amr",
			"demo-legal-amr", "demo-supervisor", "demo-admin" })
	void everyPageARoleCanReachReadsAsWordsInBeijingTime(String role) throws Exception {
		Set<String> enumCodes = applicationCodes();
		String start = "anonymous".equals(role) ? "/public/portal" : "/";
		if (!"anonymous".equals(role)) {
			openSignedIn("/", role);
			wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		}
		List<String> failures = new ArrayList<>();
		int desktop = crawl(role, start, DESKTOP_BOUND, false, enumCodes, failures);
		browser.manage().window().setSize(new Dimension(390, 844));
		int phone = crawl(role, start, PHONE_BOUND, true, enumCodes, failures);
		String line = role + ": " + desktop + " pages at 1366×900, " + phone + " at 390×844, " + failures.size()
				+ " failures";
		System.out.println("page crawler — " + line);
		Path report = Path.of("target", "crawl-report.txt");
		Files.createDirectories(report.getParent());
		Files.writeString(report, line + "\n" + String.join("\n", failures) + "\n", StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		assertThat(failures).as(line).isEmpty();
	}

	int crawl(String role, String start, int bound, boolean phone, Set<String> enumCodes, List<String> failures)
			throws Exception {
		if (!phone) {
			browser.manage().window().setSize(new Dimension(1366, 900));
		}
		String base = base();
		Deque<Page> queue = new ArrayDeque<>();
		queue.add(new Page(base + start, "(start)"));
		Set<String> kinds = new HashSet<>();
		Set<String> menus = new HashSet<>();
		boolean shots = !phone || "anonymous".equals(role) || "demo-public".equals(role);
		int visited = 0;
		while (!queue.isEmpty() && visited < bound) {
			Page page = queue.poll();
			String kind = kindOf(page.url);
			if (!kinds.add(kind)) {
				continue;
			}
			visited++;
			int status = status(page.url);
			if (status >= 400) {
				failures.add(where(role, phone, page) + "HTTP " + status);
				continue;
			}
			if (DOWNLOAD.matcher(page.url).find()) {
				continue;
			}
			browser.get(page.url);
			wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
			String landed = browser.getCurrentUrl();
			if (!landed.startsWith(base) || landed.contains("/login") && !page.url.contains("/login")) {
				continue;
			}
			check(role, phone, page, enumCodes, failures);
			if (shots && page.url.equals(base + start)) {
				menus.addAll(menuPages());
				screenshot(role, "home", phone);
			}
			else if (shots && menus.contains(page.url)
					&& shot.add(page.url.substring(base.length()) + (phone ? " phone" : ""))) {
				screenshot(role, page.url.substring(base.length() + 1).replaceAll("[^A-Za-z0-9-]+", "-"), phone);
			}
			@SuppressWarnings("unchecked")
			List<String> links = (List<String>) ((JavascriptExecutor) browser)
				.executeScript("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
			for (String link : new LinkedHashSet<>(links)) {
				String url = link.replaceFirst("#.*$", "");
				if (!url.startsWith(base) || NOT_FOLLOWED.matcher(url).find()) {
					continue;
				}
				String k = kindOf(url);
				if (!kinds.contains(k)) {
					queue.add(new Page(url, page.url.substring(base.length())));
				}
			}
		}
		return visited;
	}

	/**
	 * The first page of each top-level menu of the page's navigation: the staff navbar's
	 * entries (a menu's first entry) or the portal's header.
	 */
	@SuppressWarnings("unchecked")
	List<String> menuPages() {
		return (List<String>) ((JavascriptExecutor) browser).executeScript("""
				var nav = Array.from(document.querySelectorAll('#mainNav > ul.navbar-nav > li'))
				  .map(li => li.querySelector('a[href]:not([href="#"]), .dropdown-item[href]'))
				  .concat(Array.from(document.querySelectorAll('.portal-header nav a[href]')));
				return nav.filter(a => a && !/[?&]lang=/.test(a.href)).map(a => a.href.replace(/#.*$/, ''));""");
	}

	/**
	 * A screenshot of the page once its sections have come (for at most five seconds).
	 */
	void screenshot(String role, String name, boolean phone) throws Exception {
		try {
			new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> (Boolean) ((JavascriptExecutor) d)
				.executeScript("return document.querySelector('.section-loading') == null"));
		}
		catch (TimeoutException ex) {
			// shot as it is
		}
		screenshot("crawl-" + role + "-" + name + (phone ? "-phone" : "") + ".png");
	}

	void check(String role, boolean phone, Page page, Set<String> enumCodes, List<String> failures) {
		String where = where(role, phone, page);
		for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				failures.add(where + "console error: " + entry.getMessage());
			}
		}
		String text = browser.findElement(By.tagName("body")).getText();
		ForPeople.problems(text).forEach(problem -> failures.add(where + problem));
		String path = page.url.substring(base().length());
		if (phone && (path.startsWith("/public") || path.startsWith("/my"))) {
			Object overflow = ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			if (((Number) overflow).intValue() > 1) {
				failures.add(where + "wider than the phone by " + overflow + " px");
			}
		}
	}

	String where(String role, boolean phone, Page page) {
		return role + (phone ? " (phone) " : " ") + page.url.substring(base().length()) + " (from " + page.from + "): ";
	}

	static String around(String text, int at) {
		return ForPeople.around(text, at);
	}

	/**
	 * A page's kind: its path with identifiers and numbers as placeholders, and its
	 * parameters' names.
	 */
	static String kindOf(String url) {
		URI uri = URI.create(url);
		String path = uri.getPath()
			.replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "{id}")
			.replaceAll("/\\d+(?=/|$)", "/{n}")
			.replaceAll("/[A-Z0-9]+-[A-Z0-9-]+(?=/|$)", "/{code}");
		Set<String> names = new TreeSet<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				names.add(pair.split("=", 2)[0]);
			}
		}
		return path + (names.isEmpty() ? "" : "?" + String.join("&", names));
	}

	/**
	 * The page's status for the browser's session, without following it in the browser.
	 */
	int status(String url) throws Exception {
		StringBuilder cookies = new StringBuilder();
		for (Cookie c : browser.manage().getCookies()) {
			cookies.append(cookies.isEmpty() ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.toString());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
