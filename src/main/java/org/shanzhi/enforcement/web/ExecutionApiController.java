package org.shanzhi.enforcement.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.shanzhi.enforcement.CaseExecution;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.ExecutionCommands;
import org.shanzhi.enforcement.PaymentView;
import org.springframework.format.annotation.DateTimeFormat;
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
 * JSON API of a fine's execution (API.md, § Decision, delivery, execution, closing:
 * payment, payments, payment-arrangements, payment-reminder, enforcement-application).
 */
@RestController
@RequestMapping("/api/v1/enforcement-cases/{id}")
@Tag(name = "enforcement")
class ExecutionApiController {

	private final CaseExecution execution;

	ExecutionApiController(CaseExecution execution) {
		this.execution = execution;
	}

	@Operation(summary = "The fine's standing on asOf (default today): fine, dueOn, paid, lateFee (加处罚款, 3 % a day "
			+ "of the unpaid fine, capped at the fine, none while an approved arrangement is kept), outstanding, "
			+ "daysOverdue, arrangement")
	@GetMapping("/payment")
	PaymentView payment(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return execution.payment(id, asOf);
	}

	@Operation(summary = "Record a payment with its bank or non-tax payment reference (case officer or head); "
			+ "422 payment-reference-required, payment-exceeds-outstanding; 409 payment-reference-duplicate")
	@PostMapping("/payments")
	ResponseEntity<PaymentView.Payment> pay(@PathVariable UUID id,
			@Valid @RequestBody ExecutionCommands.RecordPayment command) {
		PaymentView.Payment paid = execution.recordPayment(id, command);
		return ResponseEntity.created(URI.create("/api/v1/enforcement-cases/" + id + "/payment")).body(paid);
	}

	@Operation(summary = "延期/分期 (APL art. 66): the party (PUBLIC, its own case) or an officer applies → REQUESTED; "
			+ "422 instalments-must-cover-outstanding; 409 payment-arrangement-exists")
	@PostMapping("/payment-arrangements")
	ResponseEntity<PaymentView.Arrangement> requestArrangement(@PathVariable UUID id,
			@Valid @RequestBody ExecutionCommands.RequestArrangement command) {
		PaymentView.Arrangement requested = execution.requestArrangement(id, command);
		return ResponseEntity.created(URI.create("/api/v1/enforcement-cases/" + id + "/payment")).body(requested);
	}

	@Operation(summary = "The head approves or refuses an arrangement (a refusal needs its note)")
	@PostMapping("/payment-arrangements/{arrangementId}/decision")
	PaymentView.Arrangement decideArrangement(@PathVariable UUID id, @PathVariable UUID arrangementId,
			@Valid @RequestBody DecisionBody body) {
		return execution.decideArrangement(id, arrangementId, body.approve(), body.note());
	}

	@Operation(summary = "催告书 (ACL art. 54) by a case officer, once the fine is overdue (422 payment-not-overdue)")
	@PostMapping("/payment-reminder")
	ResponseEntity<PaymentView.Reminder> remind(@PathVariable UUID id) {
		PaymentView.Reminder reminder = execution.remind(id);
		return ResponseEntity.created(URI.create(reminder.href())).body(reminder);
	}

	@Operation(summary = "The head applies to the people's court for enforcement (ACL art. 53) → ENFORCEMENT_APPLIED; "
			+ "422 enforcement-application-too-early, enforcement-application-too-late, payment-not-overdue, "
			+ "reminder-required")
	@PostMapping("/enforcement-application")
	CaseView applyForEnforcement(@PathVariable UUID id,
			@Valid @RequestBody ExecutionCommands.ApplyForEnforcement command) {
		return execution.applyForEnforcement(id, command);
	}

	@Operation(summary = "The head records the court's ruling on the application (ENFORCED, REFUSED, TERMINATED)")
	@PostMapping("/enforcement-application/result")
	PaymentView.Application recordRuling(@PathVariable UUID id,
			@Valid @RequestBody ExecutionCommands.RecordRuling command) {
		return execution.recordRuling(id, command);
	}

	record DecisionBody(boolean approve, @Size(max = 2000) String note) {
	}

}
