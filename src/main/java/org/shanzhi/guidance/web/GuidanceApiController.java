package org.shanzhi.guidance.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.shanzhi.guidance.ActStatus;
import org.shanzhi.guidance.CaseFollowUps;
import org.shanzhi.guidance.CustomFormView;
import org.shanzhi.guidance.FollowUpView;
import org.shanzhi.guidance.FollowUps;
import org.shanzhi.guidance.GiveGuidanceCommand;
import org.shanzhi.guidance.GuidanceActView;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.guidance.GuidanceDocuments;
import org.shanzhi.guidance.GuidanceExport;
import org.shanzhi.guidance.GuidanceFilter;
import org.shanzhi.guidance.GuidanceForms;
import org.shanzhi.guidance.GuidanceStatistics;
import org.shanzhi.guidance.OutcomeCommand;
import org.shanzhi.guidance.RespondCommand;
import org.shanzhi.guidance.ConductComplaintView;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.PageView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of guidance (API.md, "Guidance 行政指导"). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "guidance")
class GuidanceApiController {

	private final GuidanceActs acts;

	private final FollowUps followUps;

	private final GuidanceForms forms;

	private final GuidanceDocuments documents;

	private final GuidanceExport export;

	private final Actors actors;

	private final CaseFollowUps caseFollowUps;

	GuidanceApiController(GuidanceActs acts, FollowUps followUps, GuidanceForms forms, GuidanceDocuments documents,
			GuidanceExport export, Actors actors, CaseFollowUps caseFollowUps) {
		this.caseFollowUps = caseFollowUps;
		this.acts = acts;
		this.followUps = followUps;
		this.forms = forms;
		this.documents = documents;
		this.export = export;
		this.actors = actors;
	}

	@Operation(summary = "Give guidance; 201 with documentNumber for a WRITTEN act")
	@PostMapping("/guidance")
	ResponseEntity<GuidanceActView> give(@Valid @RequestBody GiveGuidanceCommand command) {
		GuidanceActView act = acts.give(command);
		return ResponseEntity.created(URI.create("/api/v1/guidance/" + act.id())).body(act);
	}

	@GetMapping("/guidance/{id}")
	GuidanceActView get(@PathVariable UUID id) {
		return acts.get(id);
	}

