package org.shanzhi.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;
import org.shanzhi.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Multi-level linkage (J1): a district's case referred up to the city bureau competent
 * for it moves there on acceptance and out of the district's sight; referred back down it
 * is declined with a reason and stays; a district without the matter in its catalogue
 * cannot receive it; a second pending referral is refused; the referrals are the case's
 * history, seen by both ends. A planned joint action referred to a participating agency
 * makes it the lead.
 */
class ReferralApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	static final String EAST_HEAD = "test-head-urban-east";

	String agency(String user) {
		return accounts.findByUsername(user).orElseThrow().actor().agencyId().toString();
	}

	static byte[] photo() {
		byte[] b = new byte[20_000];
		new java.util.Random().nextBytes(b);
		b[0] = (byte) 0xFF;
		b[1] = (byte) 0xD8;
		b[2] = (byte) 0xFF;
		return b;
	}

	void prepare() throws Exception {
		String east = agency("demo-officer-urban-east");
		if (accounts.findByUsername(EAST_HEAD).isEmpty()) {
			Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(EAST_HEAD, "东城区综合执法局长（测试）",
					PASSWORD, Set.of(Role.AGENCY_HEAD), java.util.UUID.fromString(east), null, null)));
		}
		for (String user : List.of("demo-officer-urban-east", "demo-officer-urban")) {
			call(post("/api/v1/violation-types"), "demo-admin",
					Map.of("agencyId", agency(user), "code", "ROAD-OCCUPY", "title", "擅自占用城市道路", "description",
							"未经批准临时占用城市道路", "legalBasis", Map.of("law", "《城市道路管理条例》", "article", "第四十二条"), "fine",
							false, "benchmark", List.of()));
		}
	}

	@Test
	void aDistrictCaseReferredUpMovesToTheCityAndItsReferralsAreItsHistory() throws Exception {
		prepare();
		String city = agency("demo-officer-urban");
		String east = agency("demo-officer-urban-east");
		String west = agency("demo-officer-urban-west");
		String party = newEnterprise("河洛市移送测试建筑公司", "CONSTRUCTION");
		String kase = body(call(post("/api/v1/enforcement-cases"), "demo-officer-urban-east",
				withOfficers("demo-officer-urban-east",
						Map.of("partyId", party, "violationCode", "ROAD-OCCUPY", "occurredOn", TODAY.toString(),
								"facts", "跨区施工长期占用主干道", "origin", "EX_OFFICIO")))
			.andExpect(status().isCreated())).get("id").asString();

		call(post("/api/v1/referrals"), EAST_HEAD,
				Map.of("kind", "ENFORCEMENT_CASE", "subjectId", kase, "toAgencyId", west, "reason", "涉及西城区"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("referral-outside-competence"));
		call(post("/api/v1/referrals"), "demo-head-urban",
				Map.of("kind", "ENFORCEMENT_CASE", "subjectId", kase, "toAgencyId", city, "reason", "不是本机关的案件"))
			.andExpect(status().isBadRequest());
		call(post("/api/v1/referrals"), EAST_HEAD,
				Map.of("kind", "ENFORCEMENT_CASE", "subjectId", kase, "toAgencyId", city, "reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		String evidence = body(mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/evidence")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "占道照片.jpg", "image/jpeg", photo()))
				.param("subjectType", "ENFORCEMENT_CASE")
				.param("subjectId", kase)
				.param("kind", "PHOTO")
				.header("Authorization", bearer("demo-officer-urban-east")))
			.andExpect(status().isCreated())).get("id").asString();
		JsonNode up = body(call(post("/api/v1/referrals"), EAST_HEAD,
				Map.of("kind", "ENFORCEMENT_CASE", "subjectId", kase, "toAgencyId", city, "reason", "跨区重大案件，报请市局管辖"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.direction").value("UP"))
			.andExpect(jsonPath("$.status").value("REFERRED")));
		call(post("/api/v1/referrals"), EAST_HEAD,
				Map.of("kind", "ENFORCEMENT_CASE", "subjectId", kase, "toAgencyId", city, "reason", "再次移送"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("referral-pending"));
		call(post("/api/v1/referrals/" + up.get("id").asString() + "/answer"), "demo-head-amr",
				Map.of("accept", true, "version", up.get("version").asLong()))
			.andExpect(status().isNotFound());
		call(post("/api/v1/referrals/" + up.get("id").asString() + "/answer"), "demo-head-urban",
				Map.of("accept", true, "note", "市局接收", "version", up.get("version").asLong()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));

		call(get("/api/v1/enforcement-cases/" + kase), "demo-officer-urban", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyId").value(city));
		call(get("/api/v1/enforcement-cases/" + kase), "demo-officer-urban-east", null)
			.andExpect(status().isNotFound());
		// its evidence moved with it, and the custody chain says so
		call(get("/api/v1/evidence/" + evidence), "demo-officer-urban", null).andExpect(status().isOk());
		call(get("/api/v1/evidence/" + evidence), "demo-officer-urban-east", null).andExpect(status().isNotFound());
		call(get("/api/v1/evidence/" + evidence + "/custody"), "demo-officer-urban", null)
			.andExpect(jsonPath("$.entries[?(@.action == 'TRANSFERRED')]").exists());

		JsonNode down = body(call(post("/api/v1/referrals"), "demo-head-urban",
				Map.of("kind", "ENFORCEMENT_CASE", "subjectId", kase, "toAgencyId", east, "reason", "交由属地办理"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.direction").value("DOWN")));
		call(post("/api/v1/referrals/" + down.get("id").asString() + "/answer"), EAST_HEAD,
				Map.of("accept", false, "version", down.get("version").asLong()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		call(post("/api/v1/referrals/" + down.get("id").asString() + "/answer"), EAST_HEAD,
				Map.of("accept", false, "note", "涉及两区，应由市局统一办理", "version", down.get("version").asLong()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		call(get("/api/v1/enforcement-cases/" + kase), "demo-officer-urban", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyId").value(city));

		JsonNode history = body(
				call(get("/api/v1/referrals").param("subjectId", kase), EAST_HEAD, null).andExpect(status().isOk()))
			.get("items");
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("status").asString()).isEqualTo("DECLINED");
		assertThat(history.get(1).get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(body(call(get("/api/v1/referrals").param("subjectId", kase), "demo-head-amr", null)).get("items"))
			.isEmpty();
		call(get("/api/v1/audit").param("subjectType", "ENFORCEMENT_CASE").param("subjectId", kase), "demo-supervisor",
				null)
			.andExpect(jsonPath("$.items[?(@.action == 'TRANSFERRED')]").exists());
	}

	@Test
	void aPlannedJointActionReferredToAParticipantMakesItTheLead() throws Exception {
		prepare();
		String amr = agency("demo-officer-amr");
		String urban = agency("demo-officer-urban");
		String hrss = agency("demo-head-hrss");
		String party = newEnterprise("河洛市移送联合检查餐馆", "CATERING");
		JsonNode action = body(call(post("/api/v1/joint-actions"), "demo-officer-amr",
				Map.of("title", "餐饮街区联合检查", "day", TODAY.plusDays(2).toString(), "targets", List.of(party), "matters",
						Map.of(amr, List.of("FOOD-LABEL"), urban, List.of("ROAD-OCCUPY"))))
			.andExpect(status().isCreated()));
		String id = action.get("id").asString();
		call(post("/api/v1/referrals"), "demo-head-amr",
				Map.of("kind", "JOINT_ACTION", "subjectId", id, "toAgencyId", hrss, "reason", "请人社局牵头"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("referral-needs-participant"));
		JsonNode referral = body(call(post("/api/v1/referrals"), "demo-head-amr",
				Map.of("kind", "JOINT_ACTION", "subjectId", id, "toAgencyId", urban, "reason", "以占道经营为主，请城管局牵头"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.direction").value("ACROSS")));
		call(post("/api/v1/referrals/" + referral.get("id").asString() + "/answer"), "demo-head-urban",
				Map.of("accept", true, "version", referral.get("version").asLong()))
			.andExpect(status().isOk());
		JsonNode after = body(call(get("/api/v1/joint-actions/" + id), "demo-officer-amr", null));
		assertThat(after.get("leadAgencyId").asString()).isEqualTo(urban);
		assertThat(after.get("participants")).anySatisfy(p -> {
			assertThat(p.get("agencyId").asString()).isEqualTo(urban);
			assertThat(p.get("answer").asString()).isEqualTo("ACCEPTED");
		});
		call(post("/api/v1/joint-actions/" + id + "/cancellation"), "demo-officer-amr",
				Map.of("reason", "已移交", "version", after.get("version").asLong()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("joint-lead-only"));
	}

}
