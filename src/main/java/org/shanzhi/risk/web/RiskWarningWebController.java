package org.shanzhi.risk.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.enforcement.InspectionView;
import org.shanzhi.enforcement.Inspections;
import org.shanzhi.guidance.GuidanceActView;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.guidance.GuidanceFilter;
import org.shanzhi.guidance.GuidanceForms;
import org.shanzhi.risk.Grade;
import org.shanzhi.risk.RiskWarningExport;
import org.shanzhi.risk.RiskWarnings;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.JsonNode;

/**
 * The early warnings on pages: the agency's list (filters, search by party name, sorting
 * by opening or deadline, paging, Excel export) and a warning's page with the party, what
 * raised it and the intervention proposed, where the officer records the intervention —
 * guidance given, an inspection made, or dismissed with the reason — after a
 * confirmation; a refused field shows its message beside it with what was typed kept.
 */
@Controller
@RequestMapping("/risk/warnings")
class RiskWarningWebController {

	static final java.time.ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	static final int PAGE_SIZE = 20;

	private final RiskWarnings warnings;

	private final RiskWarningExport export;

	private final GuidanceActs acts;

	private final GuidanceForms forms;

	private final Inspections inspections;

	private final Accounts accounts;

	private final org.shanzhi.directory.Agencies agencies;

	private final Actors actors;

	RiskWarningWebController(RiskWarnings warnings, RiskWarningExport export, GuidanceActs acts, GuidanceForms forms,
			Inspections inspections, Accounts accounts, org.shanzhi.directory.Agencies agencies, Actors actors) {
		this.warnings = warnings;
		this.export = export;
		this.acts = acts;
		this.forms = forms;
		this.inspections = inspections;
		this.accounts = accounts;
		this.agencies = agencies;
		this.actors = actors;
	}

