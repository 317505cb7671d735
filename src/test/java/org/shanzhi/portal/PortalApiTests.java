package org.shanzhi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.shanzhi.shared.ResidentIdNumbers;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/**
 * The portal through its API: public service items; one-time codes (sent through the
 * outbox, single-use, throttled) for signing up and in; applications submitted once per
 * idempotency key, with attachments checked by content, tracked by number and phone (a
 * wrong one of either answering alike), through the agency's queue to completion, and
 * rated once; walk-in applications; submissions per hour capped.
 */
class PortalApiTests extends IntegrationTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	JdbcClient jdbc;

	static String phone() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	static String idNumber() {
		String first17 = "410302" + (1950 + ThreadLocalRandom.current().nextInt(50)) + "0101"
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		return first17 + ResidentIdNumbers.checkCharacter(first17);
	}

	ResultActions anonymous(MockHttpServletRequestBuilder request, Object body) throws Exception {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(toJson(body));
		}
		return mvc.perform(request.with(r -> {
			r.setRemoteAddr("10.8." + ThreadLocalRandom.current().nextInt(255) + "."
					+ ThreadLocalRandom.current().nextInt(255));
			return r;
		}));
	}

	String lastCode(String phone) {
		String body = jdbc.sql("""
				select body from notification.message where recipient = :p and purpose = 'ONE_TIME_CODE'
				order by created_at desc limit 1
				""").param("p", phone).query(String.class).single();
		return body.replaceAll(".*验证码是 ([0-9]{6}).*", "$1");
	}

	Map<String, Object> application(String code, String phone, String content) {
		return Map.of("serviceItemCode", code, "applicant",
				Map.of("name", "王小明", "phone", phone, "idNumber", idNumber()), "content", content, "details",
				Map.of("respondent", "河洛市某某超市"), "attachments", List.of(Map.of("filename", "购物小票.pdf", "contentType",
						"application/pdf", "data", Base64.getEncoder().encodeToString(PDF))));
	}

	@Test
	void serviceItemsArePublic() throws Exception {
		JsonNode items = read(
				anonymous(get("/api/v1/public/service-items").param("size", "200"), null).andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString())
			.get("items");
		assertThat(items.toString()).contains("AMR-TJ-01").contains("消费纠纷行政调解申请").contains("河洛市市场监督管理局");
		call(post("/api/v1/service-items"), "demo-officer-amr",
				Map.of("code", "X-1", "name", "x", "type", "FEEDBACK", "timeLimitDays", 5, "legalBasis", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPersonSignsUpAndInWithOneTimeCodesThatAreSingleUseAndThrottled() throws Exception {
		String phone = phone();
		anonymous(post("/api/v1/public/one-time-codes"), Map.of("phone", phone)).andExpect(status().isAccepted());
		anonymous(post("/api/v1/public/one-time-codes"), Map.of("phone", phone)).andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		anonymous(post("/api/v1/public/one-time-codes"), Map.of("phone", "12345")).andExpect(status().isBadRequest());
		String code = lastCode(phone);
		String wrong = code.equals("000000") ? "111111" : "000000";
		anonymous(post("/api/v1/public/accounts"),
				Map.of("kind", "PERSON", "phone", phone, "code", wrong, "name", "王小明", "idNumber", idNumber()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		JsonNode token = read(anonymous(post("/api/v1/public/accounts"),
				Map.of("kind", "PERSON", "phone", phone, "code", code, "name", "王小明", "idNumber", idNumber()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(token.get("roles").toString()).contains("PUBLIC");
		// the code is used up
		anonymous(post("/api/v1/public/sessions"), Map.of("phone", phone, "code", code))
			.andExpect(status().isBadRequest());
		String bearer = "Bearer " + token.get("token").asString();
		mvc.perform(get("/api/v1/my/applications").header("Authorization", bearer)).andExpect(status().isOk());

		// signed in, the applicant is known (P3) and files sent once are not sent again
		mvc.perform(post("/api/v1/public/applications").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("serviceItemCode", "AMR-TS-01", "details", Map.of("complainedOf", "城东惠民超市"),
					"content", "第一次投诉", "attachments",
					List.of(Map.of("filename", "营业执照照片.pdf", "data", Base64.getEncoder().encodeToString(PDF)))))))
			.andExpect(status().isCreated());
		JsonNode files = read(mvc.perform(get("/api/v1/my/files").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("items");
		assertThat(files.size()).isEqualTo(1);
		String again = read(mvc
			.perform(post("/api/v1/public/applications").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("serviceItemCode", "AMR-TS-01", "details", Map.of("complainedOf", "城东惠民超市"),
						"content", "第二次投诉", "reuseAttachmentIds", List.of(files.get(0).get("id").asString())))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("trackingNumber").asString();
		JsonNode tracked = read(mvc.perform(get("/api/v1/public/applications/" + again).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(tracked.get("attachments").get(0).get("filename").asString()).isEqualTo("营业执照照片.pdf");
		mvc.perform(post("/api/v1/public/applications").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("serviceItemCode", "AMR-TS-01", "details", Map.of("complainedOf", "城东惠民超市"),
					"content", "别人的材料", "reuseAttachmentIds", List.of(java.util.UUID.randomUUID().toString())))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anEnterpriseSignsUpThroughItsContactAndAKnownPartyOnlyWithThePhoneOnItsRecord() throws Exception {
		String org8 = String.format("8%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		String first17 = "91419900" + org8 + org.shanzhi.shared.CreditCodes.organisationCodeCheck(org8);
		String creditCode = first17 + org.shanzhi.shared.CreditCodes.checkCharacter(first17);
		String phone = phone();
		anonymous(post("/api/v1/public/one-time-codes"), Map.of("phone", phone)).andExpect(status().isAccepted());
		JsonNode token = read(anonymous(post("/api/v1/public/accounts"),
				Map.of("kind", "ORGANIZATION", "phone", phone, "code", lastCode(phone), "name", "河洛市好味餐饮有限公司",
						"creditCode", creditCode, "category", "CATERING", "contactName", "刘会计"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(accounts.findByUsername("e-" + creditCode + "-" + phone)).isPresent();
		mvc.perform(get("/api/v1/my/applications").header("Authorization", "Bearer " + token.get("token").asString()))
			.andExpect(status().isOk());

		// a party the platform knows with no such phone: verified at the hall instead
		String known = newEnterprise("河洛市已登记商店", "RETAIL");
		String knownCode = body(call(get("/api/v1/parties/" + known), "demo-officer-amr", null)).get("creditCode")
			.asString();
		String other = phone();
		anonymous(post("/api/v1/public/one-time-codes"), Map.of("phone", other)).andExpect(status().isAccepted());
		anonymous(post("/api/v1/public/accounts"),
				Map.of("kind", "ORGANIZATION", "phone", other, "code", lastCode(other), "name", "河洛市已登记商店",
						"creditCode", knownCode, "category", "RETAIL", "contactName", "冒名者"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("party-phone-mismatch"));
	}

	@Test
	void anApplicationIsCreatedOncePerKeyTrackedByNumberAndPhoneHandledAndRatedOnce() throws Exception {
		String phone = phone();
		String key = "k-" + phone;
		long before = jdbc.sql("select count(*) from portal.application").query(Long.class).single();
		JsonNode first = read(anonymous(post("/api/v1/public/applications").header("Idempotency-Key", key),
				application("AMR-TJ-01", phone, "购买的电饭煲三天后不能使用，商家拒绝退换。<script>alert(1)</script>"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String number = first.get("trackingNumber").asString();
		assertThat(number).matches("SZ[2-9A-HJ-NP-Z]{10}");
		assertThat(first.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(first.get("dueBy").asString()).isNotBlank();
		JsonNode again = read(anonymous(post("/api/v1/public/applications").header("Idempotency-Key", key),
				application("AMR-TJ-01", phone, "购买的电饭煲三天后不能使用，商家拒绝退换。<script>alert(1)</script>"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.get("trackingNumber").asString()).isEqualTo(number);
		// the same key for another request is no repetition, and gets no receipt
		anonymous(post("/api/v1/public/applications").header("Idempotency-Key", key),
				application("AMR-TJ-01", phone, "另一份申请"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("idempotency-key-reused"));
		assertThat(jdbc.sql("select count(*) from portal.application").query(Long.class).single())
			.isEqualTo(before + 1);

		// tracked by number and phone; a wrong phone and a wrong number answer alike
		JsonNode tracked = read(anonymous(get("/api/v1/public/applications/" + number).param("phone", phone), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(tracked.get("serviceItemName").asString()).isEqualTo("消费纠纷行政调解申请");
		assertThat(tracked.get("history").size()).isEqualTo(1);
		assertThat(tracked.toString()).doesNotContain(phone).doesNotContain("王小明");
		String wrongPhone = anonymous(get("/api/v1/public/applications/" + number).param("phone", phone()), null)
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String wrongNumber = anonymous(get("/api/v1/public/applications/SZ2222222222").param("phone", phone), null)
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(read(wrongPhone).get("title")).isEqualTo(read(wrongNumber).get("title"));
		assertThat(read(wrongPhone).get("type")).isEqualTo(read(wrongNumber).get("type"));

		// rating before completion
		anonymous(post("/api/v1/public/applications/" + number + "/rating").param("phone", phone),
				Map.of("stars", 5, "comment", "好"))
			.andExpect(status().isConflict());

		// the agency's queue: ask for material, supplemented, accepted, completed
		String id = first.get("id").asString();
		JsonNode seen = body(
				call(get("/api/v1/applications/" + id), "demo-officer-amr", null).andExpect(status().isOk()));
		assertThat(seen.get("content").asString()).contains("<script>");
		assertThat(seen.get("phoneMasked").asString()).contains("****");
		call(get("/api/v1/applications/" + id), "demo-officer-urban", null).andExpect(status().isNotFound());
		call(post("/api/v1/applications/" + id + "/decisions"), "demo-officer-amr",
				Map.of("action", "REQUEST_MATERIAL"))
			.andExpect(status().isBadRequest());
		call(post("/api/v1/applications/" + id + "/decisions"), "demo-officer-amr",
				Map.of("action", "REQUEST_MATERIAL", "note", "请补充商家拒绝退换的聊天记录截图"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MATERIAL_REQUESTED"));
		call(post("/api/v1/applications/" + id + "/decisions"), "demo-officer-amr",
				Map.of("action", "COMPLETE", "note", "x"))
			.andExpect(status().isConflict());
		anonymous(post("/api/v1/public/applications/" + number + "/supplements").param("phone", phone),
				Map.of("note", "已补充聊天记录", "attachments",
						List.of(Map.of("filename", "聊天记录.pdf", "data", Base64.getEncoder().encodeToString(PDF)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.attachments.length()").value(2));
		long version = body(call(get("/api/v1/applications/" + id), "demo-officer-amr", null)).get("version").asLong();
		String shop = newEnterprise("河洛市某某超市", "RETAIL");
		call(post("/api/v1/applications/" + id + "/decisions"), "demo-officer-amr", Map.of("action", "ACCEPT",
				"version", version, "handling", Map.of("respondentPartyId", shop, "procedure", "SIMPLE")))
			.andExpect(status().isOk());
		call(post("/api/v1/applications/" + id + "/decisions"), "demo-officer-amr",
				Map.of("action", "COMPLETE", "note", "x", "version", version))
			.andExpect(status().isConflict());
		call(post("/api/v1/applications/" + id + "/decisions"), "demo-officer-amr",
				Map.of("action", "COMPLETE", "note", "经调解，商家同意退货退款。", "documents",
						List.of(Map.of("filename", "调解协议书.pdf", "data", Base64.getEncoder().encodeToString(PDF)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		// the agency's document, downloaded online by the applicant
		JsonNode done = read(
				anonymous(get("/api/v1/public/applications/" + number).param("phone", phone), null).andReturn()
					.getResponse()
					.getContentAsString());
		String document = null;
		for (JsonNode f : done.get("attachments")) {
			if (!f.get("byApplicant").asBoolean()) {
				document = f.get("id").asString();
			}
		}
		assertThat(document).isNotNull();
		assertThat(anonymous(
				get("/api/v1/public/applications/" + number + "/attachments/" + document).param("phone", phone), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(PDF);
		anonymous(get("/api/v1/public/applications/" + number + "/attachments/" + document).param("phone", phone()),
				null)
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from notification.message where recipient = :p")
			.param("p", phone)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(4);

		anonymous(post("/api/v1/public/applications/" + number + "/rating").param("phone", phone),
				Map.of("stars", 6, "comment", "x"))
			.andExpect(status().isBadRequest());
		anonymous(post("/api/v1/public/applications/" + number + "/rating").param("phone", phone),
				Map.of("stars", 5, "comment", "办理很快"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stars").value(5));
		anonymous(post("/api/v1/public/applications/" + number + "/rating").param("phone", phone),
				Map.of("stars", 1, "comment", "再评一次"))
			.andExpect(status().isConflict());
		assertThat(body(call(get("/api/v1/service-ratings"), "demo-supervisor", null)).get("items").toString())
			.contains("meanStars");
	}

	@Test
	void badInputIsRefusedWithTheDocumentedAnswerAndNothingIsWritten() throws Exception {
		long before = jdbc.sql("select count(*) from portal.application").query(Long.class).single();
		String phone = phone();
		anonymous(post("/api/v1/public/applications"), application("NO-SUCH-ITEM", phone, "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serviceItemCode"));
		Map<String, Object> noRespondent = new java.util.HashMap<>(application("AMR-TJ-01", phone, "x"));
		noRespondent.put("details", Map.of());
		anonymous(post("/api/v1/public/applications"), noRespondent).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("details.respondent"));
		byte[] json = toJson(Map.of("serviceItemCode", "AMR-TS-01", "details", Map.of("complainedOf", "城东惠民超市"),
				"applicant", Map.of("name", "李四", "phone", phone), "content", "举报"))
			.getBytes(StandardCharsets.UTF_8);
		// a text file called .pdf: refused by its content
		mvc.perform(multipart("/api/v1/public/applications")
			.file(new MockMultipartFile("application", "", "application/json", json))
			.file(new MockMultipartFile("files", "证据.pdf", "application/pdf", "<html>not a pdf</html>".getBytes())))
			.andExpect(status().isUnsupportedMediaType());
		mvc.perform(multipart("/api/v1/public/applications")
			.file(new MockMultipartFile("application", "", "application/json", json))
			.file(new MockMultipartFile("files", "大文件.pdf", "application/pdf", big())))
			.andExpect(status().isContentTooLarge());
		assertThat(jdbc.sql("select count(*) from portal.application").query(Long.class).single()).isEqualTo(before);

		// at most ten submissions an hour per phone
		for (int i = 0; i < 10; i++) {
			anonymous(post("/api/v1/public/applications"),
					Map.of("serviceItemCode", "AMR-TS-01", "details", Map.of("complainedOf", "城东惠民超市"), "applicant",
							Map.of("name", "李四", "phone", phone), "content", "第 " + i + " 次"))
				.andExpect(status().isCreated());
		}
		anonymous(post("/api/v1/public/applications"),
				Map.of("serviceItemCode", "AMR-TS-01", "details", Map.of("complainedOf", "城东惠民超市"), "applicant",
						Map.of("name", "李四", "phone", phone), "content", "第 11 次"))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void anOfficerEntersAWalkInApplicationAtTheHall() throws Exception {
		JsonNode receipt = body(call(post("/api/v1/applications"), "demo-officer-amr", Map.of("serviceItemCode",
				"AMR-ZX-01", "applicant", Map.of("name", "赵大爷", "phone", phone()), "content", "想开一家小面馆，需要办哪些证？"))
			.andExpect(status().isCreated()));
		JsonNode seen = body(
				call(get("/api/v1/applications/" + receipt.get("id").asString()), "demo-officer-amr", null));
		assertThat(seen.get("channel").asString()).isEqualTo("WALK_IN");
		assertThat(seen.get("history").get(0).get("note").asString()).isEqualTo("窗口代为录入");
		call(post("/api/v1/applications"), "demo-supervisor", Map.of("serviceItemCode", "AMR-ZX-01", "applicant",
				Map.of("name", "x", "phone", phone()), "content", "x"))
			.andExpect(status().isForbidden());
	}

	String submitted(String item, Map<String, String> details, String idNumber) throws Exception {
		Map<String, Object> applicant = idNumber == null ? Map.of("name", "孙丽", "phone", phone())
				: Map.of("name", "孙丽", "phone", phone(), "idNumber", idNumber);
		return read(anonymous(post("/api/v1/public/applications"),
				Map.of("serviceItemCode", item, "applicant", applicant, "content", "网上申请：" + item, "details", details))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
	}

	ResultActions decide(String user, String id, Map<String, Object> decision) throws Exception {
		return call(post("/api/v1/applications/" + id + "/decisions"), user, decision);
	}

	@Test
	void aMediationApplicationAcceptedStartsAMediationCaseBetweenTheApplicantAndTheRespondent() throws Exception {
		String id = submitted("AMR-TJ-01", Map.of("respondent", "河洛市某某电器店"), idNumber());
		String respondent = newEnterprise("河洛市某某电器店", "RETAIL");
		decide("demo-officer-amr", id, Map.of("action", "ACCEPT")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("handling.respondentPartyId"));
		JsonNode accepted = body(decide("demo-officer-amr", id,
				Map.of("action", "ACCEPT", "handling",
						Map.of("respondentPartyId", respondent, "disputeType", "CONSUMER", "procedure", "SIMPLE")))
			.andExpect(status().isOk()));
		assertThat(accepted.get("linkedType").asString()).isEqualTo("MEDIATION_CASE");
		JsonNode kase = body(
				call(get("/api/v1/mediation-cases/" + accepted.get("linkedId").asString()), "demo-officer-amr", null)
					.andExpect(status().isOk()));
		assertThat(kase.toString()).contains(respondent).contains("APPLICATION");
		assertThat(accepted.get("history").get(1).get("note").asString()).contains("已立案调解");
	}

	@Test
	void aGuidanceRequestAcceptedBecomesAnActOfGuidanceToTheApplicant() throws Exception {
		String id = submitted("AMR-ZD-01", Map.of(), idNumber());
		JsonNode accepted = body(decide("demo-officer-amr", id, Map.of("action", "ACCEPT")).andExpect(status().isOk()));
		assertThat(accepted.get("linkedType").asString()).isEqualTo("GUIDANCE_ACT");
		JsonNode act = body(
				call(get("/api/v1/guidance/" + accepted.get("linkedId").asString()), "demo-officer-amr", null)
					.andExpect(status().isOk()));
		assertThat(act.get("form").asString()).isEqualTo("COACH");
		assertThat(act.get("partyId").asString()).isEqualTo(accepted.get("partyId").asString());
		// an identity the platform knows with another phone is not linked by itself
		String id2 = idNumber();
		call(post("/api/v1/parties"), "demo-officer-amr", Map.of("kind", "PERSON", "name", "赵真人", "idNumber", id2,
				"category", "RESIDENT", "phone", "13000000000"))
			.andExpect(status().isCreated());
		String claimed = submitted("AMR-ZD-01", Map.of(), id2);
		decide("demo-officer-amr", claimed, Map.of("action", "ACCEPT")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("handling.applicantPartyId"));
		// without an identifier the officer must name the applicant's party
		String anonymous = submitted("AMR-ZD-01", Map.of(), null);
		decide("demo-officer-amr", anonymous, Map.of("action", "ACCEPT")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("handling.applicantPartyId"));
	}

	@Test
	void aHearingRequestIsScheduledNoticedHeldAndRecordedBeforeItCompletes() throws Exception {
		String id = submitted("AMR-TZ-01", Map.of("caseNumber", "河市监罚告〔2026〕12号"), idNumber());
		String at = java.time.OffsetDateTime.now().plusDays(7).withNano(0).toString();
		decide("demo-officer-amr", id, Map.of("action", "ACCEPT", "handling", Map.of("hearingAt", at)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("handling.hearingPlace"));
		JsonNode accepted = body(decide("demo-officer-amr", id,
				Map.of("action", "ACCEPT", "handling", Map.of("hearingAt", at, "hearingPlace", "市市场监管局三楼听证室")))
			.andExpect(status().isOk()));
		assertThat(accepted.get("hearing").get("place").asString()).isEqualTo("市市场监管局三楼听证室");
		assertThat(accepted.get("history").get(1).get("note").asString()).contains("听证定于");
		decide("demo-officer-amr", id, Map.of("action", "COMPLETE", "note", "维持原处罚决定"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("hearing-not-recorded"));
		call(post("/api/v1/applications/" + id + "/hearing-record"), "demo-officer-amr",
				Map.of("record", "听证于上午九时举行，当事人陈述申辩……"))
			.andExpect(status().isOk());
		decide("demo-officer-amr", id, Map.of("action", "COMPLETE", "note", "经听证，减轻处罚")).andExpect(status().isOk());
	}

	@Test
	void aComplaintAcceptedRecordsTheNoticeOfTheRightToMediate() throws Exception {
		String id = submitted("AMR-TS-01", Map.of("complainedOf", "城东惠民超市"), idNumber());
		JsonNode accepted = body(decide("demo-officer-amr", id, Map.of("action", "ACCEPT")).andExpect(status().isOk()));
		assertThat(accepted.get("linkedType").asString()).isEqualTo("RIGHT_NOTICE");
		assertThat(jdbc.sql("select count(*) from mediation.right_notice where id = :id")
			.param("id", java.util.UUID.fromString(accepted.get("linkedId").asString()))
			.query(Long.class)
			.single()).isEqualTo(1);
		// consultations, approvals, feedback: accepted and completed with the answer
		String question = submitted("AMR-ZX-01", Map.of(), null);
		decide("demo-officer-amr", question, Map.of("action", "ACCEPT")).andExpect(status().isOk());
		decide("demo-officer-amr", question, Map.of("action", "COMPLETE", "note", "请携带身份证明和场所证明到窗口办理。"))
			.andExpect(status().isOk());
		String feedback = submitted("URB-YJ-01", Map.of(), null);
		decide("demo-officer-urban", feedback, Map.of("action", "ACCEPT")).andExpect(status().isOk());
		decide("demo-officer-urban", feedback, Map.of("action", "COMPLETE", "note", "感谢建议，已转相关科室研究。"))
			.andExpect(status().isOk());
		String approval = submitted("URB-SP-01", Map.of(), null);
		decide("demo-officer-urban", approval, Map.of("action", "REFUSE", "note", "占道位置位于主干道，不予许可。"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REFUSED"));
	}

	static byte[] big() {
		byte[] b = new byte[Applications.MAX_FILE_MB * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, b, 0, PDF.length);
		return b;
	}

}
