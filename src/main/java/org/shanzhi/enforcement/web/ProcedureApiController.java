package org.shanzhi.enforcement.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.shanzhi.enforcement.CaseDocumentView;
import org.shanzhi.enforcement.CaseProcedures;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.ProcedureCommands;
import org.shanzhi.enforcement.ProcedureRecords;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of the ordinary procedure between the report and the decision, and the
 * deliveries (API.md, "Penalty procedure").
 */
@RestController
@RequestMapping("/api/v1/enforcement-cases/{id}")
@Tag(name = "Penalty procedure")
class ProcedureApiController {

	private final CaseProcedures procedures;

	ProcedureApiController(CaseProcedures procedures) {
		this.procedures = procedures;
	}

	@Operation(summary = "集体讨论 (APL art. 57(2)), presided by the head with at least three present (AGENCY_HEAD)")
	@PostMapping("/collective-discussion")
	ResponseEntity<CaseView> discuss(@PathVariable UUID id, @Valid @RequestBody ProcedureCommands.Discuss body) {
		return created(id, "collective-discussion", procedures.discuss(id, body));
	}

	@Operation(summary = "行政处罚事先告知 (APL art. 44) by a case officer or the head → NOTIFIED")
	@PostMapping("/prior-notice")
	ResponseEntity<ProcedureRecords.PriorNotice> notifyPriorly(@PathVariable UUID id,
			@Valid @RequestBody ProcedureCommands.Notify body) {
		return created(id, "prior-notice", procedures.notifyPriorly(id, body));
	}

	@Operation(summary = "陈述、申辩 or their waiver: recorded by an officer, or sent by the party (PUBLIC)")
	@PostMapping("/statements")
	ResponseEntity<ProcedureRecords.Statement> state(@PathVariable UUID id,
			@Valid @RequestBody ProcedureCommands.State body) {
		return created(id, "statements", procedures.state(id, body));
	}

	@Operation(summary = "The case officers' answer to a statement")
	@PostMapping("/statements/{statementId}/answer")
	ProcedureRecords.Statement answer(@PathVariable UUID id, @PathVariable UUID statementId,
			@Valid @RequestBody ProcedureCommands.Answer body) {
		return procedures.answer(id, statementId, body);
	}

	@Operation(summary = "听证申请 within 5 working days of the notice's delivery → HEARING")
	@PostMapping("/hearing-request")
	CaseView requestHearing(@PathVariable UUID id, @Valid @RequestBody ProcedureCommands.RequestHearing body) {
		return procedures.requestHearing(id, body);
	}

	@Operation(summary = "听证通知书 7 working days before, presided by an officer who did not investigate (AGENCY_HEAD)")
	@PostMapping("/hearing-notice")
	ResponseEntity<CaseDocumentView> noticeHearing(@PathVariable UUID id,
			@Valid @RequestBody ProcedureCommands.NoticeHearing body) {
		return created(id, "hearing-notice", procedures.noticeHearing(id, body));
	}

	@Operation(summary = "听证笔录 and report by the presiding officer → AWAITING_REVIEW")
	@PostMapping("/hearing-record")
	CaseView recordHearing(@PathVariable UUID id, @Valid @RequestBody ProcedureCommands.RecordHearing body) {
		return procedures.recordHearing(id, body);
	}

	@Operation(summary = "延长办案期限 (APL art. 60) before the limit (AGENCY_HEAD)")
	@PostMapping("/extensions")
	ResponseEntity<CaseView> extend(@PathVariable UUID id, @Valid @RequestBody ProcedureCommands.Extend body) {
		return created(id, "extensions", procedures.extend(id, body));
	}

	@Operation(summary = "移送 (APL art. 27) to a public-security organ, procuratorate or supervisory commission")
	@PostMapping("/transfer")
	CaseView transfer(@PathVariable UUID id, @Valid @RequestBody ProcedureCommands.TransferOut body) {
		return procedures.transfer(id, body);
	}

	@Operation(summary = "送达 of an issued document (APL art. 61); the decision's delivery → DELIVERED")
	@PostMapping("/deliveries")
	ResponseEntity<ProcedureRecords.Delivery> deliver(@PathVariable UUID id,
			@Valid @RequestBody ProcedureCommands.Deliver body) {
		return created(id, "deliveries", procedures.deliver(id, body));
	}

	@Operation(
			summary = "The decision revoked (reconsideration, litigation, self-correction): its 公示 withdrawn (AGENCY_HEAD)")
	@PostMapping("/revocation")
	CaseView revoke(@PathVariable UUID id, @Valid @RequestBody ProcedureCommands.Revoke body) {
		return procedures.revoke(id, body);
	}

	@GetMapping("/deliveries")
	PageView<ProcedureRecords.Delivery> deliveries(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		List<ProcedureRecords.Delivery> all = procedures.deliveries(id);
		return PageView.slice(all, page, size);
	}

	private static <T> ResponseEntity<T> created(UUID id, String step, T body) {
		return ResponseEntity.created(URI.create("/api/v1/enforcement-cases/" + id + "/" + step)).body(body);
	}

}
