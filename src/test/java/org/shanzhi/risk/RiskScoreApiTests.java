package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;
import org.shanzhi.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * A party's explained risk score through the API: a violation decided through the API
 * raises it, the factor names the case, the contributions add up to the score; the party
 * reads its own and nobody else's.
 */
class RiskScoreApiTests extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	JsonNode warningOf(String party) throws Exception {
		for (JsonNode w : body(call(get("/api/v1/risk-warnings").param("status", "OPEN").param("size", "200"),
				"demo-officer-amr", null))
			.get("items")) {
			if (w.get("partyId").asString().equals(party)) {
				return w;
			}
		}
		return null;
	}

	long openWarningsOf(String party) throws Exception {
		long n = 0;
		for (JsonNode w : body(call(get("/api/v1/risk-warnings").param("status", "OPEN").param("size", "200"),
				"demo-officer-amr", null))
			.get("items")) {
			n += w.get("partyId").asString().equals(party) ? 1 : 0;
		}
		return n;
	}

	static double sum(JsonNode score) {
		double sum = score.get("base").asDouble();
		for (JsonNode f : score.get("factors")) {
			sum += f.get("contribution").asDouble();
		}
		return sum;
	}

	static JsonNode factor(JsonNode score, String name) {
		for (JsonNode f : score.get("factors")) {
			if (f.get("name").asString().equals(name)) {
				return f;
			}
		}
		throw new AssertionError("no factor " + name);
	}

	@Test
	void aViolationDecidedThroughTheApiRaisesTheScoreWithTheCaseAsEvidence() throws Exception {
		String party = newEnterprise("风险评分测试商店", "RETAIL");
		JsonNode before = body(
				call(get("/api/v1/risk-scores/" + party), "demo-officer-amr", null).andExpect(status().isOk()));
		assertThat(before.get("modelVersion").asString()).isEqualTo("default-1");
		assertThat(factor(before, "VIOLATIONS").get("value").asDouble()).isZero();
		assertThat(factor(before, "INSPECTION_GAP").get("value").asDouble()).isEqualTo(3.0);
		assertThat(before.get("score").asDouble()).isCloseTo(sum(before), org.assertj.core.data.Offset.offset(0.05));

		String kase = body(call(post("/api/v1/enforcement-cases"), "demo-officer-amr",
				withOfficers("demo-officer-amr",
						Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn",
								TODAY.minusDays(3).toString(), "facts", "商品未标价", "origin", "COMPLAINT")))
			.andExpect(status().isCreated())).get("id").asString();
		file(kase, "demo-head-amr");
		Map<String, Object> findings = new HashMap<>(Map.of("findings", "事实清楚", "harm", "MODERATE", "corrected", false,
				"commitmentSigned", false, "rectificationVerified", false));
		addInquiry(kase, "demo-officer-amr");
		call(post("/api/v1/enforcement-cases/" + kase + "/investigation"), "demo-officer-amr", findings)
			.andExpect(status().isOk());
		notifyAndWaive(kase, "demo-officer-amr", "STANDARD", 2000, "《中华人民共和国价格法》", "第四十二条");
		JsonNode decided = body(call(post("/api/v1/enforcement-cases/" + kase + "/decision"), "demo-head-amr",
				Map.of("treatment", "STANDARD", "amount", 2000, "reasons", "依法决定", "legalBasis",
						Map.of("law", "《中华人民共和国价格法》", "article", "第四十二条"), "departureReason", "当事人拒不改正"))
			.andExpect(status().isOk()));
		String number = decided.get("number").asString();

		JsonNode after = body(
				call(get("/api/v1/risk-scores/" + party), "demo-officer-eco", null).andExpect(status().isOk()));
		assertThat(after.get("score").asDouble()).isGreaterThan(before.get("score").asDouble());
		JsonNode violations = factor(after, "VIOLATIONS");
		assertThat(violations.get("value").asDouble()).isGreaterThan(0.99);
		assertThat(violations.get("evidence").get(0).get("label").asString()).startsWith(number);
		assertThat(factor(after, "COMPLAINTS").get("value").asDouble()).isGreaterThan(0.99);
		assertThat(after.get("score").asDouble()).isCloseTo(sum(after), org.assertj.core.data.Offset.offset(0.05));

		// the rise to HIGH opened one warning for the bureau, with the factors and a
		// proposal
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> warningOf(party) != null);
		JsonNode warning = warningOf(party);
		assertThat(warning.get("reason").asString()).isEqualTo("GRADE_HIGH");
		assertThat(warning.get("triggerType").asString()).isEqualTo("CASE_DECIDED");
		assertThat(warning.get("triggerId").asString()).isEqualTo(kase);
		assertThat(warning.get("factors").toString()).contains("VIOLATIONS").contains("PENALTIES").contains(number);
		assertThat(warning.get("proposedForm").asString()).isEqualTo("INTERVIEW");
		// another trigger while it is open adds nothing
		deliver(kase, "demo-officer-amr", "decision");
		Thread.sleep(500);
		assertThat(openWarningsOf(party)).isEqualTo(1);
		String warningId = warning.get("id").asString();
		call(post("/api/v1/risk-warnings/" + warningId + "/interventions"), "demo-officer-eco",
				Map.of("form", "INTERVIEW", "note", "约谈"))
			.andExpect(status().isNotFound());
		call(post("/api/v1/risk-warnings/" + warningId + "/interventions"), "demo-officer-amr",
				Map.of("form", "INTERVIEW", "note", "约谈负责人，讲解价格法规定，当场整改"))
			.andExpect(status().isOk());
		call(post("/api/v1/risk-warnings/" + warningId + "/interventions"), "demo-officer-amr",
				Map.of("form", "INTERVIEW", "note", "again"))
			.andExpect(status().isConflict());

		assertThat(mvc.perform(get("/risk/sections/dashboard").with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("已处置");

		// the full recompute, in bulk, gives every party the score the per-party
		// computation gives
		call(post("/api/v1/risk-scores/recompute"), "demo-officer-amr", null).andExpect(status().isForbidden());
		JsonNode recompute = body(
				call(post("/api/v1/risk-scores/recompute"), "demo-supervisor", null).andExpect(status().isOk()));
		assertThat(recompute.get("parties").asLong()).isGreaterThan(200);
		for (String p : java.util.List.of(party,
				body(call(get("/api/v1/parties").param("size", "1"), "demo-officer-amr", null)).get("items")
					.get(0)
					.get("id")
					.asString())) {
			double stored = jdbc.sql("select score from risk.party_score where party_id = :p")
				.param("p", UUID.fromString(p))
				.query(Double.class)
				.single();
			double computed = body(call(get("/api/v1/risk-scores/" + p), "demo-officer-amr", null)).get("score")
				.asDouble();
			assertThat(stored).as("party %s", p).isCloseTo(computed, org.assertj.core.data.Offset.offset(0.2));
		}

		// the party reads its own score, and nobody else's
		String username = "score-" + party.substring(0, 8);
		Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(username, "评分企业", PASSWORD,
				Set.of(Role.PUBLIC), null, null, UUID.fromString(party))));
		call(get("/api/v1/risk-scores/" + party), username, null).andExpect(status().isOk());
		String other = newEnterprise("另一家商店", "RETAIL");
		call(get("/api/v1/risk-scores/" + other), username, null).andExpect(status().isNotFound());
		call(get("/api/v1/risk-scores/" + UUID.randomUUID()), "demo-officer-amr", null)
			.andExpect(status().isNotFound());
		// on the party's page, and on the party's own page
		assertThat(mvc.perform(get("/risk/sections/party/" + party).with(as("demo-officer-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("risk-score-chart").contains(number).contains("违法行为");
		assertThat(mvc.perform(get("/my/risk").with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("risk-score-chart").contains(number);
		mvc.perform(get("/my/risk").with(as("demo-officer-amr"))).andExpect(status().isForbidden());
	}

	@Test
	void aBacktestRanksThePartiesAtACutOffAndComparesWithWhatHappenedAfter() throws Exception {
		JsonNode backtest = body(call(post("/api/v1/risk-models/backtest"), "demo-supervisor",
				Map.of("cutOff", TODAY.minusDays(200).toString(), "horizonDays", 180))
			.andExpect(status().isOk()));
		long parties = backtest.get("parties").asLong();
		assertThat(parties).isGreaterThan(200);
		assertThat(backtest.get("topN").asLong()).isEqualTo((long) Math.ceil(parties * 0.1));
		assertThat(backtest.get("modelVersion").asString()).isEqualTo("default-1");
		long violating = backtest.get("partiesViolatingAfter").asLong();
		long counted = jdbc.sql("""
				select count(distinct party_id) from enforcement.enforcement_case
				where occurred_on > :cut and occurred_on <= :until and coalesce(treatment, '') <> 'NOT_ESTABLISHED'
				""").param("cut", TODAY.minusDays(200)).param("until", TODAY.minusDays(20)).query(Long.class).single();
		assertThat(violating).isEqualTo(counted);
		if (violating > 0) {
			assertThat(backtest.get("randomHitRate").asDouble()).isCloseTo((double) violating / parties,
					org.assertj.core.data.Offset.offset(0.001));
			assertThat(backtest.get("auc").asDouble()).isBetween(0.0, 1.0);
		}
		call(post("/api/v1/risk-models/backtest"), "demo-supervisor", Map.of("cutOff", "2001-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cutOff"));
		call(post("/api/v1/risk-models/backtest"), "demo-supervisor",
				Map.of("cutOff", TODAY.minusDays(200).toString(), "topShare", 0.9))
			.andExpect(status().isBadRequest());
		call(post("/api/v1/risk-models/backtest"), "demo-officer-amr",
				Map.of("cutOff", TODAY.minusDays(200).toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anInspectionPlanTakesTheRiskiestAndARandomShareOfTheRest() throws Exception {
		call(post("/api/v1/risk-scores/recompute"), "demo-supervisor", null).andExpect(status().isOk());
		JsonNode plan = body(call(post("/api/v1/inspection-plans"), "demo-officer-amr",
				Map.of("periodFrom", TODAY.plusDays(1).toString(), "periodTo", TODAY.plusDays(90).toString(), "size",
						20, "randomShare", 0.25))
			.andExpect(status().isCreated()));
		JsonNode targets = plan.get("targets");
		assertThat(targets.size()).isEqualTo(20);
		long random = 0;
		double lowestRisk = Double.MAX_VALUE;
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (JsonNode t : targets) {
			ids.add(t.get("partyId").asString());
			if (t.get("selection").asString().equals("RANDOM")) {
				random++;
			}
			else {
				lowestRisk = Math.min(lowestRisk, t.get("score").asDouble());
			}
		}
		assertThat(random).isEqualTo(5);
		assertThat(ids).hasSize(20);
		double cut = lowestRisk;
		long higherOutside = jdbc.sql("select count(*) from risk.party_score where score > :cut")
			.param("cut", cut)
			.query(Long.class)
			.single();
		assertThat(higherOutside).as("no party scored above the plan's lowest risk pick is left out").isLessThan(15);
		call(get("/api/v1/inspection-plans/" + plan.get("id").asString()), "demo-officer-eco", null)
			.andExpect(status().isNotFound());
		call(post("/api/v1/inspection-plans"), "demo-officer-amr", Map.of("periodFrom", TODAY.toString(), "periodTo",
				TODAY.plusDays(9).toString(), "size", 5, "randomShare", 1.5))
			.andExpect(status().isBadRequest());
	}

}
