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
import org.shanzhi.directory.Agencies;
import org.shanzhi.guidance.ConductComplaintView;
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
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.RecordSection;
import org.shanzhi.shared.RuleViolationException;
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
import org.shanzhi.shared.PeopleTime;

/**
 * Follow-up visits after guidance (due visits, recording a visit) and the conduct
 * complaints they raise: {@code /guidance/follow-ups}, {@code /guidance/complaints}.
 */
@Controller
@RequestMapping("/guidance")
class FollowUpWebController {

	private final GuidanceActs acts;

	private final FollowUps followUps;

	private final WorkingDays workingDays;

	private final Accounts accounts;

	private final org.springframework.context.MessageSource messages;

	private final Agencies agencies;

	private final org.shanzhi.guidance.CaseFollowUps caseFollowUps;

	FollowUpWebController(GuidanceActs acts, FollowUps followUps, WorkingDays workingDays, Accounts accounts,
			Agencies agencies, org.springframework.context.MessageSource messages,
			org.shanzhi.guidance.CaseFollowUps caseFollowUps) {
		this.caseFollowUps = caseFollowUps;
		this.messages = messages;
		this.agencies = agencies;
		this.acts = acts;
		this.followUps = followUps;
		this.workingDays = workingDays;
		this.accounts = accounts;
	}

	/** The columns of the visits due, for the page and its export. */
	static final org.shanzhi.shared.ListColumns<FollowUpView> DUE_COLUMNS = org.shanzhi.shared.ListColumns
		.of(FollowUpView.class)
		.time("dueOn", "guidance.dueOnLabel", "yyyy-MM-dd", FollowUpView::dueOn)
		.text("party", "guidance.party", FollowUpView::partyName)
		.text("subject", "guidance.subject", FollowUpView::actSubject)
		.plainCode("reason", "guidance.followUp.reason", "guidance.followUp.reason.", FollowUpView::reason);

