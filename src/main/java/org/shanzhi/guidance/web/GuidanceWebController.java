package org.shanzhi.guidance.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.guidance.ActStatus;
import org.shanzhi.guidance.Channel;
import org.shanzhi.guidance.DocumentForm;
import org.shanzhi.guidance.FollowUpResult;
import org.shanzhi.guidance.FollowUpView;
import org.shanzhi.guidance.FollowUps;
import org.shanzhi.guidance.GiveGuidanceCommand;
import org.shanzhi.guidance.GuidanceActView;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.guidance.GuidanceDocuments;
import org.shanzhi.guidance.GuidanceExport;
import org.shanzhi.guidance.GuidanceFilter;
import org.shanzhi.guidance.GuidanceForm;
import org.shanzhi.guidance.GuidanceForms;
import org.shanzhi.guidance.OutcomeCommand;
import org.shanzhi.guidance.Principle;
import org.shanzhi.guidance.RectificationInput;
import org.shanzhi.guidance.RespondCommand;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.ListColumns;
import org.shanzhi.shared.ListPage;
import org.shanzhi.shared.ListQuery;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.RecordSection;
import org.shanzhi.shared.RuleViolationException;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's pages of guidance: the list with filters, full-text search and export;
 * giving guidance in any form (the form's own fields swap in as the form is chosen); the
 * act's page with its document, the party's response, the rectification outcome and the
 * follow-up visits; the visits due; the head's queue of conduct complaints; and the
 * sections other pages show (party, case, dashboard).
 */
@Controller
@RequestMapping("/guidance")
class GuidanceWebController {

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final GuidanceActs acts;

	private final FollowUps followUps;

	private final GuidanceForms forms;

	private final GuidanceDocuments documents;

	private final GuidanceExport export;

	private final Parties parties;

	private final ViolationTypes violationTypes;

	private final WorkingDays workingDays;

	private final Accounts accounts;

	private final Actors actors;

	private final org.shanzhi.enforcement.EnforcementCases cases;

	private final org.shanzhi.directory.Agencies agencies;

	GuidanceWebController(GuidanceActs acts, FollowUps followUps, GuidanceForms forms, GuidanceDocuments documents,
			GuidanceExport export, Parties parties, ViolationTypes violationTypes, WorkingDays workingDays,
			Accounts accounts, Actors actors, org.shanzhi.enforcement.EnforcementCases cases,
			org.shanzhi.directory.Agencies agencies) {
		this.agencies = agencies;
		this.cases = cases;
		this.acts = acts;
		this.followUps = followUps;
		this.forms = forms;
		this.documents = documents;
		this.export = export;
		this.parties = parties;
		this.violationTypes = violationTypes;
		this.workingDays = workingDays;
		this.accounts = accounts;
		this.actors = actors;
	}

	/** The list's columns: the sortable ones, and the rest as the page shows them. */
	static final ListColumns<GuidanceActView> COLUMNS = ListColumns.of(GuidanceActView.class)
		.time("issuedOn", "guidance.issuedOn", "yyyy-MM-dd", GuidanceActView::issuedOn)
		.plain("form", "guidance.form", GuidanceActView::form)
		.text("subject", "guidance.subject", GuidanceActView::subject)
		.text("party", "guidance.party", GuidanceActView::partyName)
		.plainCode("status", "guidance.status", "guidance.status.", GuidanceActView::status)
		.plain("officer", "guidance.officer", GuidanceActView::officerId);

	@GetMapping
	String list(@ModelAttribute("filter") ListFilter filter, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ListQuery query = ListQuery.parse(filter.getQ(), sort, page, COLUMNS, null);
		var result = acts.search(filter.toFilter(actors.current()), query.sort(), query.ascending(), query.page(),
				ListPage.PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("list", ListPage.of(result, COLUMNS, query, "/guidance/export.xlsx"));
		model.addAttribute("officers", officerNames(result.items()));
		model.addAttribute("statuses", ActStatus.values());
		model.addAttribute("categories", PartyCategory.values());
		model.addAttribute("forms", forms.available(actors.current().agencyId()));
		model.addAttribute("query", filter.query());
		if (actors.current().seesAllAgencies()) {
			java.util.Map<UUID, String> names = new java.util.HashMap<>();
			agencies.all().forEach(a -> names.put(a.id(), a.name()));
			model.addAttribute("agencyNames", names);
		}
		if (htmx != null) {
			return "guidance/list :: results";
		}
		model.addAttribute("stats", acts.statistics(filter.from(), filter.to()));
		return "guidance/list";
	}

	@GetMapping("/export.xlsx")
	void exportList(@ModelAttribute("filter") ListFilter filter, @RequestParam(required = false) String sort,
			HttpServletResponse response) throws IOException {
		ListQuery query = ListQuery.parse(filter.getQ(), sort, 0, COLUMNS, null);
		sendExcel(export, filter.toFilter(actors.current()), query, response);
	}

	static void sendExcel(GuidanceExport export, GuidanceFilter filter, HttpServletResponse response)
			throws IOException {
		sendExcel(export, filter, new ListQuery(null, null, false, 0), response);
	}

	static void sendExcel(GuidanceExport export, GuidanceFilter filter, ListQuery order, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment()
					.filename("guidance-" + LocalDate.now(ZONE) + ".xlsx")
					.build()
					.toString());
		export.export(filter, order.sort(), order.ascending(), LocaleContextHolder.getLocale(),
				response.getOutputStream());
	}

	@GetMapping("/new")
	String newAct(@RequestParam UUID partyId, @RequestParam(required = false) UUID caseId,
			@RequestParam(required = false) UUID inspectionId, @RequestParam(required = false) String form,
			Model model) {
		ActForm f = new ActForm();
		f.setPartyId(partyId);
		f.setCaseId(caseId);
		f.setInspectionId(inspectionId);
		f.setForm(form == null ? GuidanceForm.REMIND.name() : form);
		f.setDocumentForm(DocumentForm.WRITTEN);
		f.setChannel(Channel.IN_PERSON);
		f.setPrinciples(EnumSet.allOf(Principle.class));
		model.addAttribute("form", f);
		return renderNew(f, model);
	}

	/** The fields of the chosen form (htmx swaps them in as the form changes). */
	@GetMapping("/new/fields")
	String fields(@RequestParam String form, Model model) {
		ActForm f = new ActForm();
		f.setForm(form);
		model.addAttribute("form", f);
		model.addAttribute("fields", fieldsOf(form));
		model.addAttribute("detailsBound", false);
		return "guidance/new :: details";
	}

	@PostMapping
	@SuccessNotice("notice.recorded")
	String give(@ModelAttribute("form") ActForm form, BindingResult errors, Model model) {
		GuidanceActView given = attempt(errors, () -> acts.give(form.toCommand(workingDays)));
		if (given == null) {
			return renderNew(form, model);
		}
		return "redirect:/guidance/" + given.id();
	}

	private String renderNew(ActForm f, Model model) {
		model.addAttribute("party", parties.get(f.getPartyId()));
		model.addAttribute("detailsBound", true);
		model.addAttribute("forms", forms.available(actors.current().agencyId()));
		model.addAttribute("fields", fieldsOf(f.getForm()));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("principles", Principle.values());
		var types = violationTypes.list(null);
		model.addAttribute("types", types);
		// the laws of the agency's catalogue, offered as the officer types the legal
		// basis
		model.addAttribute("laws", types.stream().map(t -> t.legalBasis().law()).distinct().sorted().toList());
		return "guidance/new";
	}

	private List<GuidanceForm.FieldSpec> fieldsOf(String form) {
		return forms.find(actors.current().agencyId(), form).map(GuidanceForms.FormInfo::fields).orElse(List.of());
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		return render(acts.get(id), model);
	}

	private String render(GuidanceActView act, Model model) {
		model.addAttribute("act", act);
		model.addAttribute("party", parties.get(act.partyId()));
		var form = forms.find(actors.current().agencyId(), act.form());
		model.addAttribute("fields", form.map(GuidanceForms.FormInfo::fields).orElse(List.of()));
		model.addAttribute("formName", form.filter(f -> !f.statutory()).map(GuidanceForms.FormInfo::name).orElse(null));
		model.addAttribute("followUps", acts.followUpsOf(act.id()));
		model.addAttribute("visits", acts.visitsOf(act.id()));
		model.addAttribute("officer", accounts.displayNames(List.of(act.officerId())).get(act.officerId()));
		model.addAttribute("today", LocalDate.now(ZONE));
		model.addAttribute("types", violationTypes.list(act.agencyId()));
		return "guidance/show";
	}

	@GetMapping("/{id}/document.pdf")
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		GuidanceDocuments.Pdf pdf = documents.pdf(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline().filename(pdf.fileName()).build().toString())
			.body(pdf.content());
	}

	@PostMapping("/{id}/response")
	String respond(@PathVariable UUID id, @RequestParam boolean accepted, @RequestParam(required = false) String note,
			Model model) {
		model.addAttribute("refusedForm", "response");
		return act(id, model, () -> acts.respond(id, new RespondCommand(accepted, note, null)));
	}

	@PostMapping("/{id}/rectification-outcome")
	String outcome(@PathVariable UUID id, @RequestParam boolean corrected, @RequestParam(required = false) String note,
			@RequestParam(required = false) String violationCode, Model model) {
		GuidanceActView[] done = new GuidanceActView[1];
		model.addAttribute("refusedForm", "outcome");
		String view = act(id, model, () -> done[0] = acts.recordOutcome(id,
				new OutcomeCommand(corrected, note, blankToNull(violationCode))));
		if (done[0] != null && done[0].escalatedCaseId() != null) {
			return "redirect:/cases/" + done[0].escalatedCaseId();
		}
		return view;
	}

	@PostMapping("/{id}/follow-ups")
	String requestFollowUp(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			Model model) {
		return act(id, model, () -> {
			acts.requestFollowUp(id, dueOn);
			return null;
		});
	}

	/** Runs an action of the act's page; a refusal shows on the page with its rule. */
	private String act(UUID id, Model model, java.util.function.Supplier<Object> action) {
		try {
			action.get();
			return "redirect:/guidance/" + id;
		}
		catch (RuntimeException ex) {
			// each refused field's own message beside it (refusedFields), what was typed
			// kept (the page shows the request's parameters again)
			org.shanzhi.shared.FormErrors.refusal(ex, model, "guidance.incomplete");
			if (ex instanceof RuleViolationException r && "escalation-needs-violation-code".equals(r.rule())) {
				model.addAttribute(org.shanzhi.shared.FormErrors.REFUSED_FIELDS,
						java.util.Map.of("violationCode", new org.shanzhi.shared.FormErrors.FieldMessage(
								"shanzhi.rule." + r.rule(), r.getDetailMessageArguments(), null)));
			}
			return render(acts.get(id), model);
		}
	}

	@PostMapping("/reminders/{id}/dismiss")
	@SuccessNotice("notice.dismissed")
	String dismiss(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		followUps.dismissReminder(id);
		return htmx != null ? dashboard(model) : "redirect:/";
	}

	/** The guidance sections of other pages (htmx fragments). */
	@GetMapping("/sections/party/{id}")
	String ofParty(@PathVariable UUID id, Model model) {
		model.addAttribute("acts", acts.search(GuidanceFilter.ofParty(id), 0, 50).items());
		model.addAttribute("newLink", "/guidance/new?partyId=" + id);
		return "guidance/fragments :: acts";
	}

	@GetMapping("/sections/case/{id}")
	String ofCase(@PathVariable UUID id, Model model) {
		model.addAttribute("acts", acts.search(GuidanceFilter.ofCase(id), 0, 50).items());
		var kase = cases.get(id);
		model.addAttribute("newLink", "/guidance/new?partyId=" + kase.partyId() + "&caseId=" + id);
		return "guidance/fragments :: acts";
	}

	@GetMapping("/sections/dashboard")
	String dashboard(Model model) {
		Actor me = actors.current();
		model.addAttribute("stats", acts.statistics(null, null));
		model.addAttribute("reminders", followUps.myReminders());
		model.addAttribute("overdue",
				acts.search(new GuidanceFilter(null, null, null,
						me.has(org.shanzhi.security.Role.OFFICER) ? me.accountId() : null, null, null, null, null, true,
						null, null, null), 0, 10)
					.items());
		model.addAttribute("today", LocalDate.now(ZONE));
		return "guidance/fragments :: dashboard";
	}

	private Map<UUID, String> officerNames(List<GuidanceActView> items) {
		List<UUID> ids = items.stream().map(GuidanceActView::officerId).distinct().toList();
		return ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
	}

	/**
	 * Runs a form's action; a refusal becomes an error of the form's field where it has
	 * one ({@code details.x} is {@code details[x]}, {@code rectification.x} is
	 * {@code x}), above the form otherwise.
	 */
	static <T> T attempt(BindingResult errors, java.util.function.Supplier<T> action) {
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return action.get();
		}
		catch (FieldRejectedException ex) {
			String field = ex.field();
			if (field.startsWith("details.")) {
				field = "details[" + field.substring(8) + "]";
			}
			else if (field.startsWith("rectification.")) {
				field = field.substring(14);
			}
			else if (field.startsWith("followUp.")) {
				field = field.substring(9);
			}
			try {
				errors.rejectValue(field, "shanzhi.validation." + ex.code());
			}
			catch (RuntimeException notAField) {
				errors.reject("shanzhi.validation." + ex.code(), new Object[] { ex.field() }, ex.code());
			}
		}
		catch (RuleViolationException ex) {
			errors.reject("shanzhi.rule." + ex.rule(), ex.getDetailMessageArguments(), ex.rule());
		}
		catch (jakarta.validation.ConstraintViolationException ex) {
			org.shanzhi.shared.FormErrors.rejectViolations(errors, ex);
		}
		return null;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String limit(String s, int max) {
		return s == null ? null : s.length() > max ? s.substring(0, max) : s;
	}

	@Bean
	static NavigationEntry guidanceNavigation() {
		return new NavigationEntry("nav.guidance", "/guidance", 25,
				Set.of("OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "SUPERVISOR"), "nav.group.service");
	}

	@Bean
	static RecordSection partyGuidanceSection() {
		return new RecordSection("PARTY", "guidance.section", "/guidance/sections/party/{id}", 10,
				Set.of("OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "MEDIATOR", "SUPERVISOR", "ADMIN"));
	}

	@Bean
	static RecordSection caseGuidanceSection() {
		return new RecordSection("ENFORCEMENT_CASE", "guidance.section", "/guidance/sections/case/{id}", 10,
				Set.of("OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "SUPERVISOR", "ADMIN"));
	}

	@Bean
	static RecordSection dashboardGuidanceSection() {
		return new RecordSection("DASHBOARD", "guidance.dashboard", "/guidance/sections/dashboard", 10,
				Set.of("OFFICER", "AGENCY_HEAD", "SUPERVISOR"));
	}

	/** The list's filters, as query parameters. */
	public static class ListFilter {

		private String form;

		private ActStatus status;

		private boolean mine;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate from;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate to;

		private String category;

		private String q;

		private boolean overdue;

		GuidanceFilter toFilter(Actor me) {
			return new GuidanceFilter(null, blankToNull(form), status, mine ? me.accountId() : null, from, to,
					blankToNull(category), q == null ? null : limit(q, 200), overdue ? Boolean.TRUE : null, null, null,
					null);
		}

		/** The filters as a query string, for the export link and the pages. */
		public String query() {
			List<String> parts = new ArrayList<>();
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("form", form);
			m.put("status", status);
			m.put("mine", mine ? "true" : null);
			m.put("from", from);
			m.put("to", to);
			m.put("category", category);
			m.put("q", q);
			m.put("overdue", overdue ? "true" : null);
			m.forEach((k, v) -> {
				if (v != null && !v.toString().isBlank()) {
					parts.add(k + "="
							+ java.net.URLEncoder.encode(v.toString(), java.nio.charset.StandardCharsets.UTF_8));
				}
			});
			return String.join("&", parts);
		}

		public String getForm() {
			return form;
		}

		public void setForm(String form) {
			this.form = form;
		}

		public ActStatus getStatus() {
			return status;
		}

		public void setStatus(ActStatus status) {
			this.status = status;
		}

		public boolean isMine() {
			return mine;
		}

		public void setMine(boolean mine) {
			this.mine = mine;
		}

		public LocalDate getFrom() {
			return from;
		}

		public void setFrom(LocalDate from) {
			this.from = from;
		}

		public LocalDate getTo() {
			return to;
		}

		public void setTo(LocalDate to) {
			this.to = to;
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(String category) {
			this.category = category;
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

		LocalDate from() {
			return from;
		}

		LocalDate to() {
			return to;
		}

	}

	/** The form of a new act. */
	public static class ActForm {

		private UUID partyId;

		private String form;

		private DocumentForm documentForm;

		private Channel channel;

		private String subject;

		private String content;

		private String law;

		private String article;

		private String law2;

		private String article2;

		private Set<Principle> principles = EnumSet.noneOf(Principle.class);

		private Map<String, String> details = new LinkedHashMap<>();

		private UUID caseId;

		private UUID inspectionId;

		private boolean rectify;

		private String requirement;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate deadline;

		private Integer workingDays;

		private String violationCode;

		private boolean major;

		private boolean complex;

		GiveGuidanceCommand toCommand(WorkingDays calendar) {
			List<LegalBasis> bases = new ArrayList<>();
			if (!isBlank(law) || !isBlank(article)) {
				bases.add(new LegalBasis(strip(law), strip(article)));
			}
			if (!isBlank(law2) || !isBlank(article2)) {
				bases.add(new LegalBasis(strip(law2), strip(article2)));
			}
			RectificationInput rect = null;
			if (rectify) {
				LocalDate due = deadline;
				if (due == null && workingDays != null) {
					if (workingDays < 1 || workingDays > 365) {
						throw new FieldRejectedException("workingDays", "range");
					}
					due = calendar.plusWorkingDays(LocalDate.now(ZONE), workingDays);
				}
				if (due == null) {
					throw new FieldRejectedException("deadline", "required");
				}
				if (isBlank(requirement)) {
					throw new FieldRejectedException("requirement", "required");
				}
				rect = new RectificationInput(strip(requirement), due, blankToNull(violationCode));
			}
			Map<String, String> filled = new LinkedHashMap<>();
			details.forEach((k, v) -> {
				if (v != null && !v.isBlank()) {
					filled.put(k, v);
				}
			});
			return new GiveGuidanceCommand(partyId, form, documentForm, channel, strip(subject), strip(content), bases,
					principles, filled, null, inspectionId, caseId, null, null, rect, null, major, complex);
		}

		private static boolean isBlank(String s) {
			return s == null || s.isBlank();
		}

		private static String strip(String s) {
			return s == null ? null : s.strip();
		}

		public UUID getPartyId() {
			return partyId;
		}

		public void setPartyId(UUID partyId) {
			this.partyId = partyId;
		}

		public String getForm() {
			return form;
		}

		public void setForm(String form) {
			this.form = form;
		}

		public DocumentForm getDocumentForm() {
			return documentForm;
		}

		public void setDocumentForm(DocumentForm documentForm) {
			this.documentForm = documentForm;
		}

		public Channel getChannel() {
			return channel;
		}

		public void setChannel(Channel channel) {
			this.channel = channel;
		}

		public String getSubject() {
			return subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

		public String getContent() {
			return content;
		}

		public void setContent(String content) {
			this.content = content;
		}

		public String getLaw() {
			return law;
		}

		public void setLaw(String law) {
			this.law = law;
		}

		public String getArticle() {
			return article;
		}

		public void setArticle(String article) {
			this.article = article;
		}

		public String getLaw2() {
			return law2;
		}

		public void setLaw2(String law2) {
			this.law2 = law2;
		}

		public String getArticle2() {
			return article2;
		}

		public void setArticle2(String article2) {
			this.article2 = article2;
		}

		public Set<Principle> getPrinciples() {
			return principles;
		}

		public void setPrinciples(Set<Principle> principles) {
			this.principles = principles;
		}

		public Map<String, String> getDetails() {
			return details;
		}

		public void setDetails(Map<String, String> details) {
			this.details = details;
		}

		public UUID getCaseId() {
			return caseId;
		}

		public void setCaseId(UUID caseId) {
			this.caseId = caseId;
		}

		public UUID getInspectionId() {
			return inspectionId;
		}

		public void setInspectionId(UUID inspectionId) {
			this.inspectionId = inspectionId;
		}

		public boolean isRectify() {
			return rectify;
		}

		public void setRectify(boolean rectify) {
			this.rectify = rectify;
		}

		public String getRequirement() {
			return requirement;
		}

		public void setRequirement(String requirement) {
			this.requirement = requirement;
		}

		public LocalDate getDeadline() {
			return deadline;
		}

		public void setDeadline(LocalDate deadline) {
			this.deadline = deadline;
		}

		public Integer getWorkingDays() {
			return workingDays;
		}

		public void setWorkingDays(Integer workingDays) {
			this.workingDays = workingDays;
		}

		public String getViolationCode() {
			return violationCode;
		}

		public void setViolationCode(String violationCode) {
			this.violationCode = violationCode;
		}

		public boolean isMajor() {
			return major;
		}

		public void setMajor(boolean major) {
			this.major = major;
		}

		public boolean isComplex() {
			return complex;
		}

		public void setComplex(boolean complex) {
			this.complex = complex;
		}

	}

}
