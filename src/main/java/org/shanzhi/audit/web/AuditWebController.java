package org.shanzhi.audit.web;

import java.util.Set;

import org.shanzhi.audit.AuditTrail;
import org.shanzhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail of a record (an htmx fragment on each record's page) and the chain
 * check.
 */
@Controller
class AuditWebController {

	private final AuditTrail trail;

	AuditWebController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit/trail")
	String trail(@RequestParam String subjectType, @RequestParam String subjectId, Model model) {
		model.addAttribute("entries", trail.forSubject(subjectType, subjectId));
		return "audit/trail :: trail";
	}

	@GetMapping("/audit")
	String overview(Model model) {
		model.addAttribute("entries", trail.recent(100));
		return "audit/index";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", trail.verify());
		model.addAttribute("entries", trail.recent(100));
		return "audit/index";
	}

	@Bean
	static NavigationEntry auditNavigation() {
		return new NavigationEntry("nav.audit", "/audit", 90, Set.of("AGENCY_HEAD", "SUPERVISOR", "ADMIN"),
				"nav.group.supervision");
	}

}
