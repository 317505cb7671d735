package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.shared.PeopleTime;
import org.shanzhi.shared.ResidentIdNumbers;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The 公示 of penalty decisions (APL art. 48): published when an ordinary-procedure
 * decision imposing a penalty is delivered, a person's name and identifier masked, read
 * by anybody (JSON, CSV, the portal's page), searchable, withdrawn when revoked.
 */
class PenaltyPublicationTests extends IntegrationTest {

	static final String OFFICER = "demo-officer-amr";

	static final String HEAD = "demo-head-amr";

	static final LocalDate TODAY = LocalDate.now(PeopleTime.ZONE);

	static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(
			(int) (System.nanoTime() % 9000));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	/** A natural person with a valid, unused resident ID number. */
	String person(String name, String idNumber) throws Exception {
		Map<String, Object> party = Map.of("kind", "PERSON", "name", name, "idNumber", idNumber, "category", "RETAIL",
				"address", "河洛市公示测试路1号");
		return body(call(post("/api/v1/parties"), OFFICER, party).andExpect(status().isCreated())).get("id").asString();
	}

	static String newIdNumber() {
		int n = SEQUENCE.incrementAndGet();
		LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n % 12000);
		String first17 = "410302" + born.toString().replace("-", "") + String.format("%03d", n % 1000);
		return first17 + ResidentIdNumbers.checkCharacter(first17);
	}

	String filedCase(String partyId) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("partyId", partyId);
		body.put("violationCode", "PRICE-TAG");
		body.put("occurredOn", TODAY.minusDays(10).toString());
		body.put("facts", "商品未明码标价");
		body.put("origin", "COMPLAINT");
		return openFiledCase(OFFICER, HEAD, body);
	}

	/**
	 * Takes the filed case through the procedure to the head's decision of a warning and
	 * a fine of 2,000 yuan: an inquiry, the report, the notice delivered, the party's
	 * waiver; answers the decision's number.
	 */
	String decidedThroughTheProcedure(String caseId) throws Exception {
		addInquiry(caseId, OFFICER);
		call(post("/api/v1/enforcement-cases/" + caseId + "/investigation"), OFFICER,
				Map.of("findings", "商品未明码标价，事实清楚", "harm", "MINOR", "corrected", false))
			.andExpect(status().isOk());
		List<Map<String, Object>> penalties = List.of(Map.of("kind", "WARNING"),
				Map.of("kind", "FINE", "amount", 2000));
		Map<String, Object> basis = Map.of("law", "《中华人民共和国价格法》", "article", "第四十二条");
		call(post("/api/v1/enforcement-cases/" + caseId + "/prior-notice"), OFFICER,
				Map.of("treatment", "STANDARD", "penalties", penalties, "facts", "商品未明码标价", "reasons", "违反价格法",
						"legalBasis", List.of(basis), "hearingRight", true))
			.andExpect(status().isCreated());
		deliver(caseId, OFFICER, "prior-notice-1");
		call(post("/api/v1/enforcement-cases/" + caseId + "/statements"), OFFICER, Map.of("kind", "WAIVER",
				"receivedAt", OffsetDateTime.now().toString(), "channel", "WRITTEN", "waivesHearing", true))
			.andExpect(status().isCreated());
		Map<String, Object> decision = new LinkedHashMap<>();
		decision.put("treatment", "STANDARD");
		decision.put("penalties", penalties);
		decision.put("reasons", "当事人未明码标价");
		decision.put("legalBasis", basis);
		decision.put("departureReason", "依法处罚");
		return body(call(post("/api/v1/enforcement-cases/" + caseId + "/decision"), HEAD, decision)
			.andExpect(status().isOk())).get("decision").get("documentNumber").asString();
	}

	/**
	 * FIXTURE SETUP ONLY: the decision step is being built separately, so the case's
	 * decision is written straight into its columns here, to have a decision to publish.
	 */
	String decidedWithSql(String caseId, String penaltiesJson) {
		String number = "测试罚〔" + TODAY.getYear() + "〕" + String.format("%04d", SEQUENCE.incrementAndGet()) + "号";
		jdbc.sql("""
				update enforcement.enforcement_case
				   set treatment = 'STANDARD', amount = 2000, decision_reasons = '当事人未明码标价',
				       decision_law = '《中华人民共和国价格法》', decision_article = '第四十二条',
				       decided_at = now(), decision_number = :number, penalties = cast(:penalties as jsonb)
				 where id = :id
				""")
			.param("number", number)
			.param("penalties", penaltiesJson)
			.param("id", UUID.fromString(caseId))
			.update();
		return number;
	}

	void delivered(String caseId, String partyId, String number, CaseProcedure procedure, boolean penalty) {
		UUID agency = accounts.findByUsername(HEAD).orElseThrow().agencyId();
		transactions.executeWithoutResult(
				s -> events.publishEvent(new ProcedureEvents.DecisionDelivered(UUID.fromString(caseId), agency,
						UUID.fromString(partyId), number, procedure, penalty, TODAY, OffsetDateTime.now())));
	}

	void revoked(String caseId, String number) {
		UUID agency = accounts.findByUsername(HEAD).orElseThrow().agencyId();
		transactions
			.executeWithoutResult(s -> events.publishEvent(new ProcedureEvents.DecisionRevoked(UUID.fromString(caseId),
					agency, number, "复议撤销", "RECONSIDERATION")));
	}

	/**
	 * Waits for the publication (made after the delivery's commit) to answer
	 * {@code status}.
	 */
	JsonNode awaitPublication(String number, int expected) throws Exception {
		for (int i = 0; i < 200; i++) {
			var answer = mvc.perform(get("/api/v1/public/penalty-decisions/{n}", number)).andReturn().getResponse();
			if (answer.getStatus() == expected) {
				return expected == 200 ? read(answer.getContentAsString()) : null;
			}
			Thread.sleep(50);
		}
		throw new AssertionError(number + " did not answer " + expected);
	}

	@Test
	void aPersonsDecisionIsPublishedMaskedSearchableAndWithdrawnWhenRevoked() throws Exception {
		String idNumber = newIdNumber();
		String party = person("张三丰", idNumber);
		String c = filedCase(party);
		String number = decidedThroughTheProcedure(c);
		mvc.perform(get("/api/v1/public/penalty-decisions/{n}", number)).andExpect(status().isNotFound());

		deliver(c, OFFICER, "decision");
		JsonNode published = awaitPublication(number, 200);
		assertThat(published.get("documentNumber").asString()).isEqualTo(number);
		assertThat(published.get("partyName").asString()).isEqualTo("张**");
		assertThat(published.get("partyIdentifier").asString())
			.isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
		assertThat(published.toString()).doesNotContain("张三丰").doesNotContain(idNumber);
		assertThat(published.get("penalties").asString()).isEqualTo("警告；罚款人民币2,000.00元");
		assertThat(published.get("legalBasis").asString()).isEqualTo("《中华人民共和国价格法》第四十二条");
		assertThat(published.get("violation").asString()).isNotBlank();
		assertThat(published.get("agencyName").asString()).isNotBlank();
		assertThat(published.get("decidedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(published.get("publishedOn").asString()).isEqualTo(TODAY.toString());

		// the list: by the name as shown, by the number, by agency and days of decision
		UUID amr = accounts.findByUsername(HEAD).orElseThrow().agencyId();
		UUID eco = accounts.findByUsername("demo-head-eco").orElseThrow().agencyId();
		assertThat(numbers(Map.of("q", number))).containsExactly(number);
		assertThat(numbers(Map.of("q", "张", "size", "200"))).contains(number);
		assertThat(numbers(Map.of("q", "张三丰"))).doesNotContain(number);
		assertThat(numbers(Map.of("agencyId", amr.toString(), "size", "200"))).contains(number);
		assertThat(numbers(Map.of("agencyId", eco.toString(), "size", "200"))).doesNotContain(number);
		assertThat(numbers(Map.of("q", number, "from", TODAY.toString(), "to", TODAY.toString())))
			.containsExactly(number);
		assertThat(numbers(Map.of("q", number, "from", TODAY.plusDays(1).toString()))).isEmpty();

		// CSV, with the same masking
		String csv = mvc.perform(get("/api/v1/public/penalty-decisions").param("q", number).accept("text/csv"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("documentNumber,agencyName,partyName,partyIdentifier,violation,penalties,legalBasis")
			.contains(number)
			.contains("张**")
			.contains("警告；罚款人民币2,000.00元")
			.doesNotContain(idNumber);

		// the portal's page, without signing in
		String page = mvc.perform(get("/public/penalty-decisions").param("q", number))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("published-decision")
			.contains(number)
			.contains("张**")
			.doesNotContain("张三丰")
			.doesNotContain(idNumber);
		mvc.perform(get("/public/penalty-decisions/export.csv").param("q", number)).andExpect(status().isOk());

		// delivered again (the registry republishes): still one
		delivered(c, party, number, CaseProcedure.ORDINARY, true);
		Thread.sleep(300);
		assertThat(numbers(Map.of("q", number))).containsExactly(number);

		call(post("/api/v1/enforcement-cases/" + c + "/revocation"), OFFICER,
				Map.of("reason", "复议撤销", "by", "RECONSIDERATION"))
			.andExpect(status().isForbidden());
		call(post("/api/v1/enforcement-cases/" + c + "/revocation"), HEAD,
				Map.of("reason", "复议撤销", "by", "RECONSIDERATION"))
			.andExpect(status().isOk());
		call(post("/api/v1/enforcement-cases/" + c + "/revocation"), HEAD,
				Map.of("reason", "复议撤销", "by", "RECONSIDERATION"))
			.andExpect(status().isConflict());
		awaitPublication(number, 404);
		assertThat(numbers(Map.of("q", number))).isEmpty();
		assertThat(mvc.perform(get("/public/penalty-decisions").param("q", number))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("published-decision");
	}

	@Test
	void anOrganisationIsShownWholeAndOnlyOrdinaryDecisionsImposingAPenaltyArePublished() throws Exception {
		String org = newEnterprise("河洛市公示测试公司", "RETAIL");
		String creditCode = body(call(get("/api/v1/parties/" + org), OFFICER, null)).get("creditCode").asString();
		String name = body(call(get("/api/v1/parties/" + org), OFFICER, null)).get("name").asString();
		String ordinary = filedCase(org);
		String ordinaryNumber = decidedWithSql(ordinary, "[{\"kind\":\"FINE\",\"amount\":2000}]");
		String simple = filedCase(org);
		String simpleNumber = decidedWithSql(simple, "[{\"kind\":\"WARNING\"}]");
		String none = filedCase(org);
		String noneNumber = decidedWithSql(none, "[]");
		delivered(simple, org, simpleNumber, CaseProcedure.SIMPLE, true);
		delivered(none, org, noneNumber, CaseProcedure.ORDINARY, false);
		delivered(ordinary, org, ordinaryNumber, CaseProcedure.ORDINARY, true);

		JsonNode published = awaitPublication(ordinaryNumber, 200);
		assertThat(published.get("partyName").asString()).isEqualTo(name);
		assertThat(published.get("partyIdentifier").asString()).isEqualTo(creditCode);
		assertThat(published.get("penalties").asString()).isEqualTo("罚款人民币2,000.00元");
		Thread.sleep(300);
		mvc.perform(get("/api/v1/public/penalty-decisions/{n}", simpleNumber)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/penalty-decisions/{n}", noneNumber)).andExpect(status().isNotFound());

		// a revocation that comes before its publication keeps it unpublished
		String late = filedCase(org);
		String lateNumber = decidedWithSql(late, "[{\"kind\":\"FINE\",\"amount\":500}]");
		revoked(late, lateNumber);
		Thread.sleep(300);
		delivered(late, org, lateNumber, CaseProcedure.ORDINARY, true);
		Thread.sleep(500);
		mvc.perform(get("/api/v1/public/penalty-decisions/{n}", lateNumber)).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefusedAndAnUnknownNumberIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/public/penalty-decisions").param("q", "长".repeat(101)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/public/penalty-decisions").param("from", "2026-05-02").param("to", "2026-05-01"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/public/penalty-decisions").param("from", "yesterday"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/public/penalty-decisions").param("size", "500")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/public/penalty-decisions/{n}", "无此号〔2026〕0001号")).andExpect(status().isNotFound());
		mvc.perform(get("/public/penalty-decisions").param("from", "2026-05-02").param("to", "2026-05-01"))
			.andExpect(status().isOk());
	}

	@Test
	void thePublicEndpointsAreRateLimitedLikeTheOthers() throws Exception {
		var messages = new org.springframework.context.support.StaticMessageSource();
		var writerCtor = org.shanzhi.shared.ProblemWriter.class.getDeclaredConstructor(
				org.springframework.context.MessageSource.class, tools.jackson.databind.ObjectMapper.class);
		writerCtor.setAccessible(true);
		var writer = writerCtor.newInstance(messages, new tools.jackson.databind.ObjectMapper());
		var ctor = Class.forName("org.shanzhi.platform.web.RateLimitFilter")
			.getDeclaredConstructor(long.class, long.class, org.shanzhi.shared.ProblemWriter.class);
		ctor.setAccessible(true);
		var filter = (jakarta.servlet.Filter) ctor.newInstance(100L, 2L, writer);
		for (String path : List.of("/api/v1/public/penalty-decisions", "/public/penalty-decisions")) {
			int[] statuses = new int[3];
			for (int i = 0; i < 3; i++) {
				var request = new org.springframework.mock.web.MockHttpServletRequest("GET", path);
				request.setRemoteAddr("192.0.2.48");
				var response = new org.springframework.mock.web.MockHttpServletResponse();
				filter.doFilter(request, response, new org.springframework.mock.web.MockFilterChain());
				statuses[i] = response.getStatus();
			}
			assertThat(statuses).as(path).containsExactly(200, 200, 429);
		}
	}

	@Test
	void namesAndIdentifiersAreMaskedAndPenaltiesSaidInWords() {
		assertThat(PenaltyPublications.maskName(PartyKind.PERSON, "张三")).isEqualTo("张*");
		assertThat(PenaltyPublications.maskName(PartyKind.PERSON, "张三丰")).isEqualTo("张**");
		assertThat(PenaltyPublications.maskName(PartyKind.PERSON, "欧阳修")).isEqualTo("欧阳*");
		assertThat(PenaltyPublications.maskName(PartyKind.PERSON, "欧阳娜娜")).isEqualTo("欧阳**");
		assertThat(PenaltyPublications.maskName(PartyKind.PERSON, "欧阳")).isEqualTo("欧*");
		assertThat(PenaltyPublications.maskName(PartyKind.ORGANIZATION, "河洛市某某公司")).isEqualTo("河洛市某某公司");
		assertThat(PenaltyPublications.maskIdentifier(PartyKind.PERSON, "41030219900101123X"))
			.isEqualTo("410302********123X");
		assertThat(PenaltyPublications.maskIdentifier(PartyKind.ORGANIZATION, "91410300MA44XXXX0X"))
			.isEqualTo("91410300MA44XXXX0X");
		assertThat(
				PenaltyTexts.describe(List.of(Penalty.of(PenaltyKind.WARNING), Penalty.fine(new BigDecimal("2000")))))
			.isEqualTo("警告；罚款人民币2,000.00元");
		assertThat(PenaltyTexts.describe(new Penalty(PenaltyKind.SUSPEND_LICENCE, null, List.of(),
				new Penalty.Licence("食品经营许可证", "JY14103000001"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31),
				null, null, null)))
			.isEqualTo("暂扣《食品经营许可证》（编号：JY14103000001），自2026年5月1日至2026年7月31日");
	}

	List<String> numbers(Map<String, String> params) throws Exception {
		var request = get("/api/v1/public/penalty-decisions");
		params.forEach(request::param);
		JsonNode page = read(
				mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		List<String> numbers = new java.util.ArrayList<>();
		page.get("items").forEach(i -> numbers.add(i.get("documentNumber").asString()));
		return numbers;
	}

}