	@GetMapping
	String list(@ModelAttribute("filter") ListForm filter, BindingResult ignored, Model model) {
		RiskWarnings.Sorting sorting = filter.sorting();
		var result = warnings.page(filter.toFilter(), sorting.spec(), Math.max(filter.getPage(), 0), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("sorting", sorting);
		// a column's header turns its order round, or starts it: the newest, the nearest
		// deadline first
		Map<String, String> sortLinks = new LinkedHashMap<>();
		sortLinks.put("openedAt", sorting.field().equals("openedAt") ? sorting.reversed().spec() : "openedAt,desc");
		sortLinks.put("expiresOn", sorting.field().equals("expiresOn") ? sorting.reversed().spec() : "expiresOn,asc");
		model.addAttribute("sortLinks", sortLinks);
		model.addAttribute("query", filter.query());
		model.addAttribute("statuses", RiskWarnings.Status.values());
		model.addAttribute("reasons", RiskWarnings.Reason.values());
		model.addAttribute("grades", Grade.values());
		model.addAttribute("today", LocalDate.now(ZONE));
		if (actors.current().seesAllAgencies()) {
			model.addAttribute("agencyNames", agencies.names());
		}
		return "risk/warnings";
	}

	@GetMapping("/export.xlsx")
	void exportList(@ModelAttribute("filter") ListForm filter, BindingResult ignored, HttpServletResponse response)
			throws IOException {
		RiskApiController.sendWarnings(export, filter.toFilter(), filter.sorting().spec(), response);
	}

	@GetMapping("/{id}")
	String warning(@PathVariable UUID id, Model model) {
		RiskWarnings.WarningView w = warnings.get(id);
		if (!model.containsAttribute("form")) {
			InterventionForm form = new InterventionForm();
			form.setForm(w.proposedForm());
			model.addAttribute("form", form);
		}
		return render(w, model);
	}

	@PostMapping("/{id}/intervention")
	String intervene(@PathVariable UUID id, @ModelAttribute("form") InterventionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		RiskWarnings.WarningView handled = attempt(errors, form, () -> warnings.intervene(id, form.toIntervention()));
		if (handled == null) {
			return render(warnings.get(id), model);
		}
		redirect.addFlashAttribute("handled", true);
		return "redirect:/risk/warnings/" + id;
	}

	private String render(RiskWarnings.WarningView w, Model model) {
		Actor me = actors.current();
		boolean mayAct = w.status() == RiskWarnings.Status.OPEN && me.hasAny(Role.OFFICER, Role.AGENCY_HEAD)
				&& w.agencyId().equals(me.agencyId());
		model.addAttribute("w", w);
		model.addAttribute("today", LocalDate.now(ZONE));
		model.addAttribute("mayAct", mayAct);
		model.addAttribute("factors", factors(w.factors()));
		model.addAttribute("agencyName", agencies.names().get(w.agencyId()));
		Map<String, String> formNames = new LinkedHashMap<>();
		for (GuidanceForms.FormInfo f : forms.available(w.agencyId())) {
			formNames.put(f.code(), f.statutory() ? null : f.name());
		}
		model.addAttribute("formNames", formNames);
		if (mayAct) {
			model.addAttribute("outcomes", RiskWarnings.Outcome.values());
			model.addAttribute("partyActs", acts.all(GuidanceFilter.ofParty(w.partyId()), 50));
			model.addAttribute("partyInspections", inspections.ofParty(w.partyId()));
		}
		if (w.interventionActId() != null) {
			model.addAttribute("act", readable(() -> acts.get(w.interventionActId())));
		}
		if (w.interventionInspectionId() != null) {
			model.addAttribute("inspection", readable(() -> inspections.get(w.interventionInspectionId())));
		}
		if (w.handledBy() != null) {
			model.addAttribute("handledBy", accounts.displayNames(List.of(w.handledBy())).get(w.handledBy()));
		}
		return "risk/warning";
	}

	/**
	 * The record if the reader may read it, else {@code null} (shown as not available).
	 */
	private static <T> T readable(java.util.function.Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (org.shanzhi.shared.NotFoundException | org.springframework.security.access.AccessDeniedException ex) {
			return null;
		}
	}

	/** The factors that raised the score, as (indicator, contribution) pairs. */
	private static List<Map<String, Object>> factors(JsonNode factors) {
		List<Map<String, Object>> list = new ArrayList<>();
		if (factors != null && factors.isArray()) {
			for (JsonNode f : factors) {
				if (f.hasNonNull("name")) {
					list.add(Map.of("name", f.get("name").asString(), "contribution",
							f.path("contribution").asDouble()));
				}
			}
		}
		return list;
	}

	/**
	 * Runs the intervention; a refusal becomes an error of its field where it has one
	 * (the inspection a rule asks for, the form, the note), above the form otherwise.
	 */
	static <T> T attempt(BindingResult errors, InterventionForm form, java.util.function.Supplier<T> action) {
		if (form.getOutcome() == null) {
			errors.rejectValue("outcome", "shanzhi.validation.required");
		}
		if (form.getNote() == null || form.getNote().isBlank()) {
			errors.rejectValue("note", "shanzhi.validation.required");
		}
		else if (form.getNote().length() > 2000) {
			errors.rejectValue("note", "shanzhi.rows.too-long", new Object[] { 2000 }, "≤ 2000");
		}
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return action.get();
		}
		catch (FieldRejectedException ex) {
			if (Set.of("form", "note", "actId", "inspectionId", "outcome").contains(ex.field())) {
				errors.rejectValue(ex.field(), "shanzhi.validation." + ex.code());
			}
			else {
				errors.reject("shanzhi.validation." + ex.code(), new Object[] { ex.field() }, ex.code());
			}
		}
		catch (RuleViolationException ex) {
			String field = switch (ex.rule()) {
				case "intervention-needs-inspection" -> "inspectionId";
				case "intervention-act-of-other-party" ->
					form.getInspectionId() != null && form.getOutcome() == RiskWarnings.Outcome.INSPECTION
							? "inspectionId" : "actId";
				default -> null;
			};
			if (field != null) {
				errors.rejectValue(field, "shanzhi.rule." + ex.rule(), ex.getDetailMessageArguments(), ex.rule());
			}
			else {
				errors.reject("shanzhi.rule." + ex.rule(), ex.getDetailMessageArguments(), ex.rule());
			}
		}
		catch (jakarta.validation.ConstraintViolationException ex) {
			org.shanzhi.shared.FormErrors.rejectViolations(errors, ex);
		}
		return null;
	}

