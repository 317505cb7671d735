package org.shanzhi.joint.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.AgencyKind;
import org.shanzhi.directory.Agencies;
import org.shanzhi.joint.Referrals;
import org.shanzhi.joint.SharingRules;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.security.SharedRecordType;
import org.shanzhi.shared.RecordSection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sharing rules' page (J2: propose, approve or reject, revoke, and the log of every
 * read of the agency's shared records) and the referrals' page (J1: what was referred to
 * or by the agency, accepted or declined here), with the referral section of a case.
 */
@Controller
@RequestMapping("/joint")
class SharingWebController {

	private final SharingRules rules;

	private final Referrals referrals;

	private final Agencies agencies;

	private final Actors actors;

	SharingWebController(SharingRules rules, Referrals referrals, Agencies agencies, Actors actors) {
		this.rules = rules;
		this.referrals = referrals;
		this.agencies = agencies;
		this.actors = actors;
	}

	@GetMapping("/sharing")
	String sharing(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rules", rules.visible());
		model.addAttribute("reads", rules.reads(null, Math.max(page, 0), 50));
		model.addAttribute("types", SharedRecordType.values());
		model.addAttribute("agencies", agencies.all().stream().filter(a -> a.kind() != AgencyKind.SUPERVISOR).toList());
		model.addAttribute("today", LocalDate.now(JointWebController.ZONE));
		return "joint/sharing";
	}

	@PostMapping("/sharing")
	String propose(@RequestParam(required = false) UUID recipientAgencyId,
			@RequestParam(required = false) List<SharedRecordType> recordTypes,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) String legalBasis,
			@RequestParam(required = false) LocalDate validFrom, @RequestParam(required = false) LocalDate validUntil,
			Model model) {
		Object done = JointWebController.attempt(model,
				() -> rules.propose(new SharingRules.Proposal(recipientAgencyId,
						recordTypes == null ? Set.of() : new LinkedHashSet<>(recordTypes),
						purpose == null ? "" : purpose, legalBasis, validFrom, validUntil)));
		return done == null ? sharing(0, model) : "redirect:/joint/sharing";
	}

	@PostMapping("/sharing/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean approve,
			@RequestParam(required = false) String note, @RequestParam long version, Model model) {
		Object done = JointWebController.attempt(model, () -> rules.decide(id, approve, note, version));
		return done == null ? sharing(0, model) : "redirect:/joint/sharing";
	}

	@PostMapping("/sharing/{id}/revocation")
	String revoke(@PathVariable UUID id, @RequestParam(required = false) String reason, @RequestParam long version,
			Model model) {
		Object done = JointWebController.attempt(model, () -> rules.revoke(id, reason, version));
		return done == null ? sharing(0, model) : "redirect:/joint/sharing";
	}

	@GetMapping("/referrals")
	String referrals(Model model) {
		model.addAttribute("referrals", referrals.list(null));
		model.addAttribute("myAgency", actors.current().agencyId());
		return "joint/referrals";
	}

	@PostMapping("/referrals/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean accept,
			@RequestParam(required = false) String note, @RequestParam long version, Model model) {
		Object done = JointWebController.attempt(model, () -> referrals.answer(id, accept, note, version));
		return done == null ? referrals(model) : "redirect:/joint/referrals";
	}

	/**
	 * A case's referrals and, for its agency's head, the form to refer it (htmx section).
	 */
	@GetMapping("/sections/case/{id}")
	String caseSection(@PathVariable UUID id, Model model) {
		model.addAttribute("caseId", id);
		model.addAttribute("history", referrals.list(id));
		model.addAttribute("agencies", agencies.all().stream().filter(a -> a.kind() != AgencyKind.SUPERVISOR).toList());
		return "joint/referrals :: caseSection";
	}

	@PostMapping("/referrals")
	String referCase(@RequestParam UUID caseId, @RequestParam(required = false) UUID toAgencyId,
			@RequestParam(required = false) String reason, Model model) {
		Object done = JointWebController.attempt(model,
				() -> referrals.refer(new Referrals.Request(Referrals.Kind.ENFORCEMENT_CASE, caseId, toAgencyId,
						reason == null ? "" : reason)));
		return done == null ? referrals(model) : "redirect:/joint/referrals";
	}

	@Bean
	static RecordSection caseReferralSection() {
		return new RecordSection("ENFORCEMENT_CASE", "joint.referralSection", "/joint/sections/case/{id}", 40,
				Set.of(Role.AGENCY_HEAD.name(), Role.OFFICER.name(), Role.SUPERVISOR.name()));
	}

}
