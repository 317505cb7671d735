package org.shanzhi.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;

/**
 * End to end in a real browser (R4, 自查自纠): a training school signed in on the platform
 * checks itself against the risk points published for education and training, answers
 * each, and gets its own list of risks with the measures, kept among its self-checks.
 */
class PartyChecksItselfBrowserTest extends BrowserTest {

	@Test
	void aPartyChecksItselfAgainstThePublishedCatalogue() throws Exception {
		LocalDate today = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);
		String catalogue = null;
		for (String title : List.of("未公示收费项目和标准", "消防疏散通道被占用")) {
			Map<String, Object> p = new HashMap<>();
			p.put("partyCategory", "EDUCATION");
			p.put("title", title);
			p.put("violationForm", title);
			p.put("causes", "管理制度不健全");
			p.put("harm", "损害学员权益或人身安全");
			p.put("likelihood", "新开办机构多发");
			p.put("legalBasis", List.of(Map.of("law", "《中华人民共和国价格法》", "article", "第十三条")));
			p.put("harmRating", 3);
			p.put("likelihoodRating", 4);
			p.put("guidanceMeasures", title.startsWith("未公示") ? "在醒目位置公示收费项目、标准和退费办法" : "每日检查疏散通道，保持畅通");
			catalogue = body(call(post("/api/v1/risk-points"), "demo-officer-amr", p).andExpect(status().isCreated()))
				.get("catalogueId")
				.asString();
		}
		call(post("/api/v1/risk-catalogues/" + catalogue + "/consultation"), "demo-head-amr",
				Map.of("opensOn", today.minusDays(30).toString(), "closesOn", today.minusDays(16).toString()))
			.andExpect(status().isOk());
		call(post("/api/v1/risk-catalogues/" + catalogue + "/publish"), "demo-head-amr",
				Map.of("effectiveFrom", today.toString()))
			.andExpect(status().isOk());
		String school = newEnterprise("河洛市启明培训学校", "EDUCATION");
		String username = "school-" + school.substring(0, 8);
		Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(username, "启明培训学校", PASSWORD,
				Set.of(Role.PUBLIC), null, null, UUID.fromString(school))));

		openSignedIn("/my/self-check", username);
		List<WebElement> questions = wait
			.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#self-check-form fieldset")));
		assertThat(questions).hasSizeGreaterThanOrEqualTo(2);
		for (WebElement q : questions) {
			String legend = q.findElement(By.tagName("legend")).getText();
			String answer = legend.contains("未公示收费项目") ? "AT_RISK" : "COMPLIANT";
			WebElement radio = q.findElement(By.cssSelector("input[value='" + answer + "']"));
			click(By.id(radio.getAttribute("id")));
		}
		screenshot("party-self-check.png");
		click(By.id("submit-self-check"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-risks")));
		assertThat(browser.findElement(By.id("risk-count")).getText()).contains("发现风险 1 项");
		assertThat(browser.findElement(By.id("my-risks")).getText()).contains("未公示收费项目和标准")
			.contains("在醒目位置公示收费项目、标准和退费办法")
			.doesNotContain("消防疏散通道被占用");
		screenshot("party-self-check-result.png");
		browser.get(base() + "/my/self-check");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#past-checks a")));
	}

}
