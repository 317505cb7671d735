package org.shanzhi.portal.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyView;
import org.shanzhi.mediation.DisputeType;
import org.shanzhi.mediation.Procedure;
import org.shanzhi.portal.ApplicationRouting;
import org.shanzhi.portal.ApplicationStatus;
import org.shanzhi.portal.Applications;
import org.shanzhi.portal.ServiceItemType;
import org.shanzhi.portal.ServiceItems;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The agency's side of the portal (P1, P2, P4): the queue of online applications, an
 * application with its files and history and the decisions on it (accepting a mediation
 * names the respondent, a hearing its time and place), the hearing's record, applications
 * entered for walk-in parties at the hall, and the agency's service items kept by its
 * head.
 */
@Controller
@RequestMapping("/hall")
class HallWebController {

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final Applications applications;

	private final ServiceItems items;

	private final Parties parties;

	private final org.springframework.context.MessageSource messages;

	HallWebController(Applications applications, ServiceItems items, Parties parties,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.applications = applications;
		this.items = items;
		this.parties = parties;
	}

	/** The columns of the hall's queue and its export. */
	static final org.shanzhi.shared.ListColumns<Applications.Line> QUEUE_COLUMNS = org.shanzhi.shared.ListColumns
		.of(Applications.Line.class)
		.text("number", "portal.trackingNumber", Applications.Line::trackingNumber)
		.text("item", "hall.item", Applications.Line::serviceItemName)
		.text("applicant", "portal.applicant", Applications.Line::applicantName)
		.plainCode("status", "common.status", "portal.status.", Applications.Line::status)
		.time("submittedAt", "hall.submittedAt", "yyyy-MM-dd HH:mm", Applications.Line::createdAt)
		.text("due", "hall.due", Applications.Line::dueBy);

