package org.shanzhi.mediation.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.mediation.MediationCaseView;
import org.shanzhi.mediation.MediationCases;
import org.shanzhi.mediation.MediationCommands;
import org.shanzhi.mediation.MediationDocuments;
import org.shanzhi.shared.PageView;
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

/**
 * JSON API of mediation (API.md, "Mediation 行政调解"); an action out of turn answers 409.
 */
@RestController
@RequestMapping("/api/v1/mediation-cases")
@Tag(name = "mediation")
class MediationApiController {

	private final MediationCases cases;

	private final MediationDocuments documents;

	private final org.shanzhi.mediation.RightNotices notices;

	private final org.shanzhi.mediation.Mediators mediators;

	MediationApiController(MediationCases cases, MediationDocuments documents,
			org.shanzhi.mediation.RightNotices notices, org.shanzhi.mediation.Mediators mediators) {
		this.mediators = mediators;
		this.notices = notices;
		this.cases = cases;
		this.documents = documents;
	}

	@Operation(summary = "A document of the case as PDF: acceptance-notice, transcript-N, agreement, termination")
	@GetMapping(value = "/{id}/documents/{kind}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind) {
		byte[] pdf = documents.pdf(id, kind);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.inline().filename("mediation-" + kind + ".pdf").build().toString())
			.body(pdf);
	}

	@Operation(summary = "Start a mediation case (status AWAITING_CONSENT)")
	@PostMapping
	ResponseEntity<MediationCaseView> start(@Valid @RequestBody MediationCommands.Start command) {
		MediationCaseView c = cases.start(command);
		return ResponseEntity.created(URI.create("/api/v1/mediation-cases/" + c.id())).body(c);
	}

	@Operation(summary = "Cases of your agencies, of a party, of a status")
	@GetMapping
	org.shanzhi.shared.PageView<MediationCaseView> search(
			@org.springframework.web.bind.annotation.RequestParam(required = false) UUID partyId,
			@org.springframework.web.bind.annotation.RequestParam(
					required = false) org.shanzhi.mediation.MediationStatus status,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean overdue,
			@org.springframework.web.bind.annotation.RequestParam(required = false) Integer page,
			@org.springframework.web.bind.annotation.RequestParam(required = false) Integer size) {
		return cases.search(partyId, status, overdue, page, size);
	}

	@Operation(summary = "Register a mediator of your agency: FULL_TIME, PART_TIME or EXPERT (AGENCY_HEAD)")
	@PostMapping("/mediators")
	ResponseEntity<org.shanzhi.mediation.Mediators.MediatorView> registerMediator(
			@Valid @RequestBody org.shanzhi.mediation.Mediators.Register command) {
		var m = mediators.register(command);
		return ResponseEntity.created(URI.create("/api/v1/mediation-cases/mediators/" + m.id())).body(m);
	}

	@GetMapping("/mediators")
	PageView<org.shanzhi.mediation.Mediators.MediatorView> mediators(
			@org.springframework.web.bind.annotation.RequestParam UUID agencyId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(mediators.list(agencyId), page, size);
	}

	@GetMapping("/{id}/mediators")
	PageView<org.shanzhi.mediation.Mediators.AssignmentView> assignments(@PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		cases.get(id);
		return PageView.slice(mediators.assignments(id), page, size);
	}

	@Operation(summary = "Assign a mediator of the agency to the case")
	@PostMapping("/{id}/mediators")
	java.util.List<org.shanzhi.mediation.Mediators.AssignmentView> assign(@PathVariable UUID id,
			@Valid @RequestBody AssignBody body) {
		return mediators.assign(id, body.mediatorId());
	}

	@Operation(summary = "A mediator steps aside for a conflict of interest, with the reason")
	@PostMapping("/{id}/mediators/{mediatorId}/recusal")
	java.util.List<org.shanzhi.mediation.Mediators.AssignmentView> recuse(@PathVariable UUID id,
			@PathVariable UUID mediatorId, @Valid @RequestBody RecusalBody body) {
		return mediators.recuse(id, mediatorId, body.reason());
	}

	record AssignBody(@jakarta.validation.constraints.NotNull UUID mediatorId) {
	}

	record RecusalBody(
			@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000) String reason) {
	}

	@Operation(summary = "Record that a party was told of the right to apply for mediation (M1)")
	@PostMapping("/notices")
	ResponseEntity<org.shanzhi.mediation.RightNotices.NoticeView> notify(
			@Valid @RequestBody org.shanzhi.mediation.RightNotices.Notify command) {
		var notice = notices.record(command);
		return ResponseEntity.created(URI.create("/api/v1/mediation-cases/notices/" + notice.id())).body(notice);
	}

	@Operation(summary = "Notices of the right to mediate, of a party or about a record" + PageView.ONE_PAGE)
	@GetMapping("/notices")
	PageView<org.shanzhi.mediation.RightNotices.NoticeView> notices(
			@org.springframework.web.bind.annotation.RequestParam(required = false) UUID partyId,
			@org.springframework.web.bind.annotation.RequestParam(required = false) UUID subjectId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(notices.find(partyId, subjectId), page, size);
	}

	@Operation(summary = "The dispute types an agency mediates (empty: every type)")
	@GetMapping("/competence")
	java.util.Set<org.shanzhi.mediation.DisputeType> competence(
			@org.springframework.web.bind.annotation.RequestParam UUID agencyId) {
		return cases.competence(agencyId);
	}

	@Operation(summary = "Set the dispute types an agency mediates (its AGENCY_HEAD, or ADMIN)")
	@org.springframework.web.bind.annotation.PutMapping("/competence")
	java.util.Set<org.shanzhi.mediation.DisputeType> setCompetence(
			@org.springframework.web.bind.annotation.RequestParam UUID agencyId,
			@RequestBody java.util.Set<org.shanzhi.mediation.DisputeType> types) {
		return cases.setCompetence(agencyId, types);
	}

	@Operation(summary = "Your agency's time limits in working days (acceptance, conclusion)")
	@GetMapping("/time-limits")
	MediationCases.TimeLimits timeLimits(@org.springframework.web.bind.annotation.RequestParam UUID agencyId) {
		return cases.timeLimits(agencyId);
	}

	@Operation(summary = "Set your agency's time limits (AGENCY_HEAD)")
	@org.springframework.web.bind.annotation.PutMapping("/time-limits")
	MediationCases.TimeLimits setTimeLimits(@Valid @RequestBody MediationCases.TimeLimits limits) {
		return cases.setTimeLimits(limits);
	}

	@Operation(summary = "A case with its status and history")
	@GetMapping("/{id}")
	MediationCaseView get(@PathVariable UUID id) {
		return cases.get(id);
	}

	@Operation(summary = "A party consents or refuses; a refusal ends the case. Recorded in person by the mediator, "
			+ "or given online by the party signed in (M8), with time, address and method")
	@PostMapping("/{id}/consents")
	MediationCaseView consent(@PathVariable UUID id, @Valid @RequestBody MediationCommands.Consent command,
			jakarta.servlet.http.HttpServletRequest request) {
		return cases.consent(id, command, request.getRemoteAddr());
	}

	@Operation(summary = "Propose the agreement to the parties for their signatures (status AWAITING_SIGNATURES)")
	@PostMapping("/{id}/agreement-proposal")
	MediationCaseView propose(@PathVariable UUID id, @Valid @RequestBody MediationCommands.Proposal command) {
		return cases.proposeAgreement(id, command);
	}

	@Operation(summary = "Withdraw a proposed agreement not every party signed, with the reason")
	@PostMapping("/{id}/agreement-proposal/withdrawal")
	MediationCaseView withdraw(@PathVariable UUID id, @Valid @RequestBody MediationCommands.Withdrawal command) {
		return cases.withdrawProposal(id, command);
	}

	@Operation(summary = "Sign the proposed agreement: online by the party signed in, or recorded in person by the "
			+ "mediator; the last signature makes it AGREED")
	@PostMapping("/{id}/signatures")
	MediationCaseView sign(@PathVariable UUID id,
			@Valid @RequestBody(required = false) MediationCommands.Signing command,
			jakarta.servlet.http.HttpServletRequest request) {
		return cases.sign(id, command == null ? new MediationCommands.Signing(null) : command, request.getRemoteAddr());
	}

	@Operation(summary = "Accept (with time and place) or refuse (with reasons) a general case")
	@PostMapping("/{id}/acceptance")
	MediationCaseView acceptance(@PathVariable UUID id, @Valid @RequestBody MediationCommands.Acceptance command) {
		return cases.decideAcceptance(id, command);
	}

	@Operation(summary = "Record a session and its transcript")
	@PostMapping("/{id}/sessions")
	MediationCaseView session(@PathVariable UUID id, @Valid @RequestBody MediationCommands.Session command) {
		return cases.holdSession(id, command);
	}

	@Operation(summary = "The agreement, signed by every party (status AGREED)")
	@PostMapping("/{id}/agreement")
	MediationCaseView agreement(@PathVariable UUID id, @Valid @RequestBody MediationCommands.Agreement command) {
		return cases.agree(id, command);
	}

	@Operation(summary = "After the agreed date: was the agreement honoured?")
	@PostMapping("/{id}/performance")
	MediationCaseView performance(@PathVariable UUID id, @Valid @RequestBody MediationCommands.Performance command) {
		return cases.recordPerformance(id, command);
	}

	@Operation(summary = "End without agreement, with reason and referral (status TERMINATED)")
	@PostMapping("/{id}/termination")
	MediationCaseView termination(@PathVariable UUID id, @Valid @RequestBody MediationCommands.Termination command) {
		return cases.terminate(id, command);
	}

}
