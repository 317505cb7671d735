package org.shanzhi.enforcement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Parties;
import org.shanzhi.enforcement.CaseOrigin;
import org.shanzhi.enforcement.CaseStatus;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.CoerciveMeasures;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.HarmLevel;
import org.shanzhi.enforcement.OpenCaseCommand;
import org.shanzhi.enforcement.Treatment;
import org.shanzhi.enforcement.ViolationTypeView;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's pages of a case: the list, opening a case from a party's page, and the
 * case page that walks through investigation, the leniency proposal with its reasons, the
 * decision, the legal review and closing.
 */
@Controller
@RequestMapping("/cases")
class CaseWebController {

	private final EnforcementCases cases;

	private final ViolationTypes violationTypes;

	private final Parties parties;

	private final CoerciveMeasures coercive;

	private final org.shanzhi.security.Actors actors;

	private final org.springframework.context.MessageSource messages;

	private final org.shanzhi.directory.Agencies agencies;

	private final org.shanzhi.security.Accounts accounts;

	CaseWebController(org.springframework.context.MessageSource messages, EnforcementCases cases,
			ViolationTypes violationTypes, Parties parties, CoerciveMeasures coercive,
			org.shanzhi.security.Actors actors, org.shanzhi.directory.Agencies agencies,
			org.shanzhi.security.Accounts accounts) {
		this.messages = messages;
		this.actors = actors;
		this.agencies = agencies;
		this.accounts = accounts;
		this.cases = cases;
		this.violationTypes = violationTypes;
		this.parties = parties;
		this.coercive = coercive;
	}

	/** The list's columns, the party and the violation named from the maps given. */
	static org.shanzhi.shared.ListColumns<org.shanzhi.enforcement.CaseView> columns(
			java.util.Map<UUID, String> partyNames, java.util.Map<String, String> violationTitles) {
		return org.shanzhi.shared.ListColumns.of(org.shanzhi.enforcement.CaseView.class)
			.text("number", "case.number", org.shanzhi.enforcement.CaseView::number)
			.plain("party", "case.party", c -> partyNames.get(c.partyId()))
			.plain("violation", "case.violation", c -> violationTitles.get(c.agencyId() + ":" + c.violationCode()))
			.time("occurredOn", "case.occurredOn", "yyyy-MM-dd", org.shanzhi.enforcement.CaseView::occurredOn)
			.plainCode("status", "case.status", "case.status.", org.shanzhi.enforcement.CaseView::status)
			.plainCode("treatment", "case.treatment", "treatment.",
					c -> c.decision() == null ? null : c.decision().treatment())
			.time("createdAt", "case.createdAt", "yyyy-MM-dd", org.shanzhi.enforcement.CaseView::createdAt);
	}

