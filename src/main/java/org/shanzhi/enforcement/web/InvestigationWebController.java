package org.shanzhi.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.shanzhi.enforcement.AddRecordCommand;
import org.shanzhi.enforcement.CaseInvestigations;
import org.shanzhi.enforcement.Interviewee;
import org.shanzhi.enforcement.PreservationDisposal;
import org.shanzhi.enforcement.PreservedItem;
import org.shanzhi.enforcement.RecordKind;
import org.shanzhi.enforcement.RequestPreservationCommand;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms of the case page's 调查取证 section ({@code cases/investigation}): a record, a
 * 先行登记保存, the head's approval and the disposal. Done, back to the case with its notice;
 * refused, the case page again with the refusal and the form as filled in.
 */
@Controller
@RequestMapping("/cases")
class InvestigationWebController {

	private final CaseInvestigations investigations;

	private final CaseWebController casePage;

	InvestigationWebController(CaseInvestigations investigations, CaseWebController casePage) {
		this.investigations = investigations;
		this.casePage = casePage;
	}

	@PostMapping("/{id}/records")
	@SuccessNotice("notice.recordMade")
	String addRecord(@PathVariable UUID id, @ModelAttribute("recordForm") RecordForm form, BindingResult errors,
			Model model) {
		return attempt(id, model, errors, "recordOpen", () -> investigations.addRecord(id, form.command()));
	}

	@PostMapping("/{id}/preservations")
	@SuccessNotice("notice.preservationRequested")
	String requestPreservation(@PathVariable UUID id, @ModelAttribute("preservationForm") PreservationForm form,
			BindingResult errors, Model model) {
		return attempt(id, model, errors, "preservationOpen",
				() -> investigations.requestPreservation(id, form.command()));
	}

	@PostMapping("/{id}/preservations/{preservationId}/approval")
	@SuccessNotice("notice.preservationDecided")
	String decide(@PathVariable UUID id, @PathVariable UUID preservationId, @RequestParam boolean approve,
			@RequestParam(required = false) String note, Model model) {
		return attempt(id, model, null, null,
				() -> investigations.decidePreservation(id, preservationId, approve, note));
	}

	@PostMapping("/{id}/preservations/{preservationId}/disposal")
	@SuccessNotice("notice.preservationDisposed")
	String dispose(@PathVariable UUID id, @PathVariable UUID preservationId,
			@RequestParam(required = false) PreservationDisposal disposal, @RequestParam(required = false) String note,
			Model model) {
		return attempt(id, model, null, null, () -> {
			if (disposal == null) {
				throw new FieldRejectedException("disposal", "required");
			}
			return investigations.disposePreservation(id, preservationId, disposal, note);
		});
	}

	private String attempt(UUID id, Model model, BindingResult errors, String open, Supplier<?> step) {
		try {
			if (errors != null && errors.hasErrors()) {
				var field = errors.getFieldErrors().get(0).getField();
				throw new FieldRejectedException(field, "type");
			}
			step.get();
			return "redirect:/cases/" + id;
		}
		catch (RuntimeException refused) {
			FormErrors.refusal(refused, model, "shanzhi.validation.invalid");
			if (open != null) {
				model.addAttribute(open, true);
			}
			return casePage.show(id, model);
		}
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** The record form as posted; {@code heldAt} is a local time in Shanghai. */
	record RecordForm(RecordKind kind, List<UUID> officerIds, String heldAt, String place, String intervieweeName,
			String intervieweeIdNumber, String intervieweeRelation, String content, Boolean partySigned,
			String refusalWitness, Boolean urgent, String urgency) {

		AddRecordCommand command() {
			if (blankToNull(heldAt) == null) {
				throw new FieldRejectedException("heldAt", "required");
			}
			OffsetDateTime at;
			try {
				at = LocalDateTime.parse(heldAt.strip()).atZone(org.shanzhi.shared.PeopleTime.ZONE).toOffsetDateTime();
			}
			catch (RuntimeException ex) {
				throw new FieldRejectedException("heldAt", "type");
			}
			Interviewee interviewee = blankToNull(intervieweeName) == null && blankToNull(intervieweeIdNumber) == null
					&& blankToNull(intervieweeRelation) == null ? null
							: new Interviewee(blankToNull(intervieweeName), blankToNull(intervieweeIdNumber),
									blankToNull(intervieweeRelation));
			return new AddRecordCommand(kind, officerIds == null ? List.of() : officerIds, at, place, interviewee,
					content, null, Boolean.TRUE.equals(partySigned), blankToNull(refusalWitness),
					Boolean.TRUE.equals(urgent), blankToNull(urgency));
		}

	}

	/** The preservation form as posted: rows of things, a row left empty ignored. */
	record PreservationForm(List<String> itemDescription, List<String> itemQuantity, List<String> itemUnit,
			List<String> itemPlace, String reason, List<UUID> officerIds) {

		RequestPreservationCommand command() {
			List<PreservedItem> items = new ArrayList<>();
			int rows = Math.max(Math.max(size(itemDescription), size(itemQuantity)),
					Math.max(size(itemUnit), size(itemPlace)));
			for (int n = 0; n < rows && n < 100; n++) {
				String description = at(itemDescription, n);
				String quantity = at(itemQuantity, n);
				String unit = at(itemUnit, n);
				String place = at(itemPlace, n);
				if (description == null && quantity == null && unit == null && place == null) {
					continue;
				}
				BigDecimal amount = null;
				if (quantity != null) {
					try {
						amount = new BigDecimal(quantity);
					}
					catch (NumberFormatException ex) {
						throw new FieldRejectedException("quantity", "type");
					}
				}
				items.add(new PreservedItem(description, amount, unit, place));
			}
			return new RequestPreservationCommand(items, reason, officerIds == null ? List.of() : officerIds);
		}

		private static int size(List<String> values) {
			return values == null ? 0 : values.size();
		}

		private static String at(List<String> values, int n) {
			return values == null || values.size() <= n ? null : blankToNull(values.get(n));
		}

	}

}
