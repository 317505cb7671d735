package org.shanzhi.enforcement;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.shanzhi.shared.PeopleTime;
import org.shanzhi.shared.ResidentIdNumbers;
import org.shanzhi.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * What the tests of the simple procedure and of a fine's execution share: a person of the
 * market bureau's city, and the report of a penalty imposed on that person on the spot.
 */
abstract class OnTheSpotCases extends IntegrationTest {

	static final String OFFICER = "demo-officer-amr";

	static final String OFFICER_2 = "demo-officer-amr-2";

	static final String HEAD = "demo-head-amr";

	static final LocalDate TODAY = LocalDate.now(PeopleTime.ZONE);

	private static final AtomicLong PEOPLE = new AtomicLong(System.nanoTime() % 900);

	/** A new person (自然人) of the city with a valid resident ID. */
	String person() throws Exception {
		String first17 = "419903" + "1979" + String.format("%02d%02d", 1 + PEOPLE.get() % 12, 1 + PEOPLE.get() % 28)
				+ String.format("%03d", PEOPLE.incrementAndGet() % 1000);
		Map<String, Object> body = Map.of("kind", "PERSON", "name", "当场测试人", "idNumber",
				first17 + ResidentIdNumbers.checkCharacter(first17), "category", "RESIDENT", "address", "河洛市西城区测试路2号");
		return body(call(post("/api/v1/parties"), OFFICER, body).andExpect(status().isCreated())).get("id").asString();
	}

	/** The report of a penalty on the spot decided at {@code decidedAt}. */
	Map<String, Object> onTheSpot(String party, List<Map<String, Object>> penalties, OffsetDateTime decidedAt,
			boolean partySigned) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("partyId", party);
		body.put("violationCode", "PRICE-TAG");
		body.put("occurredOn", decidedAt.atZoneSameInstant(PeopleTime.ZONE).toLocalDate().toString());
		body.put("facts", "摊位销售商品未明码标价");
		body.put("origin", "INSPECTION");
		body.put("procedure", "SIMPLE");
		body.put("officerIds", officerIds(OFFICER));
		body.put("decidedAt", decidedAt.toString());
		body.put("decision", Map.of("penalties", penalties, "reasons", "当事人销售商品未明码标价，情节轻微", "legalBasis",
				Map.of("law", "《中华人民共和国价格法》", "article", "第四十二条")));
		body.put("statementHeard", true);
		body.put("statement", "当事人表示认识到错误");
		body.put("partySigned", partySigned);
		return body;
	}

	static List<Map<String, Object>> fine(String amount) {
		return List.of(Map.of("kind", "FINE", "amount", new java.math.BigDecimal(amount)));
	}

	/** A fine on the spot delivered (signed) on the day given, at 10:00: the case. */
	JsonNode finedOnTheSpot(String amount, LocalDate day) throws Exception {
		OffsetDateTime at = day.atTime(10, 0).atZone(PeopleTime.ZONE).toOffsetDateTime();
		if (at.isAfter(OffsetDateTime.now(PeopleTime.ZONE))) {
			at = OffsetDateTime.now(PeopleTime.ZONE).minusMinutes(1);
		}
		return body(call(post("/api/v1/enforcement-cases"), OFFICER, onTheSpot(person(), fine(amount), at, true))
			.andExpect(status().isCreated()));
	}

}
