package org.shanzhi.risk.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shanzhi.risk.RiskScores;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.RecordSection;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The explained risk score on the party's page (a section with a small chart of the
 * factors' contributions) and, for the party itself, on its own page {@code /my/risk}.
 */
@Controller
class RiskScoreWebController {

	private final RiskScores scores;

	private final Actors actors;

	private final org.springframework.context.MessageSource messages;

	private final org.shanzhi.risk.RiskWarnings warnings;

	RiskScoreWebController(RiskScores scores, Actors actors, org.springframework.context.MessageSource messages,
			org.shanzhi.risk.RiskWarnings warnings) {
		this.warnings = warnings;
		this.scores = scores;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/risk/sections/party/{id}")
	String section(@PathVariable UUID id, Model model) {
		fill(scores.score(id), model);
		return "risk/score :: section";
	}

	/**
	 * The agency's early warnings: open, handled and expired, the latest open
	 * (dashboard).
	 */
	@GetMapping("/risk/sections/dashboard")
	String dashboard(Model model) {
		model.addAttribute("figures", warnings.figures());
		model.addAttribute("open", warnings.list(org.shanzhi.risk.RiskWarnings.Status.OPEN, 5));
		return "risk/score :: warnings";
	}

	@GetMapping("/my/risk")
	String mine(Model model) {
		var me = actors.current();
		if (!me.isPublic() || me.partyId() == null) {
			throw new AccessDeniedException("a party's own score");
		}
		fill(scores.score(me.partyId()), model);
		return "risk/my-score";
	}

	private void fill(RiskScores.ScoreView score, Model model) {
		model.addAttribute("score", score);
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("chartLabels",
				score.factors()
					.stream()
					.map(f -> messages.getMessage("risk.factor." + f.name().name(), null, f.name().name(), locale))
					.collect(Collectors.joining("|")));
		model.addAttribute("chartValues",
				score.factors().stream().map(f -> String.valueOf(f.contribution())).collect(Collectors.joining(",")));
	}

	@Bean
	static RecordSection partyRiskSection() {
		// not the mediator's: the score is computed from enforcement records a mediator
		// may not read
		return new RecordSection("PARTY", "risk.scoreSection", "/risk/sections/party/{id}", 5,
				Set.of("OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "SUPERVISOR", "ADMIN"));
	}

	@Bean
	static RecordSection dashboardWarningsSection() {
		return new RecordSection("DASHBOARD", "risk.warnings", "/risk/sections/dashboard", 15,
				Set.of("OFFICER", "AGENCY_HEAD", "SUPERVISOR"));
	}

	@Bean
	static NavigationEntry myRiskNavigation() {
		return new NavigationEntry("nav.myRisk", "/my/risk", 38, Set.of("PUBLIC"));
	}

}
