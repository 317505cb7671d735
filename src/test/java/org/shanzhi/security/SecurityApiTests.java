package org.shanzhi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.OfficerView;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

class SecurityApiTests extends IntegrationTest {

	@Autowired
	Agencies agencies;

	@Autowired
	Accounts accounts;

	@Test
	void answers401WithAProblemWhenNoTokenIsSent() throws Exception {
		mvc.perform(get("/api/v1/parties"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:unauthorized"))
			.andExpect(jsonPath("$.title").value("未登录"));
	}

	@Test
	void answers401ForAForgedToken() throws Exception {
		String token = bearer("demo-officer-amr");
		String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
		mvc.perform(get("/api/v1/parties").header("Authorization", forged)).andExpect(status().isUnauthorized());
	}

	@Test
	void answers401InEnglishWhenAskedFor() throws Exception {
		mvc.perform(get("/api/v1/parties").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Not signed in"));
	}

	@Test
	void issuesATokenWithTheRolesOfTheAccount() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("username", "demo-head-amr", "password", PASSWORD))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token").isString())
			.andExpect(jsonPath("$.expiresAt").isString())
			.andExpect(jsonPath("$.roles[0]").value("AGENCY_HEAD"));
	}

	@Test
	void refusesAWrongPasswordWith401() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("username", "nobody-at-all", "password", "whatever-1"))))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:bad-credentials"));
	}

	@Test
	void answers403WhenTheRoleDoesNotAllowIt() throws Exception {
		mvc.perform(post("/api/v1/audit/verify").header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:forbidden"));
		mvc.perform(post("/api/v1/parties").header("Authorization", bearer("demo-supervisor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"kind\":\"ORGANIZATION\",\"name\":\"x\",\"creditCode\":\"91350100M000100Y43\",\"category\":\"RETAIL\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherAgencysOfficerAnswers404AndASupervisorSeesIt() throws Exception {
		UUID amr = agencies.findByCode("amr").orElseThrow().id();
		OfficerView amrOfficer = Actors.runAs(Actor.SYSTEM, () -> agencies.officersOf(amr).get(0));
		String path = "/api/v1/officers/" + amrOfficer.id();
		mvc.perform(get(path).header("Authorization", bearer("demo-officer-amr"))).andExpect(status().isOk());
		mvc.perform(get(path).header("Authorization", bearer("demo-officer-eco")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:not-found"));
		mvc.perform(get(path).header("Authorization", bearer("demo-supervisor"))).andExpect(status().isOk());
		// the same record does not exist either: the answers are indistinguishable
		mvc.perform(get("/api/v1/officers/" + UUID.randomUUID()).header("Authorization", bearer("demo-officer-eco")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/agencies/" + amr + "/officers").header("Authorization", bearer("demo-officer-eco")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void locksAnAccountForFifteenMinutesAfterFiveWrongPasswords() throws Exception {
		String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
		Actors.runAs(Actor.SYSTEM, () -> accounts.create(new CreateAccountCommand(username, "Lockout test",
				"Right#Pass1", Set.of(Role.OFFICER), agencies.findByCode("eco").orElseThrow().id(), null, null)));
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("username", username, "password", "Wrong#Pass" + i))))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:bad-credentials"));
		}
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("username", username, "password", "Right#Pass1"))))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:shanzhi:problem:locked"));
		AccountView locked = accounts.findByUsername(username).orElseThrow();
		assertThat(locked.lockedUntil()).isBetween(java.time.OffsetDateTime.now().plusMinutes(14),
				java.time.OffsetDateTime.now().plusMinutes(16));
		// the form sign-in refuses it too, and says why
		mvc.perform(post("/login").param("username", username)
			.param("password", "Right#Pass1")
			.with(SecurityMockMvcRequestPostProcessors.csrf())).andExpect(redirectedUrl("/login?locked"));
		Actors.runAs(Actor.SYSTEM, () -> accounts.unlock(locked.id()));
		assertThat(signIn(username, "Right#Pass1")).isNotBlank();
	}

	@Test
	void pagesNeedASignInAndFormsNeedACsrfToken() throws Exception {
		mvc.perform(get("/parties")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login").param("username", "demo-officer-amr").param("password", PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "demo-officer-amr")
			.param("password", PASSWORD)
			.with(SecurityMockMvcRequestPostProcessors.csrf())).andExpect(redirectedUrl("/"));
	}

	@Test
	void sendsSecurityHeadersOnEveryPage() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().exists("Referrer-Policy"))
			.andExpect(header().exists("Permissions-Policy"));
	}

}
