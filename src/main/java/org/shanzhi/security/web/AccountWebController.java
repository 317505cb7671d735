package org.shanzhi.security.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.shanzhi.security.AccountStatus;
import org.shanzhi.security.AccountView;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.ResetPasswordCommand;
import org.shanzhi.security.Role;
import org.shanzhi.security.StaffDirectory;
import org.shanzhi.security.UpdateAccountCommand;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages of accounts: the list with search and paging, a new account,
 * an account's page (changes, disabling and enabling, unlocking, a new initial password).
 * Each change says so after the redirect ({@code flashNotice}); a refusal shows beside
 * its field or above the form.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountWebController {

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final Accounts accounts;

	private final ObjectProvider<StaffDirectory> directory;

	private final MessageSource messages;

	AccountWebController(Accounts accounts, ObjectProvider<StaffDirectory> directory, MessageSource messages) {
		this.accounts = accounts;
		this.directory = directory;
		this.messages = messages;
	}

	/**
	 * The columns of the administrator's list and its export, agencies named from
	 * {@code names}.
	 */
	org.shanzhi.shared.ListColumns<AccountView> columns(Map<UUID, String> names) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return org.shanzhi.shared.ListColumns.of(AccountView.class)
			.text("username", "login.username", AccountView::username)
			.text("name", "account.name", AccountView::displayName)
			.plain("roles", "account.roles", a -> String.join("、",
					a.roles().stream().map(r -> messages.getMessage("role." + r.name(), null, locale)).toList()))
			.plain("agency", "account.agency", a -> a.agencyId() == null ? null : names.get(a.agencyId()))
			.plain("enabled", "account.enabledColumn", AccountView::enabled)
			.time("createdAt", "account.createdAt", "yyyy-MM-dd HH:mm", AccountView::createdAt);
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) AccountStatus status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Map<UUID, String> names = agencyNames();
		var columns = columns(names);
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, page, columns, null);
		String text = query.q() == null ? "" : query.q();
		model.addAttribute("q", text);
		model.addAttribute("role", role);
		model.addAttribute("status", status);
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", AccountStatus.values());
		var result = accounts.search(text, role, status, query.sort(), query.ascending(), query.page(),
				org.shanzhi.shared.ListPage.PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("list",
				org.shanzhi.shared.ListPage.of(result, columns, query, "/admin/accounts/export.xlsx"));
		model.addAttribute("agencyNames", names);
		model.addAttribute("now", java.time.OffsetDateTime.now(ZONE));
		model.addAttribute("zone", ZONE);
		return htmx != null ? "admin/accounts :: results" : "admin/accounts";
	}

	/**
	 * The accounts as searched, filtered and sorted, as Excel in words (no passwords, no
	 * identifiers).
	 */
	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) AccountStatus status, @RequestParam(required = false) String sort,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		Map<UUID, String> names = agencyNames();
		var columns = columns(names);
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, 0, columns, null);
		java.util.List<AccountView> rows = org.shanzhi.shared.PageView
			.allPages(p -> accounts.search(query.q() == null ? "" : query.q(), role, status, query.sort(),
					query.ascending(), p, org.shanzhi.shared.PageView.MAX_SIZE));
		org.shanzhi.shared.ListExport.send(response, messages, "nav.accounts", columns, rows);
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("account", new CreateAccountCommand("", "", "", Set.of(Role.OFFICER), null, null, null));
		return renderNew(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("account") CreateAccountCommand account, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AccountView created = FormErrors.attempt(errors, () -> accounts.register(account));
		if (created == null) {
			return renderNew(model);
		}
		notice(redirect, "account.created", created.username());
		return "redirect:/admin/accounts/" + created.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		AccountView a = accounts.get(id);
		model.addAttribute("account",
				new UpdateAccountCommand(a.displayName(), a.roles(), a.agencyId(), a.officerId(), a.version()));
		model.addAttribute("reset", new ResetPasswordCommand(""));
		return renderShow(a, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("account") UpdateAccountCommand account,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		AccountView saved = FormErrors.attempt(errors, () -> accounts.update(id, account));
		if (saved == null) {
			model.addAttribute("reset", new ResetPasswordCommand(""));
			return renderShow(accounts.get(id), model);
		}
		notice(redirect, "account.saved", saved.username());
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/password-reset")
	String resetPassword(@PathVariable UUID id, @Valid @ModelAttribute("reset") ResetPasswordCommand reset,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		AccountView saved = FormErrors.attempt(errors, () -> accounts.resetPassword(id, reset));
		if (saved == null) {
			AccountView a = accounts.get(id);
			model.addAttribute("account",
					new UpdateAccountCommand(a.displayName(), a.roles(), a.agencyId(), a.officerId(), a.version()));
			return renderShow(a, model);
		}
		notice(redirect, "account.passwordReset", saved.username());
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, RedirectAttributes redirect) {
		act(redirect, () -> accounts.disable(id), "account.disabledNotice");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		act(redirect, () -> accounts.enable(id), "account.enabledNotice");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, @RequestParam(required = false) String from, RedirectAttributes redirect) {
		act(redirect, () -> accounts.unlock(id), "account.unlockedNotice");
		return "list".equals(from) ? "redirect:/admin/accounts" : "redirect:/admin/accounts/" + id;
	}

	/** Runs an action of a button: its notice, or the refusal as {@code problem}. */
	private void act(RedirectAttributes redirect, Supplier<AccountView> action, String noticeKey) {
		try {
			AccountView a = action.get();
			notice(redirect, noticeKey, a.username());
		}
		catch (FieldRejectedException | RuleViolationException ex) {
			redirect.addFlashAttribute("problem",
					ex.updateAndGetBody(messages, LocaleContextHolder.getLocale()).getDetail());
		}
	}

	private void notice(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flashNotice", messages.getMessage(key, args, LocaleContextHolder.getLocale()));
	}

	private String renderNew(Model model) {
		addChoices(model, staffRoles());
		return "admin/account-new";
	}

	private String renderShow(AccountView a, Model model) {
		model.addAttribute("view", a);
		model.addAttribute("now", java.time.OffsetDateTime.now(ZONE));
		model.addAttribute("zone", ZONE);
		addChoices(model, a.roles().contains(Role.PUBLIC) ? List.of(Role.PUBLIC) : staffRoles());
		Map<UUID, String> names = agencyNames();
		model.addAttribute("agencyName", a.agencyId() == null ? null : names.get(a.agencyId()));
		return "admin/account";
	}

	private void addChoices(Model model, List<Role> roles) {
		model.addAttribute("roleChoices", roles);
		Map<UUID, String> names = agencyNames();
		model.addAttribute("agencyNames", names);
		Map<UUID, List<StaffDirectory.OfficerRecord>> officers = new LinkedHashMap<>();
		StaffDirectory staff = directory.getIfAvailable();
		if (staff != null) {
			names.keySet().forEach(agency -> {
				List<StaffDirectory.OfficerRecord> of = staff.officersOf(agency);
				if (!of.isEmpty()) {
					officers.put(agency, of);
				}
			});
		}
		model.addAttribute("officersByAgency", officers);
	}

	private Map<UUID, String> agencyNames() {
		StaffDirectory staff = directory.getIfAvailable();
		return staff == null ? Map.of() : staff.agencyNames();
	}

	private static List<Role> staffRoles() {
		return Arrays.stream(Role.values()).filter(Role::isStaff).toList();
	}

	@Bean
	static NavigationEntry accountsNavigation() {
		return new NavigationEntry("nav.accounts", "/admin/accounts", 95, Set.of("ADMIN"), "nav.group.admin");
	}

}
