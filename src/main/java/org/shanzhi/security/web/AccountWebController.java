package org.shanzhi.security.web;

import java.util.Set;
import java.util.UUID;

import org.shanzhi.security.Accounts;
import org.shanzhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The administrator's list of accounts, with unlocking. */
@Controller
class AccountWebController {

	private final Accounts accounts;

	AccountWebController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("now", java.time.OffsetDateTime.now());
		return "admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/unlock")
	String unlock(@PathVariable UUID id) {
		accounts.unlock(id);
		return "redirect:/admin/accounts";
	}

	@Bean
	static NavigationEntry accountsNavigation() {
		return new NavigationEntry("nav.accounts", "/admin/accounts", 95, Set.of("ADMIN"), "nav.group.admin");
	}

}
