package org.shanzhi.security.web;

import jakarta.validation.Valid;

import org.shanzhi.security.AccountView;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actors;
import org.shanzhi.security.ChangePasswordCommand;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's change of password, where an account whose password an
 * administrator set is held until it has chosen its own.
 */
@Controller
class PasswordWebController {

	private final Accounts accounts;

	private final Actors actors;

	private final MessageSource messages;

	PasswordWebController(Accounts accounts, Actors actors, MessageSource messages) {
		this.accounts = accounts;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("change", new ChangePasswordCommand("", "", ""));
		return render(model);
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("change") ChangePasswordCommand change, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AccountView changed = FormErrors.attempt(errors, () -> {
			try {
				return accounts.changeOwnPassword(change);
			}
			catch (RuleViolationException ex) {
				if ("password-current-wrong".equals(ex.rule())) {
					// shown beside the field it is about
					throw new FieldRejectedException("currentPassword", "passwordCurrentWrong");
				}
				throw ex;
			}
		});
		if (changed == null) {
			return render(model);
		}
		redirect.addFlashAttribute("flashNotice",
				messages.getMessage("password.changed", null, LocaleContextHolder.getLocale()));
		return "redirect:/";
	}

	private String render(Model model) {
		model.addAttribute("forced",
				accounts.findByUsername(actors.current().username())
					.map(AccountView::passwordChangeRequired)
					.orElse(false));
		return "account/password";
	}

}
