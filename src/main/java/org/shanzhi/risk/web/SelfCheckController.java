package org.shanzhi.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.risk.SelfChecks;
import org.shanzhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A party's self-check (R4, 自查自纠), on its own pages ({@code /my/self-check}) and through
 * the API ({@code /api/v1/risk-self-checks}); the public portal links here.
 */
@Controller
class SelfCheckController {

	private final SelfChecks checks;

	SelfCheckController(SelfChecks checks) {
		this.checks = checks;
	}

	@GetMapping("/my/self-check")
	String page(Model model) {
		model.addAttribute("questions", checks.questions());
		model.addAttribute("past", checks.mine());
		model.addAttribute("answers", SelfChecks.Answer.values());
		return "risk/self-check";
	}

	@PostMapping("/my/self-check")
	String submit(@RequestParam Map<String, String> form, Model model) {
		List<SelfChecks.PointAnswer> answers = new ArrayList<>();
		form.forEach((k, v) -> {
			if (k.startsWith("answer-") && v != null && !v.isBlank()) {
				try {
					answers.add(new SelfChecks.PointAnswer(UUID.fromString(k.substring("answer-".length())),
							SelfChecks.Answer.valueOf(v)));
				}
				catch (IllegalArgumentException ex) {
					// a field not of the form: left out, so the check counts it
					// unanswered
				}
			}
		});
		try {
			if (answers.isEmpty()) {
				throw org.shanzhi.shared.RuleViolationException.rule("self-check-incomplete",
						checks.questions().size());
			}
			return "redirect:/my/self-check/" + checks.check(new SelfChecks.Answers(answers)).id();
		}
		catch (RuntimeException ex) {
			RiskWebController.refusal(ex, model);
			model.addAttribute("given", form);
			return page(model);
		}
	}

	@GetMapping("/my/self-check/{id}")
	String result(@PathVariable UUID id, Model model) {
		model.addAttribute("check", checks.get(id));
		return "risk/self-check-result";
	}

	@Bean
	static NavigationEntry selfCheckNavigation() {
		return new NavigationEntry("nav.selfCheck", "/my/self-check", 37, Set.of("PUBLIC"));
	}

}