	@GetMapping
	String list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, page, columns(Map.of(), Map.of()), null);
		var result = cases.search(null, status, query.q(), named(query.q()), query.sort(), query.ascending(),
				query.page(), org.shanzhi.shared.ListPage.PAGE_SIZE);
		model.addAttribute("status", status);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("result", result);
		model.addAttribute("list",
				org.shanzhi.shared.ListPage.of(result, columns(Map.of(), Map.of()), query, "/cases/export.xlsx"));
		model.addAttribute("partyNames", parties
			.namesForDocument(result.items().stream().map(org.shanzhi.enforcement.CaseView::partyId).toList()));
		model.addAttribute("violationTitles", violationTitles(result.items()));
		return "cases/list";
	}

	/** The cases as searched, filtered and sorted, as Excel in words. */
	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, 0, columns(Map.of(), Map.of()), null);
		java.util.Collection<UUID> named = named(query.q());
		java.util.List<org.shanzhi.enforcement.CaseView> rows = org.shanzhi.shared.PageView
			.allPages(p -> cases.search(null, status, query.q(), named, query.sort(), query.ascending(), p,
					org.shanzhi.shared.PageView.MAX_SIZE));
		org.shanzhi.shared.ListExport.send(response, messages, "nav.cases",
				columns(parties
					.namesForDocument(rows.stream().map(org.shanzhi.enforcement.CaseView::partyId).distinct().toList()),
						violationTitles(rows)),
				rows);
	}

	private java.util.Collection<UUID> named(String q) {
		return q == null ? java.util.List.of() : parties.idsMatching(q, 200);
	}

	/** Each listed case's violation in words, keyed by agency and code. */
	private java.util.Map<String, String> violationTitles(java.util.List<org.shanzhi.enforcement.CaseView> items) {
		java.util.Map<String, String> titles = new java.util.HashMap<>();
		items.stream()
			.map(org.shanzhi.enforcement.CaseView::agencyId)
			.distinct()
			.forEach(agency -> violationTypes.titles(agency)
				.forEach((code, title) -> titles.put(agency + ":" + code, title)));
		return titles;
	}

	@GetMapping("/new")
	String newCase(@RequestParam UUID partyId, Model model) {
		LocalDate today = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);
		List<UUID> mine = accounts.officerOf(actors.current().accountId()).map(List::of).orElse(List.of());
		model.addAttribute("form", new OpenForm(partyId, null, today, "", CaseOrigin.INSPECTION, today, mine));
		return renderNew(partyId, model);
	}

	@PostMapping
	@SuccessNotice("notice.caseRegistered")
	String open(@Valid @ModelAttribute("form") OpenForm form, BindingResult errors, Model model,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		CaseView opened = FormErrors.attempt(errors,
				() -> cases.open(OpenCaseCommand.ordinary(form.partyId(), form.violationCode(), form.occurredOn(),
						form.facts(), form.origin(), null, List.of(), form.discoveredOn(),
						form.officerIds() == null ? List.of() : form.officerIds())));
		if (opened == null) {
			return renderNew(form.partyId(), model);
		}
		if (opened.status() == CaseStatus.OPEN) {
			// a head's own registration is its filing
			redirect.addFlashAttribute("flashNotice", messages.getMessage("notice.caseOpened", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		return "redirect:/cases/" + opened.id();
	}

	private String renderNew(UUID partyId, Model model) {
		model.addAttribute("party", parties.get(partyId));
		model.addAttribute("types", violationTypes.list(null));
		model.addAttribute("origins", CaseOrigin.values());
		model.addAttribute("officers", agencies.officersOf(actors.current().requireAgency()));
		return "cases/new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		return render(cases.get(id), model);
	}

	@PostMapping("/{id}/coercive-measures")
	String requestCoercive(@PathVariable UUID id, @Valid @ModelAttribute("coerciveForm") CoerciveForm form,
			BindingResult errors, Model model) {
		java.time.OffsetDateTime at = null;
		try {
			at = java.time.LocalDateTime.parse(form.scheduledAt())
				.atZone(org.shanzhi.shared.PeopleTime.ZONE)
				.toOffsetDateTime();
		}
		catch (RuntimeException ex) {
			errors.rejectValue("scheduledAt", "shanzhi.validation.type");
		}
		java.time.OffsetDateTime scheduledAt = at;
		var measure = FormErrors.attempt(errors,
				() -> coercive.request(new org.shanzhi.enforcement.RequestCoerciveMeasureCommand(id, form.kind(),
						scheduledAt, form.whyNonCoerciveInsufficient(), form.scope(),
						Boolean.TRUE.equals(form.urgent()), form.urgency())));
		if (measure == null) {
			model.addAttribute("coerciveOpen", true);
			return render(cases.get(id), model);
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/{id}/coercive-measures/{measureId}/approval")
	String approveCoercive(@PathVariable UUID id, @PathVariable UUID measureId, @RequestParam boolean approve,
			@RequestParam(required = false) String note) {
		coercive.decide(measureId, approve, note);
		return "redirect:/cases/" + id;
	}

	@PostMapping("/{id}/filing")
	@SuccessNotice("notice.caseFilingDecided")
	String file(@PathVariable UUID id, @RequestParam boolean approve, @RequestParam(required = false) String note,
			@RequestParam(required = false) String lateReason, Model model) {
		return attempt(id, model, () -> cases.file(id, approve, note, lateReason));
	}

	@PostMapping("/{id}/officers")
	String assignOfficer(@PathVariable UUID id, @RequestParam(required = false) UUID officerId, Model model) {
		return attempt(id, model, () -> {
			if (officerId == null) {
				throw new org.shanzhi.shared.FieldRejectedException("officerId", "required");
			}
			return cases.assignOfficer(id, officerId);
		});
	}

	@PostMapping("/{id}/officers/{officerId}/remove")
	String removeOfficer(@PathVariable UUID id, @PathVariable UUID officerId, Model model) {
		return attempt(id, model, () -> cases.removeOfficer(id, officerId));
	}

	@PostMapping("/{id}/officers/{officerId}/recusal")
	String applyForRecusal(@PathVariable UUID id, @PathVariable UUID officerId,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) org.shanzhi.enforcement.RecusalView.AppliedBy appliedBy, Model model) {
		return attempt(id, model, () -> cases.applyForRecusal(id, officerId, reason, appliedBy));
	}

	@PostMapping("/{id}/officers/{officerId}/recusal/decision")
	String decideRecusal(@PathVariable UUID id, @PathVariable UUID officerId, @RequestParam boolean approve,
			@RequestParam(required = false) String note, Model model) {
		return attempt(id, model, () -> cases.decideRecusal(id, officerId, approve, note));
	}

	/**
	 * A step of the case page: done, back to the case; refused, the case again with the
	 * refusal in words above its steps.
	 */
	private String attempt(UUID id, Model model, java.util.function.Supplier<?> step) {
		try {
			step.get();
			return "redirect:/cases/" + id;
		}
		catch (RuntimeException refused) {
			FormErrors.refusal(refused, model, "shanzhi.validation.invalid");
			return render(cases.get(id), model);
		}
	}

	private String render(CaseView c, Model model) {
		ViolationTypeView type = violationTypes.byId(c.violationTypeId()).orElseThrow();
		boolean shared = actors.isShared(c.agencyId());
		if (!shared) {
			ProcedureSteps.addTo(model, c, agencies, actors);
		}
		model.addAttribute("kase", c);
		model.addAttribute("myOfficerId", accounts.officerOf(actors.current().accountId()).orElse(null));
		if (actors.current().has(org.shanzhi.security.Role.AGENCY_HEAD)
				&& c.agencyId().equals(actors.current().agencyId())) {
			java.util.Set<UUID> onCase = new java.util.HashSet<>();
			c.officers().forEach(o -> onCase.add(o.officerId()));
			model.addAttribute("assignable",
					agencies.officersOf(c.agencyId()).stream().filter(o -> !onCase.contains(o.id())).toList());
		}
		model.addAttribute("party", parties.get(c.partyId()));
		model.addAttribute("type", type);
		model.addAttribute("harms", HarmLevel.values());
		model.addAttribute("treatments", Treatment.values());
		model.addAttribute("measures", coercive.ofCase(c.id()));
		model.addAttribute("coerciveKinds", org.shanzhi.enforcement.CoerciveKind.values());
		if (!model.containsAttribute("coerciveForm")) {
			model.addAttribute("coerciveForm",
					new CoerciveForm(org.shanzhi.enforcement.CoerciveKind.SEAL_UP, null, "", "", false, ""));
		}
		return "cases/show";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	@Bean
	static NavigationEntry casesNavigation() {
		return new NavigationEntry("nav.cases", "/cases", 30,
				Set.of("OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "SUPERVISOR"), "nav.group.enforcement");
	}

	record OpenForm(@NotNull UUID partyId, @NotBlank @Size(max = 40) String violationCode,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@NotBlank @Size(max = 4000) String facts, @NotNull CaseOrigin origin,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate discoveredOn, List<UUID> officerIds) {
	}

	record CoerciveForm(@NotNull org.shanzhi.enforcement.CoerciveKind kind,
			@NotBlank @Size(max = 20) String scheduledAt, @Size(max = 2000) String whyNonCoerciveInsufficient,
			@Size(max = 1000) String scope, Boolean urgent, @Size(max = 1000) String urgency) {
	}

}
