package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;

/**
 * The risk pages: an officer adds a graded point on the page (a refused override shows
 * its rule), the head runs the catalogue through consultation to publication, and the
 * public reads it without signing in, with its share text and image card.
 */
class RiskPagesTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	@Test
	void anOfficerWritesAPointAndThePublicReadsThePublishedCatalogueAndItsShareCard() throws Exception {
		mvc.perform(get("/risk").with(as("demo-officer-eco"))).andExpect(status().isOk());
		var base = post("/risk/points").with(as("demo-officer-eco"))
			.with(csrf())
			.param("category", "ENTERTAINMENT")
			.param("title", "<b>消防通道</b>堵塞")
			.param("violationForm", "疏散通道堆放杂物")
			.param("causes", "安全意识淡薄")
			.param("harm", "火灾时人员无法疏散")
			.param("likelihood", "节假日客流高峰多发")
			.param("law", "《中华人民共和国消防法》")
			.param("article", "第二十八条")
			.param("harmRating", "5")
			.param("likelihoodRating", "3")
			.param("guidanceMethod", "提醒、约谈")
			.param("guidanceMeasures", "每日营业前检查疏散通道");
		mvc.perform(base.param("grade", "LOW"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("须说明理由")));
		String location = mvc
			.perform(post("/risk/points").with(as("demo-officer-eco"))
				.with(csrf())
				.param("category", "ENTERTAINMENT")
				.param("title", "<b>消防通道</b>堵塞")
				.param("violationForm", "疏散通道堆放杂物")
				.param("causes", "安全意识淡薄")
				.param("harm", "火灾时人员无法疏散")
				.param("likelihood", "节假日客流高峰多发")
				.param("law", "《中华人民共和国消防法》")
				.param("article", "第二十八条")
				.param("harmRating", "5")
				.param("likelihoodRating", "3")
				.param("guidanceMethod", "提醒、约谈")
				.param("guidanceMeasures", "每日营业前检查疏散通道"))
			.andExpect(redirectedUrlPattern("/risk/catalogues/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String catalogue = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(get(location).with(as("demo-officer-eco")))
			.andExpect(content().string(containsString("&lt;b&gt;消防通道&lt;/b&gt;堵塞")))
			.andExpect(content().string(containsString("高风险")));
		// the head opens a consultation held last month at a forum and publishes
		call(post("/api/v1/risk-catalogues/" + catalogue + "/consultation"), "demo-head-eco", Map.of("opensOn",
				TODAY.minusDays(30).toString(), "closesOn", TODAY.minusDays(20).toString(), "channels", "商户座谈会"))
			.andExpect(status().isOk());
		call(post("/api/v1/risk-catalogues/" + catalogue + "/publish"), "demo-head-eco",
				Map.of("effectiveFrom", TODAY.toString(), "consultationSummary", "座谈会未提出意见"))
			.andExpect(status().isOk());
		mvc.perform(get("/public/risk-catalogue").param("partyCategory", "ENTERTAINMENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;消防通道&lt;/b&gt;堵塞")))
			.andExpect(content().string(containsString("share.png")));
		String agency = accounts.findByUsername("demo-officer-eco").orElseThrow().agencyId().toString();
		String text = mvc
			.perform(get("/public/risk-catalogue/share.txt").param("agencyId", agency)
				.param("partyCategory", "ENTERTAINMENT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains("娱乐场所违法风险点提示")
			.contains("高风险 <b>消防通道</b>堵塞")
			.contains("/public/risk-catalogue?agencyId=");
		byte[] png = mvc
			.perform(get("/public/risk-catalogue/share.png").param("agencyId", agency)
				.param("partyCategory", "ENTERTAINMENT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/risk-share-card.png"), png);
		var image = ImageIO.read(new java.io.ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1080);
		assertThat(image.getHeight()).isGreaterThan(400);
		mvc.perform(get("/public/risk-catalogue/share.png").param("agencyId", agency).param("partyCategory", "MINING"))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePublicCommentsOnAnOpenConsultationAndReadsThePublishedOnesWithTheirAnswers() throws Exception {
		String page = mvc.perform(get("/public/risk-consultations"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the demo city's retail catalogue of the market bureau is open for comments
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("/public/risk-consultations/([0-9a-f-]{36})/comments")
			.matcher(page);
		assertThat(m.find()).isTrue();
		String open = m.group(1);
		mvc.perform(post("/public/risk-consultations/" + open + "/comments").with(csrf())
			.param("authorName", "赵<i>先生</i>")
			.param("content", "建议增加散装食品标签的风险点"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"thanks\"")));
		mvc.perform(post("/public/risk-consultations/" + open + "/comments").with(csrf()).param("content", "无名"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"refusal\"")));
		mvc.perform(post("/public/risk-consultations/" + open + "/comments").param("authorName", "x")
			.param("content", "no csrf")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/public/risk-catalogues/" + open + "/comments"))
			.andExpect(content().string(containsString("赵****")));
		// a published one: its consultation, the summary and the answers
		String published = mvc.perform(get("/public/risk-catalogue").param("partyCategory", "CATERING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the category chooser names every category (a map looked up by a variable, not
		// by the
		// variable's name)
		assertThat(published).contains("<option value=\"CATERING\" selected=\"selected\">餐饮")
			.doesNotContain("<option value=\"RETAIL\"></option>");
		java.util.regex.Matcher p = java.util.regex.Pattern
			.compile("/public/risk-catalogues/([0-9a-f-]{36})/consultation")
			.matcher(published);
		assertThat(p.find()).isTrue();
		mvc.perform(get("/public/risk-catalogues/" + p.group(1) + "/consultation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"consultation-summary\"")))
			.andExpect(content().string(containsString("部分采纳")));
	}

}
