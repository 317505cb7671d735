package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.shanzhi.shared.CreditCodes;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 22, item 6, for forms across the modules: a successful save says so on the next
 * page (the layouts' {@code #flash-notice}, filled by {@code SuccessNotices}); a refused
 * form comes back with what was typed and each refused field's own message beside it (not
 * the generic 输入不符合要求), and nothing was saved; a step that cannot be taken yet is a
 * disabled button with the reason.
 */
class FormsSayWhatHappenedPagesTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	/** Posts a form that succeeds and returns the next page as the browser shows it. */
	Document savedAndFollowed(MockHttpServletRequestBuilder form, String user) throws Exception {
		MvcResult saved = mvc.perform(form.with(as(user)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String next = saved.getResponse().getRedirectedUrl();
		return Jsoup.parse(mvc.perform(get(next).with(as(user)).flashAttrs(saved.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Posts a form that is refused and returns the form as shown again. */
	Document refused(MockHttpServletRequestBuilder form, String user) throws Exception {
		return Jsoup.parse(mvc.perform(form.with(as(user)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The refused field's own message beside it, in Chinese words. */
	static String messageBeside(Element page, String field) {
		Element input = page.selectFirst("[name=" + field + "]");
		assertThat(input).as(field).isNotNull();
		assertThat(input.hasClass("is-invalid")).as(field + " marked invalid").isTrue();
		Element feedback = input.parent().selectFirst(".invalid-feedback");
		assertThat(feedback).as("the message beside " + field).isNotNull();
		assertThat(feedback.text()).as(field).isNotBlank().doesNotContain("输入不符合要求").containsPattern("\\p{IsHan}");
		return feedback.text();
	}

	static String notice(Document page) {
		Element notice = page.selectFirst("#flash-notice");
		assertThat(notice).as("the success notice").isNotNull();
		return notice.text();
	}

	String creditCode() {
		String org8 = String.format("5%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
		String first17 = "91419900" + org8 + CreditCodes.organisationCodeCheck(org8);
		return first17 + CreditCodes.checkCharacter(first17);
	}

	long count(String sql, Object value) {
		return jdbc.sql(sql).param("v", value).query(Long.class).single();
	}

	@Test
	void aPartyRegisteredSaysSoAndARefusedOneKeepsWhatWasTyped() throws Exception {
		String address = "河洛市表单路" + UUID.randomUUID().toString().substring(0, 6) + "号";
		Document form = refused(post("/parties").param("kind", "ORGANIZATION")
			.param("name", "")
			.param("creditCode", creditCode())
			.param("category", "RETAIL")
			.param("address", address)
			.param("phone", "0379-1234567"), "demo-officer-amr");
		assertThat(messageBeside(form, "name")).isIn("此项必填", "不能为空");
		assertThat(form.selectFirst("[name=address]").val()).isEqualTo(address);
		assertThat(form.selectFirst("[name=phone]").val()).isEqualTo("0379-1234567");
		assertThat(form.selectFirst("#flash-notice")).isNull();
		assertThat(count("select count(*) from directory.party where address = :v", address)).isZero();

		Document page = savedAndFollowed(post("/parties").param("kind", "ORGANIZATION")
			.param("name", "表单测试商店" + address)
			.param("creditCode", creditCode())
			.param("category", "RETAIL")
			.param("address", address), "demo-officer-amr");
		assertThat(notice(page)).isEqualTo("已登记。");
	}

	@Test
	void guidanceGivenSaysSoAndARefusedActShowsTheFieldsOwnMessage() throws Exception {
		UUID party = UUID.fromString(newEnterprise("表单指导对象", "RETAIL"));
		String typed = "我输入的指导内容" + UUID.randomUUID().toString().substring(0, 6);
		Document form = refused(post("/guidance").param("partyId", party.toString())
			.param("form", "ADVISE")
			.param("documentForm", "SIMPLE")
			.param("channel", "PHONE")
			.param("subject", "")
			.param("content", typed)
			.param("details[recommendation]", "采用电子价签")
			.param("principles", "LAWFUL"), "demo-officer-amr");
		messageBeside(form, "subject");
		assertThat(form.selectFirst("[name=content]").text()).isEqualTo(typed);
		assertThat(count("select count(*) from guidance.guidance_act where content = :v", typed)).isZero();

		Document page = savedAndFollowed(post("/guidance").param("partyId", party.toString())
			.param("form", "ADVISE")
			.param("documentForm", "SIMPLE")
			.param("channel", "PHONE")
			.param("subject", "价签建议")
			.param("content", typed)
			.param("details[recommendation]", "采用电子价签")
			.param("principles", "LAWFUL"), "demo-officer-amr");
		assertThat(notice(page)).isEqualTo("已记录。");
		assertThat(count("select count(*) from guidance.guidance_act where content = :v", typed)).isOne();
	}

	@Test
	void aCaseOpenedSaysSoAndARefusedOneShowsTheFieldsOwnMessage() throws Exception {
		String party = newEnterprise("表单立案对象", "RETAIL");
		Document form = refused(post("/cases").param("partyId", party)
			.param("violationCode", "EXPIRED-FOOD")
			.param("occurredOn", "2026-11-02")
			.param("facts", "")
			.param("origin", "INSPECTION"), "demo-officer-amr");
		messageBeside(form, "facts");
		assertThat(form.selectFirst("[name=occurredOn]").val()).isEqualTo("2026-11-02");
		assertThat(form.selectFirst("[name=violationCode] option[selected]").val()).isEqualTo("EXPIRED-FOOD");
		assertThat(count("select count(*) from enforcement.enforcement_case where party_id = cast(:v as uuid)", party))
			.isZero();

		Document page = savedAndFollowed(post("/cases").param("partyId", party)
			.param("violationCode", "EXPIRED-FOOD")
			.param("occurredOn", "2026-11-02")
			.param("facts", "货架上有过期食品两件")
			.param("origin", "INSPECTION")
			.param("officerIds", officerIds("demo-officer-amr").toArray(String[]::new)), "demo-officer-amr");
		// an officer registers; the head files (立案)
		assertThat(notice(page)).isEqualTo("案源已登记，待负责人审批立案。");
	}

	@Test
	void aMediationStartedSaysSoAndEveryOtherSaveSaysSaved() throws Exception {
		String a = newEnterprise("表单调解申请人", "RETAIL");
		String r = newEnterprise("表单调解被申请人", "RETAIL");
		Document page = savedAndFollowed(post("/mediation").param("applicantId", a)
			.param("respondentId", r)
			.param("procedure", "GENERAL")
			.param("origin", "APPLICATION")
			.param("disputeType", "CONSUMER")
			.param("summary", "退款纠纷"), "demo-mediator");
		assertThat(notice(page)).isEqualTo("已登记。");
		// a step without its own words: the generic notice, in the reader's language
		String id = page.selectFirst("form[action$=/consents]").attr("action").split("/")[2];
		Document consented = savedAndFollowed(
				post("/mediation/" + id + "/consents").param("partyId", a).param("consented", "true"), "demo-mediator");
		assertThat(notice(consented)).isEqualTo("已保存。");
		MvcResult english = mvc
			.perform(post("/mediation/" + id + "/consents").param("partyId", r)
				.param("consented", "true")
				.cookie(new jakarta.servlet.http.Cookie("shanzhi-lang", "en"))
				.with(as("demo-mediator"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(english.getFlashMap().get("flashNotice")).isEqualTo("Saved.");
		// a step on the case's page refused: the field's own message beside it, the rest
		// of what was typed kept, no session recorded
		String sessionAt = java.time.LocalDateTime.now(org.shanzhi.shared.PeopleTime.ZONE)
			.plusDays(3)
			.withNano(0)
			.withSecond(0)
			.toString();
		assertThat(notice(savedAndFollowed(post("/mediation/" + id + "/acceptance").param("accepted", "true")
			.param("sessionAt", sessionAt)
			.param("place", "调解室"), "demo-mediator"))).isEqualTo("已保存。");
		Document session = refused(post("/mediation/" + id + "/sessions").param("present", a)
			.param("statements", "申请人称电器三天后损坏")
			.param("transcript", "")
			.param("rightsAcknowledged", "true"), "demo-mediator");
		assertThat(session.selectFirst("#transcript").hasClass("is-invalid")).isTrue();
		assertThat(session.selectFirst("#transcript-refused").text()).isNotBlank().doesNotContain("输入不符合要求");
		assertThat(session.selectFirst("#statements").text()).isEqualTo("申请人称电器三天后损坏");
		assertThat(count(
				"select jsonb_array_length(sessions) from mediation.mediation_case where id = cast(:v as uuid)", id))
			.isZero();
	}

	@Test
	void aStepThatCannotBeTakenYetIsADisabledButtonWithTheReason() throws Exception {
		java.time.LocalDate today = org.shanzhi.shared.PeopleTime.today();
		String id = body(call(post("/api/v1/risk-evaluations"), "demo-officer-amr",
				java.util.Map.of("agencyId",
						accounts.findByUsername("demo-head-amr").orElseThrow().actor().agencyId().toString(),
						"periodFrom", today.minusMonths(6).toString(), "periodTo", today.toString()))
			.andExpect(status().isCreated())).get("id").asString();
		Document draft = Jsoup.parse(mvc.perform(get("/risk/evaluations/" + id).with(as("demo-head-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(draft.selectFirst("#finalise").hasAttr("disabled")).isTrue();
		assertThat(draft.selectFirst("#finalise-why").text()).contains("评估结论");
		Document written = savedAndFollowed(
				post("/risk/evaluations/" + id + "/conclusions").param("conclusions", "提前指导有效。"), "demo-head-amr");
		assertThat(notice(written)).isEqualTo("已保存。");
		assertThat(written.selectFirst("#finalise").hasAttr("disabled")).isFalse();
		assertThat(written.selectFirst("#finalise-why")).isNull();
	}

	/**
	 * Forms without a bound object (request parameters) show each refused field's own
	 * message beside it too ({@code fragments/form :: refused}) and keep what was typed.
	 */
	@Test
	void aFormOfRequestParametersShowsTheFieldsOwnMessageBesideItAndKeepsWhatWasTyped() throws Exception {
		String a = newEnterprise("表单参数申请人", "RETAIL");
		String r = newEnterprise("表单参数被申请人", "RETAIL");
		Document mediation = refused(post("/mediation").param("applicantId", a)
			.param("respondentId", r)
			.param("procedure", "SIMPLE")
			.param("origin", "APPLICATION")
			.param("disputeType", "LABOUR")
			.param("summary", ""), "demo-mediator");
		assertThat(mediation.selectFirst("#summary").hasClass("is-invalid")).isTrue();
		assertThat(mediation.selectFirst("#summary-refused").text()).isNotBlank()
			.doesNotContain("输入不符合要求")
			.containsPattern("\\p{IsHan}");
		assertThat(mediation.selectFirst("#procedure option[selected]").val()).isEqualTo("SIMPLE");
		assertThat(mediation.selectFirst("#disputeType option[selected]").val()).isEqualTo("LABOUR");
		assertThat(count("""
				select count(*) from mediation.mediation_case where parties::text like '%' || :v || '%'""", a))
			.isZero();

		String typed = "购买的电器三天后损坏" + UUID.randomUUID().toString().substring(0, 6);
		Document apply = Jsoup
			.parse(mvc
				.perform(post("/public/portal/items/AMR-TJ-01").with(csrf())
					.param("name", "")
					.param("phone", "13800000000")
					.param("respondent", "某电器商店")
					.param("content", typed))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(apply.selectFirst("#name").hasClass("is-invalid")).isTrue();
		assertThat(apply.selectFirst("#name-refused").text()).isNotBlank().containsPattern("\\p{IsHan}");
		assertThat(apply.selectFirst("#content").text()).isEqualTo(typed);
		assertThat(apply.selectFirst("#phone").val()).isEqualTo("13800000000");
		assertThat(count("select count(*) from portal.application where content = :v", typed)).isZero();
	}

	@Test
	void aCourseRefusedForItsTitleSaysSoBesideItAndOneSavedSaysSaved() throws Exception {
		String topic = "行政指导文书制作" + UUID.randomUUID().toString().substring(0, 6);
		Document form = refused(post("/supervision/courses").param("title", "")
			.param("topic", topic)
			.param("format", "STUDY")
			.param("heldOn", "2026-11-20"), "demo-supervisor");
		assertThat(form.selectFirst("#c-title").hasClass("is-invalid")).isTrue();
		assertThat(form.selectFirst("#title-refused").text()).isEqualTo("此项必填");
		assertThat(form.selectFirst("#c-topic").val()).isEqualTo(topic);
		assertThat(form.selectFirst("#c-day").val()).isEqualTo("2026-11-20");
		assertThat(count("select count(*) from supervision.course where topic = :v", topic)).isZero();
		Document page = savedAndFollowed(post("/supervision/courses").param("title", "服务型执法专题培训")
			.param("topic", topic)
			.param("format", "STUDY")
			.param("heldOn", "2026-11-20"), "demo-supervisor");
		assertThat(notice(page)).isEqualTo("已保存。");
	}

	@Test
	void theOtherFormsOfRequestParametersShowTheirRefusalsBesideTheFields() throws Exception {
		for (String[] page : new String[][] { { "/hall/walk-in", "demo-officer-amr" },
				{ "/joint/new", "demo-officer-amr" }, { "/supervision/exams", "demo-supervisor" },
				{ "/supervision/units", "demo-supervisor" }, { "/risk/evaluations", "demo-head-amr" },
				{ "/satisfaction", "demo-head-amr" } }) {
			mvc.perform(get(page[0]).with(as(page[1]))).andExpect(status().isOk());
		}
		String typed = "窗口代办的咨询" + UUID.randomUUID().toString().substring(0, 6);
		Document walkIn = refused(post("/hall/walk-in").param("serviceItemCode", "AMR-TJ-01")
			.param("name", "窗口申请人")
			.param("phone", "")
			.param("respondent", "某商店")
			.param("content", typed), "demo-officer-amr");
		assertThat(walkIn.selectFirst("#phone").hasClass("is-invalid")).isTrue();
		assertThat(walkIn.selectFirst("#phone-refused").text()).isNotBlank().containsPattern("\\p{IsHan}");
		assertThat(walkIn.selectFirst("#name").val()).isEqualTo("窗口申请人");
		assertThat(walkIn.selectFirst("#content").text()).isEqualTo(typed);
		Document exams = refused(post("/supervision/exams").param("title", "")
			.param("questions", "20")
			.param("minutes", "30")
			.param("passMark", "60")
			.param("opensOn", "2026-12-01")
			.param("closesOn", "2026-12-20"), "demo-supervisor");
		assertThat(exams.selectFirst("#exam-title").hasClass("is-invalid")).isTrue();
		assertThat(exams.selectFirst("#title-refused").text()).isNotBlank();
		assertThat(exams.selectFirst("#exam-closes").val()).isEqualTo("2026-12-20");
	}

	@Test
	void aRiskPointRefusedForItsTitleSaysSoBesideItAndKeepsTheRest() throws Exception {
		String causes = "安全意识淡薄" + UUID.randomUUID().toString().substring(0, 6);
		Document form = refused(post("/risk/points").param("category", "ENTERTAINMENT")
			.param("title", "")
			.param("violationForm", "疏散通道堆放杂物")
			.param("causes", causes)
			.param("harm", "火灾时人员无法疏散")
			.param("likelihood", "节假日客流高峰多发")
			.param("law", "《中华人民共和国消防法》")
			.param("article", "第二十八条")
			.param("harmRating", "5")
			.param("likelihoodRating", "3"), "demo-officer-eco");
		assertThat(form.selectFirst("#title").hasClass("is-invalid")).isTrue();
		assertThat(form.selectFirst("#title-refused").text()).isNotBlank().doesNotContain("输入不符合要求");
		assertThat(form.selectFirst("#causes").text()).isEqualTo(causes);
		assertThat(count("select count(*) from risk.risk_point where causes = :v", causes)).isZero();
	}

	@Test
	void aSignUpWithoutAFreshVerificationSavesNothingAndSaysWhyNotSaved() throws Exception {
		MvcResult expired = mvc.perform(post("/public/portal/sign-up").with(csrf()).param("name", "未验证的人"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat((java.util.Map<String, Object>) expired.getFlashMap()).doesNotContainKey("flashNotice")
			.containsKey("refusal");
		Document signIn = Jsoup
			.parse(mvc.perform(get(expired.getResponse().getRedirectedUrl()).flashAttrs(expired.getFlashMap()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(signIn.selectFirst("#refusal").text()).contains("验证已过期");
		assertThat(signIn.selectFirst("#flash-notice")).isNull();
	}

	@Test
	void theGuidanceActsResponseAndOutcomeFormsShowTheFieldsOwnMessageAndKeepWhatWasTyped() throws Exception {
		String party = newEnterprise("表单指导回应对象", "RETAIL");
		java.util.Map<String, Object> interview = java.util.Map.of("partyId", party, "form", "INTERVIEW",
				"documentForm", "WRITTEN", "channel", "IN_PERSON", "subject", "后厨卫生约谈", "content",
				"检查发现后厨生熟食品混放，约谈负责人。", "legalBasis",
				java.util.List.of(java.util.Map.of("law", "《中华人民共和国食品安全法》", "article", "第三十三条")), "details",
				java.util.Map.of("attendees", "店长王某", "problems", "生熟混放", "provisions", "食品安全法第三十三条", "requirements",
						"十日内完成分区存放"),
				"rectification", java.util.Map.of("requirement", "生熟分区存放", "deadline",
						org.shanzhi.shared.PeopleTime.today().plusDays(10).toString(), "violationCode", "FOOD-LABEL"));
		String id = body(call(post("/api/v1/guidance"), "demo-officer-amr", interview)).get("id").asString();
		String tooLong = "不".repeat(2001);
		Document response = refused(
				post("/guidance/" + id + "/response").param("accepted", "false").param("note", tooLong),
				"demo-officer-amr");
		messageBeside(response, "note");
		assertThat(response.selectFirst("#response-note").val()).isEqualTo(tooLong);
		assertThat(count(
				"select count(*) from guidance.guidance_act where id = cast(:v as uuid) and response_accepted is not null",
				id))
			.isZero();
		assertThat(notice(savedAndFollowed(
				post("/guidance/" + id + "/response").param("accepted", "false").param("note", "当事人不接受"),
				"demo-officer-amr")))
			.isNotBlank();

		// a rule broken (no field of its own): said above the form, what was typed kept
		Document early = refused(
				post("/guidance/" + id + "/rectification-outcome").param("corrected", "false").param("note", "期限未到"),
				"demo-officer-amr");
		assertThat(early.selectFirst("#refusal").text()).containsPattern("\\p{IsHan}");
		assertThat(early.selectFirst("#outcome-note").val()).isEqualTo("期限未到");
		// the deadline passes
		jdbc.sql("update guidance.guidance_act set issued_on = :issued, rect_deadline = :deadline where id = :id")
			.param("issued", org.shanzhi.shared.PeopleTime.today().minusDays(20))
			.param("deadline", org.shanzhi.shared.PeopleTime.today().minusDays(1))
			.param("id", UUID.fromString(id))
			.update();
		String typed = "复查发现仍生熟混放" + UUID.randomUUID().toString().substring(0, 6);
		Document outcome = refused(post("/guidance/" + id + "/rectification-outcome").param("corrected", "false")
			.param("note", typed)
			.param("violationCode", "NO-SUCH-CODE"), "demo-officer-amr");
		assertThat(messageBeside(outcome, "violationCode")).contains("违法行为目录");
		assertThat(outcome.selectFirst("#outcome-note").val()).isEqualTo(typed);
		assertThat(count(
				"select count(*) from guidance.guidance_act where id = cast(:v as uuid) and rect_corrected is not null",
				id))
			.isZero();
		assertThat(notice(savedAndFollowed(
				post("/guidance/" + id + "/rectification-outcome").param("corrected", "true").param("note", typed),
				"demo-officer-amr")))
			.isNotBlank();
	}

	@Test
	void theJointActionsFindingsFormShowsTheFieldsOwnMessageAndKeepsWhatWasTyped() throws Exception {
		java.time.LocalDate today = org.shanzhi.shared.PeopleTime.today();
		String amr = accounts.findByUsername("demo-officer-amr").orElseThrow().actor().agencyId().toString();
		String eco = accounts.findByUsername("demo-officer-eco").orElseThrow().actor().agencyId().toString();
		String plant = newEnterprise("表单联合检查食品厂", "FOOD_PRODUCTION");
		var action = body(
				call(post("/api/v1/joint-actions"), "demo-officer-amr",
						java.util.Map.of("title", "表单联合检查", "day", today.toString(), "targets",
								java.util.List.of(plant), "matters", java.util.Map.of(amr,
										java.util.List.of("FOOD-LABEL"), eco, java.util.List.of("EIA-FILING"))))
					.andExpect(status().isCreated()));
		String id = action.get("id").asString();
		var accepted = body(call(post("/api/v1/joint-actions/" + id + "/answers"), "demo-officer-eco",
				java.util.Map.of("accept", true, "officers", java.util.List
					.of(accounts.findByUsername("demo-officer-eco").orElseThrow().actor().accountId().toString()),
						"version", action.get("version").asLong()))
			.andExpect(status().isOk()));
		var started = body(call(
				post("/api/v1/joint-actions/" + id + "/start").param("version", accepted.get("version").asString()),
				"demo-officer-amr", null)
			.andExpect(status().isOk()));
		String version = started.get("version").asString();
		String typed = "预包装食品标签缺少生产日期" + UUID.randomUUID().toString().substring(0, 6);
		String deadline = today.plusDays(7).toString();
		Document form = refused(post("/joint/" + id + "/findings").param("partyId", plant)
			.param("matter", "FOOD-LABEL")
			.param("result", "VIOLATION")
			.param("note", typed)
			.param("requirement", "")
			.param("deadline", deadline)
			.param("version", version), "demo-officer-amr");
		assertThat(messageBeside(form, "requirement")).isNotBlank();
		assertThat(form.selectFirst("#finding-note").text()).isEqualTo(typed);
		assertThat(form.selectFirst("#finding-deadline").val()).isEqualTo(deadline);
		assertThat(form.selectFirst("#finding-result option[selected]").val()).isEqualTo("VIOLATION");
		assertThat(count("select count(*) from joint.action where state::text like '%' || :v || '%'", typed)).isZero();
		Document page = savedAndFollowed(post("/joint/" + id + "/findings").param("partyId", plant)
			.param("matter", "FOOD-LABEL")
			.param("result", "VIOLATION")
			.param("note", typed)
			.param("requirement", "七日内整改标签")
			.param("deadline", deadline)
			.param("version", version), "demo-officer-amr");
		assertThat(notice(page)).isNotBlank();
		assertThat(count("select count(*) from joint.action where state::text like '%' || :v || '%'", typed)).isOne();
	}

	/**
	 * A catalogue of the agency's in consultation (one is opened when none is), of a
	 * category no other test uses.
	 */
	String catalogueInConsultation() throws Exception {
		java.time.LocalDate today = org.shanzhi.shared.PeopleTime.today();
		UUID agency = accounts.findByUsername("demo-officer-amr").orElseThrow().actor().agencyId();
		var open = jdbc.sql("""
				select id::text from risk.risk_catalogue where agency_id = :a and party_category = 'REAL_ESTATE'
				and status <> 'PUBLISHED'""").param("a", agency).query(String.class).optional();
		String catalogue;
		if (open.isPresent()) {
			catalogue = open.get();
		}
		else {
			java.util.Map<String, Object> p = new java.util.HashMap<>();
			p.put("partyCategory", "REAL_ESTATE");
			p.put("title", "客房一次性用品过期");
			p.put("violationForm", "提供过期的一次性用品");
			p.put("causes", "进货查验制度未落实");
			p.put("harm", "损害消费者健康");
			p.put("likelihood", "小型旅馆较为常见");
			p.put("legalBasis", java.util.List.of(java.util.Map.of("law", "《中华人民共和国消费者权益保护法》", "article", "第十八条")));
			p.put("harmRating", 4);
			p.put("likelihoodRating", 4);
			p.put("guidanceMethod", "提醒");
			p.put("guidanceMeasures", "建立用品台账");
			catalogue = body(call(post("/api/v1/risk-points"), "demo-officer-amr", p).andExpect(status().isCreated()))
				.get("catalogueId")
				.asString();
		}
		if (count("select count(*) from risk.risk_catalogue where id = cast(:v as uuid) and status = 'DRAFT'",
				catalogue) == 1) {
			call(post("/api/v1/risk-catalogues/" + catalogue + "/consultation"), "demo-head-amr",
					java.util.Map.of("opensOn", today.toString(), "closesOn", today.plusDays(14).toString()))
				.andExpect(status().isOk());
		}
		return catalogue;
	}

	@Test
	void theRiskCataloguesCommentAndAnswerFormsShowTheFieldsOwnMessageAndKeepWhatWasTyped() throws Exception {
		String catalogue = catalogueInConsultation();
		String author = "表单意见人" + UUID.randomUUID().toString().substring(0, 6);
		Document comment = refused(
				post("/risk/catalogues/" + catalogue + "/comments").param("authorName", author).param("content", ""),
				"demo-officer-amr");
		messageBeside(comment, "content");
		assertThat(comment.selectFirst("#record-comment [name=authorName]").val()).isEqualTo(author);
		assertThat(count("select count(*) from risk.consultation_comment where author_name = :v", author)).isZero();
		Document commented = savedAndFollowed(
				post("/risk/catalogues/" + catalogue + "/comments").param("authorName", author)
					.param("content", "建议写明台账保存期限"),
				"demo-officer-amr");
		assertThat(notice(commented)).isNotBlank();
		String id = jdbc.sql("select id::text from risk.consultation_comment where author_name = :v")
			.param("v", author)
			.query(String.class)
			.single();

		Document answer = refused(post("/risk/comments/" + id + "/answer").param("catalogueId", catalogue)
			.param("answer", "PARTLY")
			.param("reason", " "), "demo-officer-amr");
		Element form = answer.selectFirst("form[action*=" + id + "]");
		Element reason = form.selectFirst("[name=reason]");
		assertThat(reason.hasClass("is-invalid")).isTrue();
		assertThat(reason.parent().selectFirst(".invalid-feedback").text()).isNotBlank()
			.doesNotContain("输入不符合要求")
			.containsPattern("\\p{IsHan}");
		assertThat(form.selectFirst("[name=answer] option[selected]").val()).isEqualTo("PARTLY");
		assertThat(count(
				"select count(*) from risk.consultation_comment where id = cast(:v as uuid) and answer is not null",
				id))
			.isZero();
		assertThat(notice(savedAndFollowed(post("/risk/comments/" + id + "/answer").param("catalogueId", catalogue)
			.param("answer", "PARTLY")
			.param("reason", "部分采纳"), "demo-officer-amr"))).isNotBlank();
	}

	@Test
	void theHallsDecisionFormShowsTheFieldsOwnMessageAndKeepsWhatWasTyped() throws Exception {
		String phone = "139"
				+ String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
		String content = "门店卫生差" + UUID.randomUUID().toString().substring(0, 6);
		String id = jsonOf(mvc
			.perform(post("/api/v1/public/applications").contentType("application/json")
				.content(toJson(java.util.Map.of("serviceItemCode", "AMR-TS-01", "details",
						java.util.Map.of("complainedOf", "城东惠民超市"), "applicant",
						java.util.Map.of("name", "表单投诉人", "phone", phone), "content", content))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Document form = refused(post("/hall/applications/" + id + "/decisions").param("action", "REFUSE")
			.param("note", "")
			.param("version", "0"), "demo-officer-amr");
		messageBeside(form, "note");
		assertThat(form.selectFirst("#action option[selected]").val()).isEqualTo("REFUSE");
		assertThat(count("select count(*) from portal.application where id = cast(:v as uuid) and status = 'SUBMITTED'",
				id))
			.isOne();
		String version = form.selectFirst("#decision-form [name=version]").val();
		assertThat(notice(savedAndFollowed(post("/hall/applications/" + id + "/decisions").param("action", "REFUSE")
			.param("note", "不属于本机关管辖")
			.param("version", version), "demo-officer-amr"))).isNotBlank();
	}

	String jsonOf(String body) throws Exception {
		return read(body).get("id").asString();
	}

	@Test
	void theExcellentCasesFormsShowTheFieldsOwnMessageAndKeepWhatWasTyped() throws Exception {
		Document open = refused(post("/supervision/excellent-cases").param("title", "").param("year", "2031"),
				"demo-supervisor");
		assertThat(messageBeside(open.selectFirst("#open-round-form"), "title")).isEqualTo("此项必填");
		assertThat(open.selectFirst("#open-round-form [name=year]").val()).isEqualTo("2031");
		assertThat(count("select count(*) from supervision.award_round where year = cast(:v as integer)", "2031"))
			.isZero();
		String round = "表单优秀案例评选" + UUID.randomUUID().toString().substring(0, 6);
		Document opened = savedAndFollowed(
				post("/supervision/excellent-cases").param("title", round).param("year", "2030"), "demo-supervisor");
		assertThat(notice(opened)).isNotBlank();
		String roundId = jdbc.sql("select id::text from supervision.award_round where title = :v")
			.param("v", round)
			.query(String.class)
			.single();

		String title = "表单推荐的案例" + UUID.randomUUID().toString().substring(0, 6);
		Document nominate = refused(
				post("/supervision/excellent-cases/" + roundId + "/nominations").param("subjectType", "MEDIATION_CASE")
					.param("record", "/mediation/" + UUID.randomUUID())
					.param("title", title)
					.param("writeUp", ""),
				"demo-head-amr");
		assertThat(messageBeside(nominate.selectFirst("#nominate-form"), "writeUp")).isEqualTo("此项必填");
		assertThat(nominate.selectFirst("#nominate-title").val()).isEqualTo(title);
		assertThat(nominate.selectFirst("#nominate-type option[selected]").val()).isEqualTo("MEDIATION_CASE");
		assertThat(count("select count(*) from supervision.nomination where title = :v", title)).isZero();
	}

}
