package org.shanzhi.enforcement.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.enforcement.AddRecordCommand;
import org.shanzhi.enforcement.CaseInvestigations;
import org.shanzhi.enforcement.InvestigationRecordView;
import org.shanzhi.enforcement.PreservationDisposal;
import org.shanzhi.enforcement.PreservationView;
import org.shanzhi.enforcement.RequestPreservationCommand;
import org.shanzhi.shared.PageView;
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
 * JSON API of the investigation of a case (API.md, "Investigation 调查取证"): its records and
 * the 先行登记保存 of evidence.
 */
@RestController
@RequestMapping("/api/v1/enforcement-cases/{id}")
@Tag(name = "enforcement")
class InvestigationApiController {

	private final CaseInvestigations investigations;

	InvestigationApiController(CaseInvestigations investigations) {
		this.investigations = investigations;
	}

	@Operation(summary = "询问笔录 or 现场检查笔录 by two of the case's officers (OPEN or INVESTIGATED), its document "
			+ "issued and numbered; 422 two-certified-officers, officer-certificate-invalid, officer-recused, "
			+ "not-a-case-officer, inquiry-needs-interviewee, refusal-needs-witness, prohibited-period-night, "
			+ "prohibited-period-holiday, urgent-needs-urgency, evidence-not-of-case")
	@PostMapping("/records")
	ResponseEntity<InvestigationRecordView> addRecord(@PathVariable UUID id,
			@Valid @RequestBody AddRecordCommand command) {
		InvestigationRecordView made = investigations.addRecord(id, command);
		return ResponseEntity.created(URI.create("/api/v1/enforcement-cases/" + id + "/records/" + made.id()))
			.body(made);
	}

	@Operation(summary = "The case's records of the investigation, in the order made" + PageView.ONE_PAGE)
	@GetMapping("/records")
	PageView<InvestigationRecordView> records(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(investigations.records(id), page, size);
	}

	@Operation(summary = "先行登记保存 (APL art. 56): the officers ask the head's approval → REQUESTED")
	@PostMapping("/preservations")
	ResponseEntity<PreservationView> requestPreservation(@PathVariable UUID id,
			@Valid @RequestBody RequestPreservationCommand command) {
		PreservationView requested = investigations.requestPreservation(id, command);
		return ResponseEntity
			.created(URI.create("/api/v1/enforcement-cases/" + id + "/preservations/" + requested.id()))
			.body(requested);
	}

	@Operation(summary = "The head approves the 先行登记保存 → APPROVED with the notice's documentNumber and "
			+ "decisionDue (7 working days), or refuses it → REJECTED (422 rejection-needs-note; "
			+ "409 preservation-already-decided)")
	@PostMapping("/preservations/{preservationId}/approval")
	PreservationView decide(@PathVariable UUID id, @PathVariable UUID preservationId,
			@Valid @RequestBody ApprovalBody body) {
		return investigations.decidePreservation(id, preservationId, body.approve(), body.note());
	}

	@Operation(summary = "The decision on the preserved things by decisionDue (a case officer or the head) → "
			+ "DISPOSED; 409 preservation-lapsed, preservation-not-approved, preservation-already-disposed")
	@PostMapping("/preservations/{preservationId}/disposal")
	PreservationView dispose(@PathVariable UUID id, @PathVariable UUID preservationId,
			@Valid @RequestBody DisposalBody body) {
		return investigations.disposePreservation(id, preservationId, body.disposal(), body.note());
	}

	@Operation(summary = "The case's preservations with their status today (LAPSED once past decisionDue "
			+ "undecided)" + PageView.ONE_PAGE)
	@GetMapping("/preservations")
	PageView<PreservationView> preservations(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(investigations.preservations(id), page, size);
	}

	record ApprovalBody(boolean approve, @Size(max = 2000) String note) {
	}

	record DisposalBody(@NotNull PreservationDisposal disposal, @Size(max = 2000) String note) {
	}

}
