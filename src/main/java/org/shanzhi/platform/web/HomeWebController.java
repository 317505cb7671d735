package org.shanzhi.platform.web;

import java.util.Set;

import org.shanzhi.audit.AuditLines;
import org.shanzhi.audit.AuditTrail;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.directory.Parties;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: what each role needs first when they sign in. */
@Controller
class HomeWebController {

	private final Actors actors;

	private final Agencies agencies;

	private final Parties parties;

	private final AuditTrail audit;

	private final AuditLines auditLines;

	HomeWebController(Actors actors, Agencies agencies, Parties parties, AuditTrail audit, AuditLines auditLines) {
		this.auditLines = auditLines;
		this.actors = actors;
		this.agencies = agencies;
		this.parties = parties;
		this.audit = audit;
	}

	@GetMapping("/")
	String home(Model model) {
		Actor me = actors.current();
		if (me.isPublic()) {
			// a citizen's or an enterprise's home is the portal's
			// (portal/web/PortalHomeWebController)
			return "redirect:/my";
		}
		if (me.agencyId() != null) {
			AgencyView agency = agencies.get(me.agencyId());
			model.addAttribute("agency", agency);
			model.addAttribute("agencyOfficers", agencies.officerCount(agency.id()));
		}
		if (me.isStaff()) {
			model.addAttribute("partyCount", parties.count());
			model.addAttribute("agencyCount", agencies.all().size());
		}
		if (me.hasAny(Role.AGENCY_HEAD, Role.SUPERVISOR, Role.ADMIN)) {
			model.addAttribute("recentAudit", auditLines.present(audit.recent(10)));
		}
		return "home";
	}

	@Bean
	static NavigationEntry homeNavigation() {
		return new NavigationEntry("nav.home", "/", 0, Set.of());
	}

}
