package org.shanzhi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.directory.Agencies;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The administrator's account pages and the change of password: Chinese labels and agency
 * names, refusals beside their fields with what was typed kept, notices after each
 * change, the last administrator's rule on the page, CSRF, and the sign-in held at the
 * change-password page.
 */
class AccountPagesTests extends IntegrationTest {

	@Autowired
	Agencies agencies;

	@Test
	void theListSearchesAndShowsLabelsAndAgencyNamesNotCodes() throws Exception {
		String page = mvc.perform(get("/admin/accounts").param("q", "生态环境局").with(as("demo-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("demo-officer-eco")))
			.andExpect(content().string(containsString("河洛市生态环境局")))
			.andExpect(content().string(containsString("执法人员")))
			.andExpect(content().string(containsString("机关负责人")))
			.andExpect(content().string(not(containsString("demo-officer-amr"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String eco = agencies.findByCode("eco").orElseThrow().id().toString();
		// no UUID in the text, no role code in a cell
		String table = page.substring(page.indexOf("<table"), page.indexOf("</table>"));
		assertThat(table.replaceAll("<[^>]+>", " ")).doesNotContain(eco).doesNotContain("OFFICER");
		mvc.perform(get("/admin/accounts").param("role", "MEDIATOR").with(as("demo-admin")))
			.andExpect(content().string(containsString("demo-mediator")))
			.andExpect(content().string(not(containsString("demo-officer-eco"))));
		mvc.perform(get("/admin/accounts").param("q", "demo-").with(as("demo-admin")))
			.andExpect(content().string(containsString("下一页")));
		mvc.perform(get("/admin/accounts").with(as("demo-head-amr"))).andExpect(status().isForbidden());
	}

	@Test
	void aRefusedNewAccountShowsEachFieldsMessageAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/accounts").with(as("demo-admin"))
			.with(csrf())
			.param("username", "x y")
			.param("displayName", "<b>保留的姓名</b>")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;保留的姓名&lt;/b&gt;")))
			.andExpect(content().string(containsString("value=\"x y\"")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		mvc.perform(post("/admin/accounts").with(as("demo-admin"))
			.with(csrf())
			.param("username", "demo-officer-amr")
			.param("displayName", "重名")
			.param("password", "Initial#2026")
			.param("roles", "OFFICER")
			.param("agencyId", agencies.findByCode("amr").orElseThrow().id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名 demo-officer-amr 已被使用")));
		mvc.perform(post("/admin/accounts").with(as("demo-admin"))
			.param("username", "test-no-csrf")
			.param("displayName", "x")
			.param("password", "Initial#2026")
			.param("roles", "SUPERVISOR")).andExpect(status().isForbidden());
		assertThat(accounts.findByUsername("test-no-csrf")).isEmpty();
	}

	@Test
	void anAdministratorCreatesChangesResetsAndDisablesWithANoticeEachTime() throws Exception {
		String username = "test-page-" + UUID.randomUUID().toString().substring(0, 8);
		String amr = agencies.findByCode("amr").orElseThrow().id().toString();
		MvcResult created = mvc
			.perform(post("/admin/accounts").with(as("demo-admin"))
				.with(csrf())
				.param("username", username)
				.param("displayName", "页面测试员")
				.param("password", "Initial#2026")
				.param("roles", "OFFICER")
				.param("agencyId", amr))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashNotice", containsString("账户 " + username + " 已创建")))
			.andReturn();
		AccountView account = accounts.findByUsername(username).orElseThrow();
		assertThat(account.passwordChangeRequired()).isTrue();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts/" + account.id());

		mvc.perform(get("/admin/accounts/" + account.id()).with(as("demo-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("河洛市市场监督管理局")))
			.andExpect(content().string(containsString("待修改密码")))
			.andExpect(content().string(containsString("data-confirm=\"确定停用账户 " + username)))
			.andExpect(content().string(containsString("data-confirm=\"确定重置账户 " + username)));

		String path = "/admin/accounts/" + account.id();
		mvc.perform(post(path).with(as("demo-admin"))
			.with(csrf())
			.param("displayName", "页面测试员（改）")
			.param("roles", "OFFICER")
			.param("version", Long.toString(account.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工作人员账户必须属于一个机关")))
			.andExpect(content().string(containsString("页面测试员（改）")));
		mvc.perform(post(path).with(as("demo-admin"))
			.with(csrf())
			.param("displayName", "页面测试员（改）")
			.param("roles", "OFFICER", "MEDIATOR")
			.param("agencyId", amr)
			.param("version", Long.toString(account.version())))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("flashNotice", "账户 " + username + " 已保存。"));
		mvc.perform(post(path + "/password-reset").with(as("demo-admin")).with(csrf()).param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post(path + "/password-reset").with(as("demo-admin")).with(csrf()).param("password", "Reset#2026"))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("flashNotice", containsString("密码已重置")));
		mvc.perform(post(path + "/disable").with(as("demo-admin")).with(csrf()))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("flashNotice", "账户 " + username + " 已停用。"));
		assertThat(accounts.findByUsername(username).orElseThrow().enabled()).isFalse();
		mvc.perform(get(path).with(as("demo-admin"))).andExpect(content().string(containsString("已停用")));
		mvc.perform(post(path + "/enable").with(as("demo-admin")).with(csrf()))
			.andExpect(flash().attribute("flashNotice", "账户 " + username + " 已启用。"));
	}

	@Test
	void theLastAdministratorsRefusalIsShownOnThePage() throws Exception {
		// only demo-admin is an enabled administrator
		Actors.runAs(Actor.SYSTEM, () -> {
			accounts.search(null, Role.ADMIN, AccountStatus.ENABLED, 0, 200)
				.items()
				.stream()
				.filter(a -> !a.username().equals("demo-admin"))
				.forEach(a -> accounts.disable(a.id()));
			return null;
		});
		AccountView admin = accounts.findByUsername("demo-admin").orElseThrow();
		mvc.perform(post("/admin/accounts/" + admin.id() + "/disable").with(as("demo-admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts/" + admin.id()))
			.andExpect(flash().attribute("problem", "不能停用最后一个启用的系统管理员，也不能取消其系统管理员角色"));
		assertThat(accounts.findByUsername("demo-admin").orElseThrow().enabled()).isTrue();
	}

	@Test
	void aSignInWithAPasswordAnAdministratorSetReachesNothingButTheChangeOfPassword() throws Exception {
		String username = "test-forced-" + UUID.randomUUID().toString().substring(0, 8);
		UUID eco = agencies.findByCode("eco").orElseThrow().id();
		Actors.runAs(Actor.SYSTEM, () -> accounts.register(new CreateAccountCommand(username, "强制改密测试员", "Initial#2026",
				java.util.Set.of(Role.OFFICER), eco, null, null)));
		MvcResult signedIn = mvc
			.perform(post("/login").param("username", username).param("password", "Initial#2026").with(csrf()))
			.andExpect(redirectedUrl("/account/password"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/parties").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("管理员为您设置了初始密码")));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "Wrong#2026")
			.param("newPassword", "Own#Pass2026")
			.param("confirmation", "Own#Pass2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码不正确")));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "Initial#2026")
			.param("newPassword", "Own#Pass2026")
			.param("confirmation", "Own#Pass2027"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "Initial#2026")
			.param("newPassword", "Own#Pass2026")
			.param("confirmation", "Own#Pass2026"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flashNotice", "密码已修改。"));
		mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("强制改密测试员")));

		// an administrator disables it: the session ends at its next request
		AccountView account = accounts.findByUsername(username).orElseThrow();
		Actors.runAs(Actor.SYSTEM, () -> accounts.disable(account.id()));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(get("/login").param("disabled", "")).andExpect(content().string(containsString("账户已停用")));
	}

}
