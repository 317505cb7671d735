package org.shanzhi.enforcement.web;

import java.util.Set;

import org.shanzhi.enforcement.Consistency;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' page of consistency (C2): a chart of treatments and the table behind
 * it.
 */
@Controller
class ConsistencyWebController {

	private final Consistency consistency;

	private final ViolationTypes violationTypes;

	ConsistencyWebController(Consistency consistency, ViolationTypes violationTypes) {
		this.consistency = consistency;
		this.violationTypes = violationTypes;
	}

	@GetMapping("/consistency")
	String page(@RequestParam(required = false) String violationCode, Model model) {
		model.addAttribute("flagged", consistency.flagged(violationCode, 50));
		var rows = consistency.rows(violationCode);
		model.addAttribute("rows", rows);
		// the actor's catalogue (a supervisor's: every agency's), then those of the
		// agencies listed
		java.util.Map<String, String> titles = new java.util.TreeMap<>();
		violationTypes.list(null).forEach(t -> titles.putIfAbsent(t.code(), t.title()));
		java.util.List<String> codes = java.util.List.copyOf(titles.keySet());
		rows.stream()
			.map(r -> r.agencyId())
			.distinct()
			.forEach(agency -> violationTypes.titles(agency).forEach(titles::putIfAbsent));
		model.addAttribute("codes", codes);
		model.addAttribute("titles", titles);
		model.addAttribute("chartLabels",
				String.join("|", rows.stream()
					.map(r -> titles.getOrDefault(r.violationCode(), r.violationCode()) + " · " + r.officerName())
					.toList()));
		model.addAttribute("violationCode", violationCode);
		return "enforcement/consistency";
	}

	@Bean
	static NavigationEntry consistencyNavigation() {
		return new NavigationEntry("nav.consistency", "/consistency", 60,
				Set.of("SUPERVISOR", "AGENCY_HEAD", "LEGAL_REVIEWER"), "nav.group.enforcement");
	}

}