	@GetMapping("/applications")
	String queue(@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, page, QUEUE_COLUMNS, "due,asc");
		model.addAttribute("list", org.shanzhi.shared.ListPage.inMemory(applications.queue(status), QUEUE_COLUMNS,
				query, HallWebController::searchable, "/hall/applications/export.xlsx"));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ApplicationStatus.values());
		return "portal/hall-queue";
	}

	@GetMapping("/applications/export.xlsx")
	void queueExport(@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, jakarta.servlet.http.HttpServletResponse response)
			throws IOException {
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, 0, QUEUE_COLUMNS, "due,asc");
		org.shanzhi.shared.ListExport.send(response, messages, "nav.hall", QUEUE_COLUMNS, org.shanzhi.shared.ListPage
			.arrange(applications.queue(status), QUEUE_COLUMNS, query, HallWebController::searchable));
	}

	private static String searchable(Applications.Line a) {
		return a.trackingNumber() + " " + a.serviceItemName() + " " + a.applicantName();
	}

	@GetMapping("/applications/{id}")
	String application(@PathVariable UUID id, Model model) {
		model.addAttribute("app", applications.get(id));
		model.addAttribute("disputeTypes", DisputeType.values());
		return "portal/hall-application";
	}

	@PostMapping("/applications/{id}/decisions")
	String decide(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@RequestParam(value = "documents", required = false) List<MultipartFile> documents, Model model)
			throws IOException {
		try {
			Applications.Action action = Applications.Action.valueOf(form.getOrDefault("action", ""));
			ApplicationRouting.Handling handling = null;
			if (action == Applications.Action.ACCEPT) {
				handling = new ApplicationRouting.Handling(null, respondent(form.get("respondent")),
						blank(form.get("disputeType")) ? null : DisputeType.valueOf(form.get("disputeType")),
						blank(form.get("procedure")) ? null : Procedure.valueOf(form.get("procedure")),
						blank(form.get("hearingAt")) ? null
								: LocalDateTime.parse(form.get("hearingAt")).atZone(ZONE).toOffsetDateTime(),
						PortalWebController.blankToNull(form.get("hearingPlace")),
						PortalWebController.blankToNull(form.get("hearingLink")), null);
			}
			applications.decide(id,
					new Applications.Decision(action, form.get("note"),
							blank(form.get("version")) ? null : Long.valueOf(form.get("version")), handling),
					PortalApiController.uploads(documents));
			return "redirect:/hall/applications/" + id;
		}
		catch (IllegalArgumentException | java.time.format.DateTimeParseException ex) {
			FormErrors.refusal(new FieldRejectedException("action", "invalid"), model, "portal.incomplete");
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
			// the routing's respondent is the form's respondent: its message beside it
			if (model.getAttribute(FormErrors.REFUSED_FIELDS) instanceof Map<?, ?> refused
					&& refused.containsKey("respondentPartyId")) {
				Map<String, Object> renamed = new java.util.LinkedHashMap<>();
				refused.forEach((k, v) -> renamed.put("respondentPartyId".equals(k) ? "respondent" : (String) k, v));
				model.addAttribute(FormErrors.REFUSED_FIELDS, renamed);
			}
		}
		model.addAttribute("form", form);
		return application(id, model);
	}

	/** The respondent named by an exact name, resident ID number or credit code. */
	private UUID respondent(String query) {
		if (blank(query)) {
			return null;
		}
		List<PartyView> found = parties.search(query.strip(), 0, 5).items();
		List<PartyView> exact = found.stream()
			.filter(p -> p.name().equals(query.strip()) || query.strip().equalsIgnoreCase(p.creditCode()))
			.toList();
		List<PartyView> chosen = exact.isEmpty() ? found : exact;
		if (chosen.size() != 1) {
			throw new FieldRejectedException("respondent", "respondentNotUnique");
		}
		return chosen.get(0).id();
	}

	@PostMapping("/applications/{id}/hearing-record")
	String hearingRecord(@PathVariable UUID id, @RequestParam(required = false) String record, Model model) {
		try {
			applications.recordHearing(id, record);
			return "redirect:/hall/applications/" + id;
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
			return application(id, model);
		}
	}

	@GetMapping("/applications/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return PortalApiController.file(applications.attachment(id, attachmentId, null, null));
	}

	@GetMapping("/walk-in")
	String walkIn(Model model) {
		model.addAttribute("items", items.published(null));
		model.addAttribute("formKey", UUID.randomUUID().toString());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "portal/hall-walk-in";
	}

	@PostMapping("/walk-in")
	@SuccessNotice("notice.submitted")
	String enterWalkIn(@RequestParam Map<String, String> form,
			@RequestParam(value = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			Model model) throws IOException {
		Map<String, String> details = PortalWebController.details(form);
		try {
			var receipt = applications.submit(
					new Applications.Submission(form.getOrDefault("serviceItemCode", ""),
							new Applications.Applicant(form.get("name"), form.get("phone"),
									PortalWebController.blankToNull(form.get("idNumber")),
									PortalWebController.blankToNull(form.get("creditCode"))),
							form.getOrDefault("content", ""), details),
					PortalApiController.uploads(files), Applications.Intake.WALK_IN, form.get("formKey"),
					request.getRemoteAddr());
			return "redirect:/hall/applications/" + receipt.id();
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
		}
		model.addAttribute("form", form);
		return walkIn(model);
	}

	@GetMapping("/service-items")
	String serviceItems(Model model) {
		model.addAttribute("items", items.ofMyAgency());
		model.addAttribute("types", ServiceItemType.values());
		return "portal/hall-items";
	}

	@PostMapping("/service-items")
	String addItem(@RequestParam Map<String, String> form, Model model) {
		try {
			items.create(new ServiceItems.ItemCommand(null, form.getOrDefault("code", "").strip().toUpperCase(),
					form.get("name"), blank(form.get("type")) ? null : ServiceItemType.valueOf(form.get("type")),
					form.get("description"),
					blank(form.get("materials")) ? List.of()
							: List.of(form.get("materials").split("\\R")).stream().filter(m -> !m.isBlank()).toList(),
					blank(form.get("timeLimitDays")) ? 0 : Integer.parseInt(form.get("timeLimitDays")),
					form.get("legalBasis"), true));
			return "redirect:/hall/service-items";
		}
		catch (NumberFormatException ex) {
			FormErrors.refusal(new FieldRejectedException("timeLimitDays", "range"), model, "portal.incomplete");
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
		}
		model.addAttribute("form", form);
		return serviceItems(model);
	}

	@PostMapping("/service-items/{id}/active")
	String toggle(@PathVariable UUID id, @RequestParam boolean active, Model model) {
		var i = items.get(id);
		items.update(id, new ServiceItems.ItemCommand(null, i.code(), i.name(), i.type(), i.description(),
				i.materials(), i.timeLimitDays(), i.legalBasis(), active));
		return "redirect:/hall/service-items";
	}

	@Bean
	static NavigationEntry hallNavigation() {
		return new NavigationEntry("nav.hall", "/hall/applications", 34,
				Set.of("OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "MEDIATOR"), "nav.group.service");
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
