package org.shanzhi.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.shanzhi.enforcement.CaseExecution;
import org.shanzhi.enforcement.ExecutionCommands;
import org.shanzhi.enforcement.PaymentView;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the case page's 执行 section (template {@code cases/execution}): record a
 * payment, apply for and decide a deferral or instalments, issue the 催告书, apply to the
 * court and record its ruling. Done, back to the case with its notice; refused, back to
 * the case with the refusal in words above its steps and beside the field.
 */
@Controller
@RequestMapping("/cases/{id}/execution")
class ExecutionWebController {

	private final CaseExecution execution;

	ExecutionWebController(CaseExecution execution) {
		this.execution = execution;
	}

	@PostMapping("/payments")
	@SuccessNotice("notice.paymentRecorded")
	String pay(@PathVariable UUID id, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			@RequestParam(required = false) String reference, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> {
			required("amount", amount);
			required("paidOn", paidOn);
			return execution.recordPayment(id, new ExecutionCommands.RecordPayment(amount, paidOn, reference));
		});
	}

	@PostMapping("/arrangements")
	@SuccessNotice("notice.arrangementRequested")
	String requestArrangement(@PathVariable UUID id, @RequestParam(required = false) PaymentView.ArrangementKind kind,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deferredTo,
			@RequestParam(name = "instalmentDue", required = false) List<String> dues,
			@RequestParam(name = "instalmentAmount", required = false) List<String> amounts,
			RedirectAttributes redirect) {
		return attempt(id, redirect, () -> {
			required("kind", kind);
			return execution.requestArrangement(id,
					new ExecutionCommands.RequestArrangement(kind, reason, deferredTo, instalments(dues, amounts)));
		});
	}

	@PostMapping("/arrangements/{arrangementId}/decision")
	@SuccessNotice("notice.arrangementDecided")
	String decideArrangement(@PathVariable UUID id, @PathVariable UUID arrangementId, @RequestParam boolean approve,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> execution.decideArrangement(id, arrangementId, approve, note));
	}

	@PostMapping("/reminder")
	@SuccessNotice("notice.paymentReminderIssued")
	String remind(@PathVariable UUID id, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> execution.remind(id));
	}

	@PostMapping("/enforcement-application")
	@SuccessNotice("notice.enforcementApplied")
	String apply(@PathVariable UUID id, @RequestParam(required = false) String court,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
			RedirectAttributes redirect) {
		return attempt(id, redirect, () -> {
			if (court == null || court.isBlank()) {
				throw new FieldRejectedException("court", "required");
			}
			required("appliedOn", appliedOn);
			return execution.applyForEnforcement(id, new ExecutionCommands.ApplyForEnforcement(court, appliedOn));
		});
	}

	@PostMapping("/enforcement-application/result")
	@SuccessNotice("notice.enforcementRuled")
	String rule(@PathVariable UUID id, @RequestParam(required = false) PaymentView.Ruling ruling,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rulingOn,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> {
			required("ruling", ruling);
			required("rulingOn", rulingOn);
			return execution.recordRuling(id, new ExecutionCommands.RecordRuling(ruling, rulingOn, note));
		});
	}

	/** The instalments of the form's rows filled in (a row half filled is refused). */
	static List<ExecutionCommands.InstalmentLine> instalments(List<String> dues, List<String> amounts) {
		List<ExecutionCommands.InstalmentLine> lines = new ArrayList<>();
		int rows = Math.max(dues == null ? 0 : dues.size(), amounts == null ? 0 : amounts.size());
		for (int i = 0; i < rows; i++) {
			String due = dues == null || i >= dues.size() ? "" : dues.get(i).strip();
			String amount = amounts == null || i >= amounts.size() ? "" : amounts.get(i).strip();
			if (due.isEmpty() && amount.isEmpty()) {
				continue;
			}
			try {
				lines.add(new ExecutionCommands.InstalmentLine(LocalDate.parse(due), new BigDecimal(amount)));
			}
			catch (RuntimeException unreadable) {
				throw new FieldRejectedException("instalments", "instalmentsOrder");
			}
		}
		return lines.isEmpty() ? null : lines;
	}

	private static void required(String field, Object value) {
		if (value == null) {
			throw new FieldRejectedException(field, "required");
		}
	}

	/**
	 * A step of the section: done, back to the case; refused (a rule, a field, an
	 * incomplete command), back to the case with the refusal kept for it.
	 */
	private String attempt(UUID id, RedirectAttributes redirect, Supplier<?> step) {
		try {
			step.get();
		}
		catch (RuntimeException refused) {
			ExtendedModelMap model = new ExtendedModelMap();
			FormErrors.refusal(refused, model, "shanzhi.validation.invalid");
			model.forEach(redirect::addFlashAttribute);
			redirect.addFlashAttribute("executionOpen", true);
		}
		return "redirect:/cases/" + id + "#case-execution";
	}

}