	/** The filters, order and page of the list, as the page's form sends them. */
	public static class ListForm {

		private RiskWarnings.Status status;

		private RiskWarnings.Reason reason;

		private Grade grade;

		private String q;

		private boolean overdue;

		private String sort;

		private int page;

		RiskWarnings.Filter toFilter() {
			String query = q == null || q.isBlank() ? null : q.strip();
			if (query != null && query.length() > 100) {
				query = query.substring(0, 100);
			}
			return new RiskWarnings.Filter(status, reason, grade, null, query, overdue ? Boolean.TRUE : null);
		}

		/** The order asked for; one the list does not know is the default. */
		RiskWarnings.Sorting sorting() {
			try {
				return RiskWarnings.Sorting.parse(sort);
			}
			catch (FieldRejectedException ex) {
				return RiskWarnings.Sorting.DEFAULT;
			}
		}

		/** The filters as a query string (without order and page), for the links. */
		public String query() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("status", status);
			m.put("reason", reason);
			m.put("grade", grade);
			m.put("q", q);
			m.put("overdue", overdue ? "true" : null);
			List<String> parts = new ArrayList<>();
			m.forEach((k, v) -> {
				if (v != null && !v.toString().isBlank()) {
					parts.add(k + "="
							+ java.net.URLEncoder.encode(v.toString(), java.nio.charset.StandardCharsets.UTF_8));
				}
			});
			return String.join("&", parts);
		}

		public RiskWarnings.Status getStatus() {
			return status;
		}

		public void setStatus(RiskWarnings.Status status) {
			this.status = status;
		}

		public RiskWarnings.Reason getReason() {
			return reason;
		}

		public void setReason(RiskWarnings.Reason reason) {
			this.reason = reason;
		}

		public Grade getGrade() {
			return grade;
		}

		public void setGrade(Grade grade) {
			this.grade = grade;
		}

		public String getQ() {
			return q;
		}

		public void setQ(String q) {
			this.q = q;
		}

		public boolean isOverdue() {
			return overdue;
		}

		public void setOverdue(boolean overdue) {
			this.overdue = overdue;
		}

		public String getSort() {
			return sort;
		}

		public void setSort(String sort) {
			this.sort = sort;
		}

		public int getPage() {
			return page;
		}

		public void setPage(int page) {
			this.page = page;
		}

	}

	/** The fields of the intervention form. */
	public static class InterventionForm {

		private RiskWarnings.Outcome outcome = RiskWarnings.Outcome.GUIDANCE_GIVEN;

		private String form;

		private UUID actId;

		private UUID inspectionId;

		private String note;

		RiskWarnings.Intervention toIntervention() {
			boolean guidance = outcome == RiskWarnings.Outcome.GUIDANCE_GIVEN;
			boolean inspection = outcome == RiskWarnings.Outcome.INSPECTION;
			String f = form == null || form.isBlank() ? null : form.strip();
			return new RiskWarnings.Intervention(guidance ? f : null, note, guidance || inspection ? actId : null,
					outcome, inspection ? inspectionId : null);
		}

		public RiskWarnings.Outcome getOutcome() {
			return outcome;
		}

		public void setOutcome(RiskWarnings.Outcome outcome) {
			this.outcome = outcome;
		}

		public String getForm() {
			return form;
		}

		public void setForm(String form) {
			this.form = form;
		}

		public UUID getActId() {
			return actId;
		}

		public void setActId(UUID actId) {
			this.actId = actId;
		}

		public UUID getInspectionId() {
			return inspectionId;
		}

		public void setInspectionId(UUID inspectionId) {
			this.inspectionId = inspectionId;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	@Bean
	static NavigationEntry riskWarningsNavigation() {
		return new NavigationEntry("nav.riskWarnings", "/risk/warnings", 39,
				Set.of("OFFICER", "AGENCY_HEAD", "SUPERVISOR"), "nav.group.risk");
	}

}
