package org.shanzhi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.OfficerView;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

/**
 * Account administration through the API (issue 22): opening an account whose holder must
 * change the password before getting a token, changes with optimistic locking, disabling,
 * resets that revoke tokens, the holder's own change of password, the last enabled
 * administrator, search and paging — each change in the audit trail.
 */
class AccountAdministrationApiTests extends IntegrationTest {

	@Autowired
	Agencies agencies;

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	String agency(String code) {
		return agencies.findByCode(code).orElseThrow().id().toString();
	}

	OfficerView officerOf(String code) {
		UUID id = agencies.findByCode(code).orElseThrow().id();
		return Actors.runAs(Actor.SYSTEM, () -> agencies.officersOf(id).get(0));
	}

	ResultActions token(String username, String password, String newPassword) throws Exception {
		Map<String, String> body = newPassword == null ? Map.of("username", username, "password", password)
				: Map.of("username", username, "password", password, "newPassword", newPassword);
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(toJson(body)));
	}

	/**
	 * An account whose holder chose the password (no change needed), as the platform
	 * makes them.
	 */
	AccountView holderAccount(String username, String password, String agencyCode) {
		return Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(username, "测试账户", password,
				Set.of(Role.OFFICER), agencies.findByCode(agencyCode).orElseThrow().id(), null, null)));
	}

	List<String> auditActions(String accountId) throws Exception {
		JsonNode items = body(call(get("/api/v1/audit").param("subjectType", "ACCOUNT").param("subjectId", accountId),
				"demo-admin", null)
			.andExpect(status().isOk())).get("items");
		List<String> actions = new ArrayList<>();
		// newest first: told in the order they happened
		items.forEach(i -> actions.add(0, i.get("action").asString() + " by " + i.get("actor").asString()));
		return actions;
	}

	@Test
	void anAccountOpenedByAnAdministratorGetsNoTokenUntilItsHolderChangesThePassword() throws Exception {
		String username = unique("test-officer");
		String eco = agency("eco");
		OfficerView officer = officerOf("eco");
		JsonNode created = body(call(post("/api/v1/accounts"), "demo-admin",
				Map.of("username", username, "displayName", "生态测试员", "password", "Initial#2026", "roles",
						List.of("OFFICER"), "agencyId", eco, "officerId", officer.id().toString()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true))
			.andExpect(jsonPath("$.agencyId").value(eco))
			.andExpect(jsonPath("$.officerId").value(officer.id().toString()))
			.andExpect(jsonPath("$.password").doesNotExist()));
		String id = created.get("id").asString();

		// the right password, but no token: a 403 problem naming the rule, in Chinese and
		// English
		token(username, "Initial#2026", null).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:password-change-required"))
			.andExpect(jsonPath("$.rule").value("password-change-required"))
			.andExpect(jsonPath("$.title").value("须先修改密码"));
		mvc.perform(post("/api/v1/auth/token").header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("username", username, "password", "Initial#2026"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Password change required"));
		// a wrong password still says only that
		token(username, "Wrong#2026x", "Own#Pass2026").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:bad-credentials"));
		// the same password again is no change
		token(username, "Initial#2026", "Initial#2026").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		token(username, "Initial#2026", "short").andExpect(status().isBadRequest());

		// with a new password of its own: a token, and the initial password is gone
		token(username, "Initial#2026", "Own#Pass2026").andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("OFFICER"));
		token(username, "Initial#2026", null).andExpect(status().isUnauthorized());
		String bearer = "Bearer " + signIn(username, "Own#Pass2026");
		assertThat(accounts.findByUsername(username).orElseThrow().passwordChangeRequired()).isFalse();

		// the account acts for its agency: it sees the ecology bureau's officers, not the
		// market bureau's
		mvc.perform(get("/api/v1/agencies/" + eco + "/officers").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.greaterThan(0)));
		mvc.perform(get("/api/v1/agencies/" + agency("amr") + "/officers").header("Authorization", bearer))
			.andExpect(jsonPath("$.items.length()").value(0));

		assertThat(auditActions(id)).containsExactly("CREATED by demo-admin", "PASSWORD_CHANGED by " + username);
	}

	@Test
	void refusesAnUnknownAgencyAnOfficerOfAnotherAgencyAndMixedRoles() throws Exception {
		Map<String, Object> base = Map.of("username", unique("test-refused"), "displayName", "x", "password",
				"Initial#2026", "roles", List.of("OFFICER"));
		Map<String, Object> unknownAgency = new java.util.HashMap<>(base);
		unknownAgency.put("agencyId", UUID.randomUUID().toString());
		call(post("/api/v1/accounts"), "demo-admin", unknownAgency).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agencyId"));
		Map<String, Object> otherOfficer = new java.util.HashMap<>(base);
		otherOfficer.put("agencyId", agency("eco"));
		otherOfficer.put("officerId", officerOf("amr").id().toString());
		call(post("/api/v1/accounts"), "demo-admin", otherOfficer).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("officerId"))
			.andExpect(jsonPath("$.errors[0].message").value("该执法人员不属于所选机关"));
		Map<String, Object> mixed = new java.util.HashMap<>(base);
		mixed.put("roles", List.of("OFFICER", "PUBLIC"));
		mixed.put("agencyId", agency("eco"));
		call(post("/api/v1/accounts"), "demo-admin", mixed).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("account-public-and-staff"));
		assertThat(accounts.findByUsername((String) base.get("username"))).isEmpty();
	}

	@Test
	void changesAnAccountAtTheVersionReadAndAuditsWhatChanged() throws Exception {
		String username = unique("test-change");
		AccountView account = holderAccount(username, "Holder#2026", "eco");
		String path = "/api/v1/accounts/" + account.id();
		JsonNode read = body(call(get(path), "demo-admin", null).andExpect(status().isOk()));
		long version = read.get("version").asLong();
		String amr = agency("amr");
		call(put(path), "demo-admin",
				Map.of("displayName", "改名测试员", "roles", List.of("OFFICER", "LEGAL_REVIEWER"), "agencyId", amr,
						"version", version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("改名测试员"))
			.andExpect(jsonPath("$.agencyId").value(amr))
			.andExpect(jsonPath("$.roles.length()").value(2));
		// a stale version is refused
		call(put(path), "demo-admin",
				Map.of("displayName", "再改", "roles", List.of("OFFICER"), "agencyId", amr, "version", version))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		// staff belong to an agency; a staff account does not become public
		call(put(path), "demo-admin", Map.of("displayName", "x", "roles", List.of("OFFICER"), "version", version + 1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("account-staff-needs-agency"));
		call(put(path), "demo-admin", Map.of("displayName", "x", "roles", List.of("PUBLIC"), "version", version + 1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("account-public-and-staff"));
		call(put(path), "demo-admin", Map.of("displayName", "", "roles", List.of(), "version", version + 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));

		JsonNode entries = body(
				call(get("/api/v1/audit").param("subjectType", "ACCOUNT").param("subjectId", account.id().toString()),
						"demo-admin", null))
			.get("items");
		JsonNode updated = entries.get(0);
		assertThat(updated.get("action").asString()).isEqualTo("UPDATED");
		assertThat(updated.get("actor").asString()).isEqualTo("demo-admin");
		assertThat(read(updated.get("before").asString()).get("roles").asString()).isEqualTo("OFFICER");
		assertThat(read(updated.get("after").asString()).get("roles").asString()).isEqualTo("LEGAL_REVIEWER,OFFICER");
		assertThat(read(updated.get("after").asString()).get("agencyId").asString()).isEqualTo(amr);
	}

	@Test
	void aDisabledAccountNeitherSignsInNorUsesItsTokensUntilEnabledAgain() throws Exception {
		String username = unique("test-disable");
		AccountView account = holderAccount(username, "Holder#2026", "eco");
		String bearer = "Bearer " + signIn(username, "Holder#2026");
		mvc.perform(get("/api/v1/agencies").header("Authorization", bearer)).andExpect(status().isOk());

		call(post("/api/v1/accounts/" + account.id() + "/disable"), "demo-admin", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(get("/api/v1/agencies").header("Authorization", bearer)).andExpect(status().isUnauthorized());
		token(username, "Holder#2026", null).andExpect(status().isUnauthorized());

		call(post("/api/v1/accounts/" + account.id() + "/enable"), "demo-admin", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true));
		assertThat(signIn(username, "Holder#2026")).isNotBlank();
		assertThat(auditActions(account.id().toString())).containsExactly("CREATED by system", "DISABLED by demo-admin",
				"ENABLED by demo-admin");
	}

	@Test
	void aResetRevokesTheTokensLiftsTheLockAndForcesAChangeAndTheHolderChangesItsOwnPassword() throws Exception {
		String username = unique("test-reset");
		AccountView account = holderAccount(username, "Holder#2026", "eco");
		String before = "Bearer " + signIn(username, "Holder#2026");
		for (int i = 0; i < 5; i++) {
			token(username, "Wrong#Pass" + i, null).andExpect(status().isUnauthorized());
		}
		token(username, "Holder#2026", null).andExpect(jsonPath("$.type").value("urn:shanzhi:problem:locked"));

		call(post("/api/v1/accounts/" + account.id() + "/password-reset"), "demo-admin",
				Map.of("password", "Reset#2026"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true))
			.andExpect(jsonPath("$.lockedUntil").doesNotExist());
		call(post("/api/v1/accounts/" + account.id() + "/password-reset"), "demo-admin", Map.of("password", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		// the tokens issued before the reset stop working
		mvc.perform(get("/api/v1/agencies").header("Authorization", before)).andExpect(status().isUnauthorized());
		token(username, "Holder#2026", null).andExpect(status().isUnauthorized());
		token(username, "Reset#2026", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("password-change-required"));
		token(username, "Reset#2026", "Chosen#2026").andExpect(status().isOk());

		// the signed-in holder changes the password: the current one, the new one twice
		String bearer = "Bearer " + signIn(username, "Chosen#2026");
		mvc.perform(post("/api/v1/me/password").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("currentPassword", "Wrong#2026", "newPassword", "Second#2026", "confirmation",
					"Second#2026"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("password-current-wrong"))
			.andExpect(jsonPath("$.detail").value("当前密码不正确"));
		mvc.perform(post("/api/v1/me/password").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("currentPassword", "Chosen#2026", "newPassword", "Second#2026", "confirmation",
					"Second#2027"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confirmation"));
		mvc.perform(post("/api/v1/me/password").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("currentPassword", "Chosen#2026", "newPassword", "Chosen#2026", "confirmation",
					"Chosen#2026"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		mvc.perform(post("/api/v1/me/password").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("currentPassword", "Chosen#2026", "newPassword", "Second#2026", "confirmation",
					"Second#2026"))))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/agencies").header("Authorization", bearer)).andExpect(status().isUnauthorized());
		assertThat(signIn(username, "Second#2026")).isNotBlank();

		assertThat(auditActions(account.id().toString())).containsExactly("CREATED by system", "LOCKED by system",
				"PASSWORD_RESET by demo-admin", "PASSWORD_CHANGED by " + username, "PASSWORD_CHANGED by " + username);
	}

	@Test
	void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() throws Exception {
		// only demo-admin is an enabled administrator when the test starts
		Actors.runAs(Actor.SYSTEM, () -> {
			accounts.search(null, Role.ADMIN, AccountStatus.ENABLED, 0, 200)
				.items()
				.stream()
				.filter(a -> !a.username().equals("demo-admin"))
				.forEach(a -> accounts.disable(a.id()));
			return null;
		});
		AccountView admin = accounts.findByUsername("demo-admin").orElseThrow();
		String path = "/api/v1/accounts/" + admin.id();
		call(post(path + "/disable"), "demo-admin", null).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.rule").value("account-last-admin"))
			.andExpect(jsonPath("$.detail").value("不能停用最后一个启用的系统管理员，也不能取消其系统管理员角色"));
		call(put(path), "demo-admin",
				Map.of("displayName", admin.displayName(), "roles", List.of("SUPERVISOR"), "version", admin.version()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("account-last-admin"));
		assertThat(accounts.findByUsername("demo-admin").orElseThrow().enabled()).isTrue();

		// with a second administrator, either may go
		String second = unique("test-admin");
		String secondId = body(call(post("/api/v1/accounts"), "demo-admin", Map.of("username", second, "displayName",
				"第二管理员", "password", "Initial#2026", "roles", List.of("ADMIN")))
			.andExpect(status().isCreated())).get("id").asString();
		long version = body(call(get("/api/v1/accounts/" + secondId), "demo-admin", null)).get("version").asLong();
		call(put("/api/v1/accounts/" + secondId), "demo-admin",
				Map.of("displayName", "第二管理员", "roles", List.of("SUPERVISOR"), "version", version))
			.andExpect(status().isOk());
		call(put("/api/v1/accounts/" + secondId), "demo-admin",
				Map.of("displayName", "第二管理员", "roles", List.of("ADMIN"), "version", version + 1))
			.andExpect(status().isOk());
		call(post("/api/v1/accounts/" + secondId + "/disable"), "demo-admin", null).andExpect(status().isOk());
		// a disabled administrator does not count
		call(post(path + "/disable"), "demo-admin", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("account-last-admin"));
		assertThat(auditActions(secondId)).containsExactly("CREATED by demo-admin", "UPDATED by demo-admin",
				"UPDATED by demo-admin", "DISABLED by demo-admin");
	}

	@Test
	void searchesByUsernameNameAgencyRoleAndStatusOnePageAtATime() throws Exception {
		JsonNode byAgency = body(
				call(get("/api/v1/accounts").param("q", "生态环境局").param("size", "200"), "demo-admin", null)
					.andExpect(status().isOk()));
		List<String> names = new ArrayList<>();
		byAgency.get("items").forEach(i -> names.add(i.get("username").asString()));
		assertThat(names).contains("demo-officer-eco", "demo-head-eco", "demo-legal-eco")
			.doesNotContain("demo-officer-amr");

		JsonNode mediators = body(call(get("/api/v1/accounts").param("role", "MEDIATOR"), "demo-admin", null));
		List<String> mediatorNames = new ArrayList<>();
		mediators.get("items").forEach(i -> {
			mediatorNames.add(i.get("username").asString());
			assertThat(i.get("roles").toString()).contains("MEDIATOR");
		});
		assertThat(mediatorNames).contains("demo-mediator", "demo-reconsideration");

		call(get("/api/v1/accounts").param("q", "DEMO-OFFICER-AMR"), "demo-admin", null)
			.andExpect(jsonPath("$.items[0].username").value("demo-officer-amr"));
		call(get("/api/v1/accounts").param("q", "%"), "demo-admin", null).andExpect(jsonPath("$.total").value(0));
		call(get("/api/v1/accounts").param("q", "demo-").param("page", "1").param("size", "3"), "demo-admin", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(3))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(20)));
		call(get("/api/v1/accounts").param("size", "500"), "demo-admin", null).andExpect(status().isBadRequest());
		call(get("/api/v1/accounts").param("role", "KING"), "demo-admin", null).andExpect(status().isBadRequest());
		call(get("/api/v1/accounts").param("status", "DISABLED").param("size", "200"), "demo-admin", null)
			.andExpect(jsonPath("$.items[?(@.enabled == true)]").isEmpty());
	}

	@Test
	void onlyAdministratorsAdministerAccounts() throws Exception {
		AccountView officer = accounts.findByUsername("demo-officer-amr").orElseThrow();
		String path = "/api/v1/accounts/" + officer.id();
		call(get(path), "demo-head-amr", null).andExpect(status().isForbidden());
		call(post(path + "/disable"), "demo-supervisor", null).andExpect(status().isForbidden());
		call(post(path + "/password-reset"), "demo-head-amr", Map.of("password", "Taken#Over1"))
			.andExpect(status().isForbidden());
		call(put(path), "demo-officer-amr", Map.of("displayName", "x", "roles", List.of("ADMIN"), "version", 0))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/me/password").contentType(MediaType.APPLICATION_JSON)
			.content(toJson(
					Map.of("currentPassword", "x", "newPassword", "Second#2026", "confirmation", "Second#2026"))))
			.andExpect(status().isUnauthorized());
	}

}
