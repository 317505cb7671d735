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

	private final org.springframework.context.MessageSource messages;

	SharingWebController(SharingRules rules, Referrals referrals, Agencies agencies, Actors actors,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
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

	/** The columns of the referrals list and its export. */
	static final org.shanzhi.shared.ListColumns<Referrals.ReferralView> REFERRAL_COLUMNS = org.shanzhi.shared.ListColumns
		.of(Referrals.ReferralView.class)
		.text("record", "joint.referredRecord", Referrals.ReferralView::subjectLabel)
		.text("from", "joint.from", Referrals.ReferralView::fromAgencyName)
		.text("to", "joint.to", Referrals.ReferralView::toAgencyName)
		.plainCode("direction", "joint.direction", "joint.direction.", Referrals.ReferralView::direction)
		.plain("reason", "joint.referralReason", Referrals.ReferralView::reason)
		.plainCode("status", "common.status", "joint.referralStatus.", Referrals.ReferralView::status)
		.time("referredAt", "joint.referredAt", "yyyy-MM-dd HH:mm", Referrals.ReferralView::referredAt);

	@GetMapping("/referrals")
	String referrals(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, Model model) {
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, page, REFERRAL_COLUMNS, "referredAt,desc");
		model.addAttribute("list", org.shanzhi.shared.ListPage.inMemory(referrals.list(null), REFERRAL_COLUMNS, query,
				SharingWebController::searchable, "/joint/referrals/export.xlsx"));
		model.addAttribute("myAgency", actors.current().agencyId());
		return "joint/referrals";
	}

	String referrals(Model model) {
		return referrals(null, null, null, model);
	}

	@GetMapping("/referrals/export.xlsx")
	void referralsExport(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, 0, REFERRAL_COLUMNS, "referredAt,desc");
		org.shanzhi.shared.ListExport.send(response, messages, "joint.referrals", REFERRAL_COLUMNS,
				org.shanzhi.shared.ListPage.arrange(referrals.list(null), REFERRAL_COLUMNS, query,
						SharingWebController::searchable));
	}

	private static String searchable(Referrals.ReferralView r) {
		return r.subjectLabel() + " " + r.fromAgencyName() + " " + r.toAgencyName() + " " + r.reason();
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
