package org.shanzhi.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.http.MediaType;

/** Administrators register agencies, officers and accounts; nobody else can. */
class AdministrationApiTests extends IntegrationTest {

	@Test
	void anAdministratorRegistersAnAgencyAnOfficerAndAnAccountThatCanSignIn() throws Exception {
		String agency = mvc
			.perform(post("/api/v1/agencies").header("Authorization", bearer("demo-admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("code", "tax-test", "name", "河洛市测试局", "divisionCode", "419900", "level", "CITY",
						"kind", "ENFORCEMENT", "headName", "测试"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String agencyId = read(agency).get("id").asString();
		mvc.perform(post("/api/v1/officers").header("Authorization", bearer("demo-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("agencyId", agencyId, "name", "测试员", "certificateNumber", "41990TEST01"))))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/accounts").header("Authorization", bearer("demo-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("username", "officer-tax-test", "displayName", "测试员", "password", "Tax#Test2026",
					"roles", List.of("OFFICER"), "agencyId", agencyId))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true));
		// the initial password gets no token until the holder has chosen their own
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("username", "officer-tax-test", "password", "Tax#Test2026"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("password-change-required"));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content(toJson(
					Map.of("username", "officer-tax-test", "password", "Tax#Test2026", "newPassword", "Tax#Own2026"))))
			.andExpect(status().isOk());
		String token = signIn("officer-tax-test", "Tax#Own2026");
		mvc.perform(get("/api/v1/agencies/" + agencyId + "/officers").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	void refusesBadOrDuplicateRegistrations() throws Exception {
		mvc.perform(post("/api/v1/agencies").header("Authorization", bearer("demo-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("code", "bad", "name", "x", "divisionCode", "41990", "level", "CITY", "kind",
					"ENFORCEMENT", "headName", "x"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("divisionCode"));
		mvc.perform(post("/api/v1/accounts").header("Authorization", bearer("demo-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("username", "demo-officer-amr", "displayName", "x", "password", "Long#Enough1",
					"roles", List.of("ADMIN")))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("account-username-taken"));
		mvc.perform(post("/api/v1/accounts").header("Authorization", bearer("demo-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("username", "no-agency", "displayName", "x", "password", "Long#Enough1", "roles",
					List.of("OFFICER")))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("工作人员账户必须属于一个机关"));
	}

	@Test
	void onlyAdministratorsAdminister() throws Exception {
		mvc.perform(get("/api/v1/accounts").header("Authorization", bearer("demo-head-amr")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/agencies").header("Authorization", bearer("demo-supervisor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("code", "nope", "name", "x", "divisionCode", "419900", "level", "CITY", "kind",
					"ENFORCEMENT", "headName", "x"))))
			.andExpect(status().isForbidden());
	}

}