	@GetMapping("/follow-ups")
	String dueVisits(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, Model model) {
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, page, DUE_COLUMNS, "dueOn,asc");
		model.addAttribute("list", org.shanzhi.shared.ListPage.inMemory(due(), DUE_COLUMNS, query,
				FollowUpWebController::searchable, "/guidance/follow-ups/export.xlsx"));
		model.addAttribute("today", LocalDate.now(PeopleTime.ZONE));
		return "guidance/follow-ups";
	}

	@GetMapping("/follow-ups/export.xlsx")
	void dueVisitsExport(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, 0, DUE_COLUMNS, "dueOn,asc");
		org.shanzhi.shared.ListExport.send(response, messages, "nav.followUps", DUE_COLUMNS,
				org.shanzhi.shared.ListPage.arrange(due(), DUE_COLUMNS, query, FollowUpWebController::searchable));
	}

	/** The visits due within ten working days, and those overdue. */
	private List<FollowUpView> due() {
		return followUps.due(workingDays.plusWorkingDays(LocalDate.now(PeopleTime.ZONE), 10));
	}

	private static String searchable(FollowUpView f) {
		return f.partyName() + " " + f.actSubject();
	}

	@GetMapping("/follow-ups/{id}")
	String visit(@PathVariable UUID id, Model model) {
		FollowUpView f = followUps.get(id);
		if (!model.containsAttribute("visit")) {
			VisitForm v = new VisitForm();
			v.setChannel(Channel.IN_PERSON);
			v.setVisitedOn(LocalDate.now(PeopleTime.ZONE));
			v.setSatisfaction(5);
			v.setConductLawful(true);
			v.setConductCivil(true);
			model.addAttribute("visit", v);
		}
		// a case's visit (回访 of a decision) has no act: its officer is the follow-up's
		GuidanceActView subject = f.caseId() == null ? acts.get(f.actId()) : null;
		if (visit(model).getComplaintAgainst() == null) {
			visit(model).setComplaintAgainst(List.of(subject == null ? f.officerId() : subject.officerId()));
		}
		model.addAttribute("followUp", f);
		model.addAttribute("subject", subject);
		// whom a complaint may name (被投诉人): the agency's officers, by name
		model.addAttribute("officers", accounts.officersOf(f.agencyId()));
		model.addAttribute("channels", Channel.values());
		return "guidance/visit";
	}

	private static VisitForm visit(Model model) {
		return (VisitForm) model.getAttribute("visit");
	}

	@PostMapping("/follow-ups/{id}")
	String recordVisit(@PathVariable UUID id, @ModelAttribute("visit") VisitForm visit, BindingResult errors,
			Model model) {
		if (caseFollowUps.isCaseVisit(id)) {
			FollowUpView visited = GuidanceWebController.attempt(errors,
					() -> caseFollowUps.record(id, visit.toCommand()));
			return visited == null ? visit(id, model) : "redirect:/cases/" + visited.caseId();
		}
		GuidanceActView done = GuidanceWebController.attempt(errors,
				() -> followUps.recordResult(id, visit.toCommand()));
		if (done == null) {
			return visit(id, model);
		}
		return "redirect:/guidance/" + done.id();
	}

	@GetMapping("/complaints")
	String complaints(Model model) {
		var list = followUps.complaints(false);
		model.addAttribute("complaints", list);
		// whom each is about (被投诉人); complaints raised before they were named: the
		// officer of the visited act
		List<UUID> ids = list.stream()
			.filter(c -> c.against().isEmpty())
			.map(ConductComplaintView::officerId)
			.distinct()
			.toList();
		Map<UUID, String> officers = ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
		Map<UUID, String> against = new java.util.HashMap<>();
		list.forEach(c -> against.put(c.id(),
				c.against().isEmpty() ? officers.getOrDefault(c.officerId(), "") : c.againstNames()));
		model.addAttribute("against", against);
		model.addAttribute("agencyNames", agencies.names());
		return "guidance/complaints";
	}

	@PostMapping("/complaints/{id}")
	String handleComplaint(@PathVariable UUID id, @RequestParam(required = false) String note, Model model) {
		try {
			followUps.handle(id, GuidanceWebController.limit(note, 2000));
			return "redirect:/guidance/complaints";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("refusal", "shanzhi.rule." + ex.rule());
			return complaints(model);
		}
	}

	@Bean
	static NavigationEntry followUpNavigation() {
		return new NavigationEntry("nav.followUps", "/guidance/follow-ups", 26, Set.of("OFFICER", "AGENCY_HEAD"),
				"nav.group.service");
	}

	@Bean
	static NavigationEntry complaintsNavigation() {
		return new NavigationEntry("nav.complaints", "/guidance/complaints", 27, Set.of("AGENCY_HEAD", "SUPERVISOR"),
				"nav.group.service");
	}

	/** The form of a follow-up visit's result. */
	public static class VisitForm {

		private Channel channel;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate visitedOn;

		private String content;

		private Boolean rectificationHeld;

		private boolean conductLawful;

		private boolean conductCivil;

		private boolean favourRequested;

		private Integer satisfaction;

		private String partyViews;

		private String complaint;

		private List<UUID> complaintAgainst;

		FollowUps.VisitCommand toCommand() {
			return new FollowUps.VisitCommand(channel, visitedOn, content,
					new FollowUpResult(rectificationHeld, conductLawful, conductCivil, favourRequested, satisfaction,
							partyViews, complaint, complaintAgainst));
		}

		public List<UUID> getComplaintAgainst() {
			return complaintAgainst;
		}

		public void setComplaintAgainst(List<UUID> complaintAgainst) {
			this.complaintAgainst = complaintAgainst;
		}

		public Channel getChannel() {
			return channel;
		}

		public void setChannel(Channel channel) {
			this.channel = channel;
		}

		public LocalDate getVisitedOn() {
			return visitedOn;
		}

		public void setVisitedOn(LocalDate visitedOn) {
			this.visitedOn = visitedOn;
		}

		public String getContent() {
			return content;
		}

		public void setContent(String content) {
			this.content = content;
		}

		public Boolean getRectificationHeld() {
			return rectificationHeld;
		}

		public void setRectificationHeld(Boolean rectificationHeld) {
			this.rectificationHeld = rectificationHeld;
		}

		public boolean isConductLawful() {
			return conductLawful;
		}

		public void setConductLawful(boolean conductLawful) {
			this.conductLawful = conductLawful;
		}

		public boolean isConductCivil() {
			return conductCivil;
		}

		public void setConductCivil(boolean conductCivil) {
			this.conductCivil = conductCivil;
		}

		public boolean isFavourRequested() {
			return favourRequested;
		}

		public void setFavourRequested(boolean favourRequested) {
			this.favourRequested = favourRequested;
		}

		public Integer getSatisfaction() {
			return satisfaction;
		}

		public void setSatisfaction(Integer satisfaction) {
			this.satisfaction = satisfaction;
		}

		public String getPartyViews() {
			return partyViews;
		}

		public void setPartyViews(String partyViews) {
			this.partyViews = partyViews;
		}

		public String getComplaint() {
			return complaint;
		}

		public void setComplaint(String complaint) {
			this.complaint = complaint;
		}

	}

}
