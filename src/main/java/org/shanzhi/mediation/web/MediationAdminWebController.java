package org.shanzhi.mediation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.Parties;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.mediation.DisputeType;
import org.shanzhi.mediation.MediationCases;
import org.shanzhi.mediation.Mediators;
import org.shanzhi.mediation.Reconciliations;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.RecordSection;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agency's mediation settings (the dispute types it mediates, its time limits in
 * working days, its register of mediators), its settlements of discretionary acts and
 * their review, and the dashboard's reminders of time limits. A refused change shows its
 * rule on the page.
 */
@Controller
@RequestMapping("/mediation")
class MediationAdminWebController {

	private final MediationCases cases;

	private final Mediators mediators;

	private final Reconciliations reconciliations;

	private final Parties parties;

	private final Actors actors;

	private final org.shanzhi.directory.Agencies agencies;

	MediationAdminWebController(MediationCases cases, Mediators mediators, Reconciliations reconciliations,
			Parties parties, Actors actors, org.shanzhi.directory.Agencies agencies) {
		this.agencies = agencies;
		this.cases = cases;
		this.mediators = mediators;
		this.reconciliations = reconciliations;
		this.parties = parties;
		this.actors = actors;
	}

	@GetMapping("/settings")
	String settings(Model model) {
		Actor me = actors.require(MediationCasesRoles.READERS);
		UUID agency = me.requireAgency();
		model.addAttribute("types", DisputeType.values());
		model.addAttribute("competence", cases.competence(agency));
		model.addAttribute("limits", cases.timeLimits(agency));
		model.addAttribute("mediators", mediators.list(agency));
		model.addAttribute("kinds", Mediators.Kind.values());
		model.addAttribute("head", me.has(Role.AGENCY_HEAD));
		return "mediation/settings";
	}

	@PostMapping("/settings/competence")
	String competence(@RequestParam(required = false) List<DisputeType> types, Model model) {
		return attempt(model, () -> cases.setCompetence(actors.current().requireAgency(),
				types == null ? EnumSet.noneOf(DisputeType.class) : EnumSet.copyOf(types)));
	}

	@PostMapping("/settings/time-limits")
	String timeLimits(@RequestParam int acceptanceDays, @RequestParam int conclusionDays, Model model) {
		return attempt(model, () -> cases.setTimeLimits(new MediationCases.TimeLimits(acceptanceDays, conclusionDays)));
	}

	@PostMapping("/settings/mediators")
	String register(@RequestParam(required = false) String name, @RequestParam Mediators.Kind kind,
			@RequestParam(required = false) String specialty, Model model) {
		return attempt(model, () -> mediators.register(
				new Mediators.Register(limit(name, 100), kind, null, blank(specialty) ? null : limit(specialty, 200))));
	}

	private String attempt(Model model, Runnable action) {
		try {
			action.run();
			return "redirect:/mediation/settings";
		}
		catch (RuntimeException ex) {
			MediationWebController.refusal(ex, model);
			return settings(model);
		}
	}

	@GetMapping("/reconciliations")
	String reconciliations(@RequestParam(required = false) String q, Model model) {
		Actor me = actors.require(MediationCasesRoles.READERS);
		List<Reconciliations.ReconciliationView> list = reconciliations.recent(100);
		model.addAttribute("items", list);
		model.addAttribute("names", parties.namesForDocument(list.stream().map(r -> r.partyId()).distinct().toList()));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("candidates", blank(q) ? List.of() : parties.search(limit(q, 100), 0, 20).items());
		model.addAttribute("canPropose", me.hasAny(Role.OFFICER, Role.AGENCY_HEAD, Role.MEDIATOR));
		model.addAttribute("reviewer", me.has(Role.LEGAL_REVIEWER));
		boolean organ = me.agencyId() != null
				&& agencies.get(me.agencyId()).kind() == org.shanzhi.directory.AgencyKind.SUPERVISOR;
		model.addAttribute("organ", organ);
		model.addAttribute("respondentAgencies", organ
				? agencies.all().stream().filter(a -> a.kind() != org.shanzhi.directory.AgencyKind.SUPERVISOR).toList()
				: List.of());
		return "mediation/reconciliations";
	}

	@PostMapping("/reconciliations")
	String propose(@RequestParam(required = false) UUID partyId, @RequestParam(required = false) String dispute,
			@RequestParam(required = false) String terms, @RequestParam(required = false) String law,
			@RequestParam(required = false) String article, @RequestParam(defaultValue = "false") boolean partyAgreed,
			@RequestParam(required = false) UUID respondentAgencyId, Model model) {
		return settle(model,
				() -> reconciliations
					.propose(new Reconciliations.Propose(partyId, null, limit(dispute, 4000), limit(terms, 4000),
							new LegalBasis(limit(law, 100), limit(article, 60)), partyAgreed, respondentAgencyId)));
	}

	@PostMapping("/reconciliations/{id}/review")
	String review(@PathVariable UUID id, @RequestParam boolean approve,
			@RequestParam(defaultValue = "false") boolean harmsPublicInterest,
			@RequestParam(defaultValue = "false") boolean harmsOthersRights,
			@RequestParam(required = false) String note, Model model) {
		return settle(model, () -> reconciliations.review(id, new Reconciliations.Review(approve, harmsPublicInterest,
				harmsOthersRights, blank(note) ? null : limit(note, 2000))));
	}

	private String settle(Model model, Runnable action) {
		try {
			action.run();
			return "redirect:/mediation/reconciliations";
		}
		catch (RuntimeException ex) {
			MediationWebController.refusal(ex, model);
			return reconciliations(null, model);
		}
	}

	/** The reminders of time limits and the overdue count (a dashboard section). */
	@GetMapping("/sections/dashboard")
	String dashboard(Model model) {
		model.addAttribute("reminders", cases.reminders(10));
		model.addAttribute("overdueCount", cases.search(null, null, true, 0, 1).total());
		return "mediation/settings :: dashboard";
	}

	@PostMapping("/reminders/{id}/dismiss")
	@SuccessNotice("notice.dismissed")
	String dismiss(@PathVariable UUID id) {
		cases.dismissReminder(id);
		return "redirect:/";
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String limit(String s, int max) {
		return s == null ? null : s.length() > max ? s.substring(0, max) : s.strip();
	}

	@Bean
	static RecordSection dashboardMediationSection() {
		return new RecordSection("DASHBOARD", "mediation.reminders", "/mediation/sections/dashboard", 20,
				Set.of("MEDIATOR", "AGENCY_HEAD"));
	}

	/** The roles of the mediation pages. */
	static final class MediationCasesRoles {

		static final Role[] READERS = { Role.MEDIATOR, Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER };

		private MediationCasesRoles() {
		}

	}

}
