package org.shanzhi.audit.web;

import java.util.Set;

import org.shanzhi.audit.AuditLines;
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

	private final AuditLines lines;

	AuditWebController(AuditTrail trail, AuditLines lines) {
		this.trail = trail;
		this.lines = lines;
	}

	@GetMapping("/audit/trail")
	String trail(@RequestParam String subjectType, @RequestParam String subjectId, Model model) {
		model.addAttribute("entries", lines.present(trail.forSubject(subjectType, subjectId)));
		return "audit/trail :: trail";
	}

	@GetMapping("/audit")
	String overview(Model model) {
		model.addAttribute("entries", lines.present(trail.recent(100)));
		return "audit/index";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", trail.verify());
		model.addAttribute("entries", lines.present(trail.recent(100)));
		return "audit/index";
	}

	@Bean
	static NavigationEntry auditNavigation() {
		return new NavigationEntry("nav.audit", "/audit", 90, Set.of("AGENCY_HEAD", "SUPERVISOR", "ADMIN"),
				"nav.group.supervision");
	}

}