	@Operation(summary = "Acts of your agencies, filtered; q searches the texts in Chinese")
	@GetMapping("/guidance")
	PageView<GuidanceActView> search(@RequestParam(required = false) UUID partyId,
			@RequestParam(required = false) String form, @RequestParam(required = false) ActStatus status,
			@RequestParam(required = false) UUID officerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String partyCategory, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) UUID caseId,
			@RequestParam(required = false) UUID inspectionId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return acts.search(new GuidanceFilter(partyId, form, status, officerId, from, to, partyCategory, q, overdue,
				caseId, inspectionId, null), page, size);
	}

	@Operation(summary = "The party's response: accepted or declined (declining carries no penalty)")
	@PostMapping("/guidance/{id}/response")
	GuidanceActView respond(@PathVariable UUID id, @Valid @RequestBody RespondCommand command) {
		return acts.respond(id, command);
	}

	@Operation(summary = "The rectification outcome; not corrected names the case it escalated to (escalatedCaseId)")
	@PostMapping("/guidance/{id}/rectification-outcome")
	GuidanceActView outcome(@PathVariable UUID id, @Valid @RequestBody OutcomeCommand command) {
		return acts.recordOutcome(id, command);
	}

	@Operation(summary = "The act's 行政指导书 (or 简易行政指导书) as PDF")
	@GetMapping(value = "/guidance/{id}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		GuidanceDocuments.Pdf pdf = documents.pdf(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline().filename(pdf.fileName()).build().toString())
			.body(pdf.content());
	}

	@GetMapping("/guidance/{id}/follow-ups")
	PageView<FollowUpView> followUpsOf(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(acts.followUpsOf(id), page, size);
	}

	@Operation(summary = "Schedule a follow-up visit on request")
	@PostMapping("/guidance/{id}/follow-ups")
	ResponseEntity<FollowUpView> requestFollowUp(@PathVariable UUID id, @Valid @RequestBody FollowUpRequest body) {
		FollowUpView f = acts.requestFollowUp(id, body.dueOn());
		return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + f.id())).body(f);
	}

	@Operation(summary = "Counts per form and outcome of your agencies (G7)")
	@GetMapping("/guidance/statistics")
	GuidanceStatistics statistics(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return acts.statistics(from, to);
	}

	@Operation(summary = "The filtered list as Excel")
	@GetMapping("/guidance/export.xlsx")
	void export(@RequestParam(required = false) String form, @RequestParam(required = false) ActStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		GuidanceWebController.sendExcel(export,
				new GuidanceFilter(null, form, status, null, from, to, null, q, null, null, null, null), response);
	}

	@Operation(summary = "The forms your agency may use: the eight statutory ones and its own" + PageView.ONE_PAGE)
	@GetMapping("/guidance/forms")
	PageView<GuidanceForms.FormInfo> forms(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(forms.available(actors.current().agencyId()), page, size);
	}

	@Operation(summary = "Define a form of guidance of your agency (AGENCY_HEAD, LEGAL_REVIEWER)")
	@PostMapping("/guidance/forms")
	ResponseEntity<CustomFormView> defineForm(@Valid @RequestBody GuidanceForms.DefineFormCommand command) {
		CustomFormView form = forms.define(command);
		return ResponseEntity.created(URI.create("/api/v1/guidance/forms/" + form.code())).body(form);
	}

	@Operation(summary = "Scheduled follow-up visits due on or before the date (default today)" + PageView.ONE_PAGE)
	@GetMapping("/follow-ups")
	PageView<FollowUpView> due(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(followUps.due(due), page, size);
	}

	@GetMapping("/follow-ups/{id}")
	FollowUpView followUp(@PathVariable UUID id) {
		return followUps.get(id);
	}

	@Operation(summary = "Record a follow-up visit: a FOLLOW_UP act; a conduct complaint goes to the head, naming "
			+ "whom it is about in complaintAgainst (the agency's officers; by default the visited act's officer); "
			+ "a case's visit (caseId) records conductLawful, conductCivil, satisfaction, partyViews, complaint on "
			+ "the follow-up")
	@PostMapping("/follow-ups/{id}/result")
	ResponseEntity<?> result(@PathVariable UUID id, @Valid @RequestBody FollowUps.VisitCommand command) {
		if (caseFollowUps.isCaseVisit(id)) {
			FollowUpView visited = caseFollowUps.record(id, command);
			return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + visited.id())).body(visited);
		}
		GuidanceActView act = followUps.recordResult(id, command);
		return ResponseEntity.created(URI.create("/api/v1/guidance/" + act.id())).body(act);
	}

	@Operation(summary = "Schedule a 回访 of an enforcement case by hand (an officer of the case or the head)")
	@PostMapping("/enforcement-cases/{id}/follow-ups")
	ResponseEntity<FollowUpView> requestCaseFollowUp(@PathVariable UUID id, @Valid @RequestBody FollowUpRequest body) {
		FollowUpView f = caseFollowUps.request(id, body.dueOn());
		return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + f.id())).body(f);
	}

	@Operation(summary = "Conduct complaints raised at follow-up visits (AGENCY_HEAD, SUPERVISOR)" + PageView.ONE_PAGE)
	@GetMapping("/conduct-complaints")
	PageView<ConductComplaintView> complaints(@RequestParam(defaultValue = "false") boolean openOnly,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(followUps.complaints(openOnly), page, size);
	}

	@PostMapping("/conduct-complaints/{id}/handling")
	ConductComplaintView handle(@PathVariable UUID id, @Valid @RequestBody HandlingBody body) {
		return followUps.handle(id, body.note());
	}

	record FollowUpRequest(@jakarta.validation.constraints.NotNull LocalDate dueOn) {
	}

	record HandlingBody(
			@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000) String note) {
	}

	static java.util.Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
