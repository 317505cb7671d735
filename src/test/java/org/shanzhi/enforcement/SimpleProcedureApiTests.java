package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.documents.DocumentRenderer;
import org.shanzhi.shared.PeopleTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 当场处罚 through the API (API.md, "Simple procedure"): the report of a penalty on the spot
 * registers the case decided (delivered when the party signed) with its numbered 当场处罚决定书;
 * the threshold, the kinds and the officers' rule refuse the others, saving nothing.
 */
class SimpleProcedureApiTests extends OnTheSpotCases {

	@Autowired
	CaseDocuments documents;

	@Autowired
	DocumentRenderer renderer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFineOnTheSpotIsReportedDeliveredWithItsNumberedDecision() throws Exception {
		String party = person();
		OffsetDateTime now = OffsetDateTime.now(PeopleTime.ZONE).minusMinutes(5);
		JsonNode c = body(call(post("/api/v1/enforcement-cases"), OFFICER, onTheSpot(party, fine("150"), now, true))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DELIVERED"))
			.andExpect(jsonPath("$.procedure").value("SIMPLE"))
			.andExpect(jsonPath("$.reportedLate").value(false)));
		String number = c.get("documentNumber").asString();
		assertThat(number).matches(".+简〔\\d{4}〕\\d{4,}号");
		assertThat(c.get("decision").get("documentNumber").asString()).isEqualTo(number);
		assertThat(c.get("decision").get("deliveredAt").isNull()).isFalse();
		assertThat(OffsetDateTime.parse(c.get("decision").get("deliveredAt").asString()).toInstant())
			.isEqualTo(now.toInstant());
		assertThat(c.get("decision").get("treatment").asString()).isEqualTo("STANDARD");
		assertThat(c.get("decision").get("penalties").get(0).get("amount").decimalValue()).isEqualByComparingTo("150");
		assertThat(c.get("officers")).hasSize(2);

		UUID id = UUID.fromString(c.get("id").asString());
		byte[] pdf = renderer.pdf(documents.content(id, SimpleProcedure.DOCUMENT_KIND));
		String text;
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
		assertThat(text).contains(number)
			.contains("当场处罚决定书")
			.contains("罚款人民币150.00元")
			.contains("行政复议")
			.contains("执法证号")
			.contains("第四十二条");

		// the payment follows from the delivery
		call(get("/api/v1/enforcement-cases/" + id + "/payment"), OFFICER, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.fine").value(150.0))
			.andExpect(jsonPath("$.dueOn").value(TODAY.plusDays(15).toString()))
			.andExpect(jsonPath("$.outstanding").value(150.0));

		String trail = body(
				call(get("/api/v1/audit").param("subjectType", "ENFORCEMENT_CASE").param("subjectId", id.toString()),
						"demo-supervisor", null))
			.toString();
		assertThat(trail).contains("DECIDED_ON_THE_SPOT").contains("DECISION_DELIVERED");
	}

	@Test
	void aWarningUnsignedIsDecidedAndALateReportSaysSo() throws Exception {
		OffsetDateTime weekAgo = OffsetDateTime.now(PeopleTime.ZONE).minusDays(9);
		call(post("/api/v1/enforcement-cases"), OFFICER,
				onTheSpot(person(), List.of(Map.of("kind", "WARNING")), weekAgo, false))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.documentNumber").isNotEmpty())
			.andExpect(jsonPath("$.decision.deliveredAt").isEmpty())
			.andExpect(jsonPath("$.reportedLate").value(true));
	}

	@Test
	void aFineAboveTheThresholdAnotherKindOrOneOfficerIsRefusedSavingNothing() throws Exception {
		String party = person();
		OffsetDateTime now = OffsetDateTime.now(PeopleTime.ZONE).minusMinutes(5);
		call(post("/api/v1/enforcement-cases"), OFFICER, onTheSpot(party, fine("250"), now, true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("simple-procedure-threshold"));
		call(post("/api/v1/enforcement-cases"), OFFICER,
				onTheSpot(party,
						List.of(Map.of("kind", "REVOKE_LICENCE", "licence",
								Map.of("name", "食品经营许可证", "number", "JY1"))),
						now, true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("simple-procedure-threshold"));
		Map<String, Object> one = onTheSpot(party, fine("100"), now, true);
		one.put("officerIds", List.of(officerIds(OFFICER).get(0)));
		call(post("/api/v1/enforcement-cases"), OFFICER, one).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("two-certified-officers"));
		Map<String, Object> undecided = onTheSpot(party, fine("100"), now, true);
		undecided.remove("decision");
		call(post("/api/v1/enforcement-cases"), OFFICER, undecided).andExpect(status().isBadRequest());
		Map<String, Object> unheard = onTheSpot(party, fine("100"), now, true);
		unheard.put("statementHeard", false);
		call(post("/api/v1/enforcement-cases"), OFFICER, unheard).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("simple-procedure-statement-not-heard"));
		assertThat(jdbc.sql("select count(*) from enforcement.enforcement_case where party_id = cast(:p as uuid)")
			.param("p", party)
			.query(Long.class)
			.single()).isZero();

		// an organisation may be fined up to 3,000 yuan on the spot
		String shop = newEnterprise("河洛市当场处罚测试商店", "RETAIL");
		call(post("/api/v1/enforcement-cases"), OFFICER, onTheSpot(shop, fine("2000"), now, true))
			.andExpect(status().isCreated());
		call(post("/api/v1/enforcement-cases"), OFFICER, onTheSpot(shop, fine("3000.01"), now, true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("simple-procedure-threshold"));
	}

	@Test
	void theNewCasePageReportsAPenaltyOnTheSpot() throws Exception {
		String party = person();
		assertThat(mvc.perform(get("/cases/new").param("partyId", party).with(as(OFFICER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"on-the-spot-link\"");
		assertThat(mvc.perform(get("/cases/on-the-spot").param("partyId", party).with(as(OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"on-the-spot-form\"").contains("data-confirm=\"确认报备这项当场处罚决定");
		List<String> two = officerIds(OFFICER);
		String at = java.time.LocalDateTime.now(PeopleTime.ZONE).minusMinutes(10).withSecond(0).withNano(0).toString();
		var request = post("/cases/on-the-spot").with(as(OFFICER))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("partyId", party)
			.param("violationCode", "PRICE-TAG")
			.param("occurredOn", TODAY.toString())
			.param("decidedAt", at.substring(0, 16))
			.param("facts", "摊位商品未明码标价")
			.param("officerIds", two.get(0), two.get(1))
			.param("fine", "250")
			.param("reasons", "未明码标价")
			.param("law", "《中华人民共和国价格法》")
			.param("article", "第四十二条")
			.param("statementHeard", "true")
			.param("partySigned", "true");
		String refused = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("本机关上限为 200 元");
		request.param("fine", "150");
		var done = mvc
			.perform(post("/cases/on-the-spot").with(as(OFFICER))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("partyId", party)
				.param("violationCode", "PRICE-TAG")
				.param("occurredOn", TODAY.toString())
				.param("decidedAt", at.substring(0, 16))
				.param("facts", "摊位商品未明码标价")
				.param("officerIds", two.get(0), two.get(1))
				.param("fine", "150")
				.param("reasons", "未明码标价")
				.param("law", "《中华人民共和国价格法》")
				.param("article", "第四十二条")
				.param("statementHeard", "true")
				.param("partySigned", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat((String) done.getFlashMap().get("flashNotice")).contains("当场处罚已报备").contains("简〔");
	}

}
