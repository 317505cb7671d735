package org.shanzhi.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;

/**
 * The joint pages render for their users and their forms act: the sharing page proposes a
 * rule (a missing purpose shown as a refusal), the supervisor approves it there, the
 * owner revokes it; the referrals page and a case's referral section render; the plan
 * page draws candidates by risk.
 */
class JointPagesTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theSharingPageProposesApprovesAndRevokesAndTheOtherPagesRender() throws Exception {
		String hrss = accounts.findByUsername("demo-head-hrss").orElseThrow().actor().agencyId().toString();
		assertThat(page("/joint", "demo-head-amr")).contains("plan-action");
		assertThat(page("/joint/new?category=CATERING&count=5", "demo-officer-amr")).contains("draw-form")
			.contains("m-amr-FOOD-LABEL");
		assertThat(page("/joint/referrals", "demo-head-amr")).contains("referrals");
		String party = newEnterprise("河洛市页面测试超市", "RETAIL");
		String kase = body(
				mvc.perform(post("/api/v1/enforcement-cases").header("Authorization", bearer("demo-officer-amr"))
					.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
					.content(toJson(withOfficers("demo-officer-amr",
							java.util.Map.of("partyId", party, "violationCode", "PRICE-TAG", "occurredOn",
									TODAY.toString(), "facts", "价签不全", "origin", "EX_OFFICIO"))))))
			.get("id")
			.asString();
		assertThat(page("/joint/sections/case/" + kase, "demo-head-amr")).contains("refer-case-form");

		String refused = mvc
			.perform(post("/joint/sharing").with(as("demo-head-amr"))
				.with(csrf())
				.param("recipientAgencyId", hrss)
				.param("recordTypes", "VIOLATIONS")
				.param("validFrom", TODAY.toString())
				.param("validUntil", TODAY.plusMonths(3).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"refusal\"");
		mvc.perform(post("/joint/sharing").with(as("demo-head-amr"))
			.with(csrf())
			.param("recipientAgencyId", hrss)
			.param("recordTypes", "VIOLATIONS")
			.param("purpose", "欠薪企业违法信息比对")
			.param("validFrom", TODAY.toString())
			.param("validUntil", TODAY.plusMonths(3).toString())).andExpect(status().is3xxRedirection());
		String sharing = page("/joint/sharing", "demo-supervisor");
		assertThat(sharing).contains("欠薪企业违法信息比对").contains("approve-rule");
		String ruleId = sharing
			.replaceAll("(?s).*id=\"rule-([0-9a-f-]{36})\"[^>]*>\\s*<td>[^<]*</td><td>河洛市人力资源和社会保障局.*", "$1");
		SharingRules.RuleView rule = org.shanzhi.security.Actors.runAs(org.shanzhi.security.Actor.SYSTEM,
				() -> rules.get(java.util.UUID.fromString(ruleId)));
		mvc.perform(post("/joint/sharing/" + ruleId + "/decision").with(as("demo-supervisor"))
			.with(csrf())
			.param("approve", "true")
			.param("version", Long.toString(rule.version()))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/joint/sharing/" + ruleId + "/revocation").with(as("demo-head-amr"))
			.with(csrf())
			.param("reason", "比对完成")
			.param("version", Long.toString(rule.version() + 1))).andExpect(status().is3xxRedirection());
		assertThat(org.shanzhi.security.Actors
			.runAs(org.shanzhi.security.Actor.SYSTEM, () -> rules.get(java.util.UUID.fromString(ruleId)))
			.status()).isEqualTo(SharingRules.Status.REVOKED);
	}

	@org.springframework.beans.factory.annotation.Autowired
	SharingRules rules;

}
