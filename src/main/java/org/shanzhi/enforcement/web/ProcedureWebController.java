package org.shanzhi.enforcement.web;

import static org.shanzhi.enforcement.web.ProcedureForms.blankToNull;
import static org.shanzhi.enforcement.web.ProcedureForms.lines;
import static org.shanzhi.enforcement.web.ProcedureForms.required;
import static org.shanzhi.enforcement.web.ProcedureForms.requiredTime;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.shanzhi.enforcement.CaseProcedures;
import org.shanzhi.enforcement.DecideCommand;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.HarmLevel;
import org.shanzhi.enforcement.InvestigateCommand;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.ProcedureCommands;
import org.shanzhi.enforcement.Treatment;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms of the ordinary procedure on the case page ({@code cases/procedure},
 * {@code cases/procedure-decision}): the investigation report, the legal review, the
 * collective discussion, the prior notice, the statements and their answers, the hearing,
 * the head's decision, the deliveries, the extension, the transfer and the closing. Done,
 * back to the case with its notice; refused, the case page again with the refusal in
 * words and the form open as filled in.
 */
@Controller
@RequestMapping("/cases")
class ProcedureWebController {

	private final EnforcementCases cases;

	private final CaseProcedures procedures;

	private final CaseWebController casePage;

	private final org.shanzhi.enforcement.CaseDocuments documents;

	ProcedureWebController(EnforcementCases cases, CaseProcedures procedures, CaseWebController casePage,
			org.shanzhi.enforcement.CaseDocuments documents) {
		this.documents = documents;
		this.cases = cases;
		this.procedures = procedures;
		this.casePage = casePage;
	}

	@PostMapping("/{id}/investigation")
	@SuccessNotice("notice.reportMade")
	String report(@PathVariable UUID id, @ModelAttribute ReportForm form, Model model) {
		return attempt(id, model, "report", () -> cases.investigate(id, form.command()));
	}

	@PostMapping("/{id}/review")
	@SuccessNotice("notice.reviewMade")
	String review(@PathVariable UUID id, @RequestParam(required = false) Boolean approve,
			@RequestParam(required = false) String note, @RequestParam(required = false) String opinions, Model model) {
		return attempt(id, model, "review",
				() -> cases.review(id, Boolean.TRUE.equals(approve), blankToNull(note), lines(opinions)));
	}

	@PostMapping("/{id}/collective-discussion")
	@SuccessNotice("notice.discussionRecorded")
	String discuss(@PathVariable UUID id, @ModelAttribute DiscussionForm form, Model model) {
		return attempt(id, model, "discussion", () -> procedures.discuss(id, form.command()));
	}

	@PostMapping("/{id}/prior-notice")
	@SuccessNotice("notice.priorNoticeIssued")
	String notifyPriorly(@PathVariable UUID id, @ModelAttribute NoticeForm form, Model model) {
		return attempt(id, model, "notice", () -> procedures.notifyPriorly(id, form.command()));
	}

	@PostMapping("/{id}/statements")
	@SuccessNotice("notice.statementRecorded")
	String state(@PathVariable UUID id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String content, @RequestParam(required = false) String receivedAt,
			@RequestParam(required = false) String channel, @RequestParam(required = false) Boolean waivesHearing,
			Model model) {
		return attempt(id, model, "statement",
				() -> procedures.state(id,
						new ProcedureCommands.State(required(kind, "kind"), blankToNull(content),
								ProcedureForms.requiredTimeUpToNow(receivedAt, "receivedAt"),
								required(channel, "channel"), Boolean.TRUE.equals(waivesHearing))));
	}

	@PostMapping("/{id}/statements/{statementId}/answer")
	@SuccessNotice("notice.statementAnswered")
	String answer(@PathVariable UUID id, @PathVariable UUID statementId, @RequestParam(required = false) String adopted,
			@RequestParam(required = false) String reasons, Model model) {
		return attempt(id, model, "answer-" + statementId, () -> procedures.answer(id, statementId,
				new ProcedureCommands.Answer(required(adopted, "adopted"), required(reasons, "reasons"))));
	}

	@PostMapping("/{id}/hearing-request")
	@SuccessNotice("notice.hearingRequested")
	String requestHearing(@PathVariable UUID id, @RequestParam(required = false) String requestedAt,
			@RequestParam(required = false) String channel, Model model) {
		return attempt(id, model, "hearingRequest",
				() -> procedures.requestHearing(id, new ProcedureCommands.RequestHearing(
						ProcedureForms.requiredTimeUpToNow(requestedAt, "requestedAt"), required(channel, "channel"))));
	}

	@PostMapping("/{id}/hearing-notice")
	@SuccessNotice("notice.hearingNoticed")
	String noticeHearing(@PathVariable UUID id, @RequestParam(required = false) String scheduledAt,
			@RequestParam(required = false) String place, @RequestParam(required = false) String onlineLink,
			@RequestParam(required = false) UUID presidingOfficerId, @RequestParam(required = false) Boolean open,
			Model model) {
		return attempt(id, model, "hearingNotice", () -> {
			if (presidingOfficerId == null) {
				throw new FieldRejectedException("presidingOfficerId", "required");
			}
			return procedures.noticeHearing(id,
					new ProcedureCommands.NoticeHearing(requiredTime(scheduledAt, "scheduledAt"), blankToNull(place),
							blankToNull(onlineLink), presidingOfficerId, null, Boolean.TRUE.equals(open)));
		});
	}

	@PostMapping("/{id}/hearing-record")
	@SuccessNotice("notice.hearingRecorded")
	String recordHearing(@PathVariable UUID id, @ModelAttribute HearingRecordForm form, Model model) {
		return attempt(id, model, "hearingRecord", () -> procedures.recordHearing(id, form.command()));
	}

	@PostMapping("/{id}/decision")
	@SuccessNotice("notice.caseDecided")
	String decide(@PathVariable UUID id, @ModelAttribute DecisionForm form, Model model) {
		return attempt(id, model, "decision", () -> cases.decide(id, form.command()));
	}

	@PostMapping("/{id}/deliveries")
	@SuccessNotice("notice.documentDelivered")
	String deliver(@PathVariable UUID id, @RequestParam(required = false) String documentKind,
			@RequestParam(required = false) String method, @RequestParam(required = false) String recipient,
			@RequestParam(required = false) String deliveredAt, @RequestParam(required = false) String witness,
			@RequestParam(required = false) String postalTrackingNumber,
			@RequestParam(required = false) String lateReason, Model model) {
		return attempt(id, model, "delivery", () -> procedures.deliver(id,
				new ProcedureCommands.Deliver(required(documentKind, "documentKind"), required(method, "method"),
						required(recipient, "recipient"), ProcedureForms.time(deliveredAt, "deliveredAt"),
						blankToNull(witness), blankToNull(postalTrackingNumber), null, blankToNull(lateReason))));
	}

	@PostMapping("/{id}/extensions")
	@SuccessNotice("notice.caseExtended")
	String extend(@PathVariable UUID id, @RequestParam(required = false) String days,
			@RequestParam(required = false) String reason, Model model) {
		return attempt(id, model, "extension", () -> {
			Integer n = ProcedureForms.integer(days, "days");
			if (n == null) {
				throw new FieldRejectedException("days", "required");
			}
			return procedures.extend(id, new ProcedureCommands.Extend(n, required(reason, "reason")));
		});
	}

	@PostMapping("/{id}/transfer")
	@SuccessNotice("notice.caseTransferred")
	String transfer(@PathVariable UUID id, @RequestParam(required = false) String organKind,
			@RequestParam(required = false) String organ, @RequestParam(required = false) String reason, Model model) {
		return attempt(id, model, "transfer",
				() -> procedures.transfer(id, new ProcedureCommands.TransferOut(required(organKind, "organKind"),
						required(organ, "organ"), required(reason, "reason"))));
	}

	@PostMapping("/{id}/close")
	@SuccessNotice("notice.caseClosed")
	String close(@PathVariable UUID id, @RequestParam(required = false) String summary, Model model) {
		return attempt(id, model, "close", () -> cases.close(id, blankToNull(summary)));
	}

	/**
	 * A step: done, back to the case; refused, the case again with the refusal and the
	 * step's form open ({@code openStep}).
	 */
	private String attempt(UUID id, Model model, String open, Supplier<?> step) {
		try {
			step.get();
			return "redirect:/cases/" + id;
		}
		catch (RuntimeException refused) {
			FormErrors.refusal(refused, model, "shanzhi.validation.invalid");
			model.addAttribute("openStep", open);
			return casePage.show(id, model);
		}
	}

	/** The 调查终结报告 form. */
	record ReportForm(String findings, String harm, Boolean corrected, String correctedOn, Boolean commitmentSigned,
			Boolean rectificationVerified, String proposedTreatment, List<String> penaltyKind,
			List<String> penaltyAmount, List<String> penaltyLicence, List<String> penaltyFrom,
			List<String> penaltyUntil, List<String> penaltyDescription, Boolean major, Boolean complex,
			String departureReason, String reviewAnswer) implements ProcedureForms.PenaltyRowsForm {

		InvestigateCommand command() {
			HarmLevel level;
			try {
				level = HarmLevel.valueOf(required(harm, "harm"));
			}
			catch (IllegalArgumentException ex) {
				throw new FieldRejectedException("harm", "type");
			}
			Treatment proposed = ProcedureWebController.treatment(proposedTreatment, "proposedTreatment");
			return new InvestigateCommand(required(findings, "findings"), level, Boolean.TRUE.equals(corrected),
					ProcedureForms.date(correctedOn, "correctedOn"), Boolean.TRUE.equals(commitmentSigned),
					Boolean.TRUE.equals(rectificationVerified), null, List.of(), proposed,
					ProcedureForms.penalties(this), Boolean.TRUE.equals(major), Boolean.TRUE.equals(complex),
					blankToNull(departureReason), blankToNull(reviewAnswer));
		}

	}

	/** The 集体讨论 form: the attendees one a line, "姓名，职务". */
	record DiscussionForm(String heldAt, Boolean presidedByHead, String attendees, String opinions, String conclusion) {

		ProcedureCommands.Discuss command() {
			List<ProcedureCommands.Attendee> people = new ArrayList<>();
			for (String line : lines(attendees)) {
				String[] parts = line.split("[，,、 ]+", 2);
				people.add(new ProcedureCommands.Attendee(parts[0], parts.length > 1 ? parts[1] : null));
			}
			return new ProcedureCommands.Discuss(requiredTime(heldAt, "heldAt"), Boolean.TRUE.equals(presidedByHead),
					people, required(opinions, "opinions"), required(conclusion, "conclusion"));
		}

	}

	/** The 行政处罚事先告知书 form. */
	record NoticeForm(String treatment, List<String> penaltyKind, List<String> penaltyAmount,
			List<String> penaltyLicence, List<String> penaltyFrom, List<String> penaltyUntil,
			List<String> penaltyDescription, String facts, String reasons, String law, String article,
			Boolean hearingRight, String newFacts) implements ProcedureForms.PenaltyRowsForm {

		ProcedureCommands.Notify command() {
			Treatment t = ProcedureWebController.treatment(treatment, "treatment");
			if (t == null) {
				throw new FieldRejectedException("treatment", "required");
			}
			return new ProcedureCommands.Notify(t, ProcedureForms.penalties(this), required(facts, "facts"),
					required(reasons, "reasons"),
					List.of(new LegalBasis(required(law, "law"), required(article, "article"))),
					Boolean.TRUE.equals(hearingRight), blankToNull(newFacts));
		}

	}

	/** The head's decision form. */
	record DecisionForm(String treatment, List<String> penaltyKind, List<String> penaltyAmount,
			List<String> penaltyLicence, List<String> penaltyFrom, List<String> penaltyUntil,
			List<String> penaltyDescription, String benchmarkLevel, String reasons, String law, String article,
			String departureReason, String paymentDueDays,
			String overdueReason) implements ProcedureForms.PenaltyRowsForm {

		DecideCommand command() {
			Treatment t = ProcedureWebController.treatment(treatment, "treatment");
			if (t == null) {
				throw new FieldRejectedException("treatment", "required");
			}
			return new DecideCommand(t, null, blankToNull(benchmarkLevel), required(reasons, "reasons"),
					new LegalBasis(required(law, "law"), required(article, "article")), blankToNull(departureReason),
					ProcedureForms.penalties(this), ProcedureForms.integer(paymentDueDays, "paymentDueDays"),
					blankToNull(overdueReason));
		}

	}

	/** The 听证笔录 and report form: attendees one a line, "姓名，角色代码". */
	record HearingRecordForm(String heldAt, List<String> attendeeName, List<String> attendeeRole, String record,
			Boolean partySigned, String refusalNote, Boolean partyAbsent, String summary, String recommendation) {

		ProcedureCommands.RecordHearing command() {
			List<ProcedureCommands.HearingAttendee> people = new ArrayList<>();
			int n = attendeeName == null ? 0 : attendeeName.size();
			for (int i = 0; i < n && i < 30; i++) {
				String name = blankToNull(attendeeName.get(i));
				if (name != null) {
					String role = attendeeRole == null || attendeeRole.size() <= i ? null : attendeeRole.get(i);
					people.add(new ProcedureCommands.HearingAttendee(name, required(role, "attendeeRole")));
				}
			}
			return new ProcedureCommands.RecordHearing(requiredTime(heldAt, "heldAt"), people,
					required(record, "record"), Boolean.TRUE.equals(partySigned), blankToNull(refusalNote),
					Boolean.TRUE.equals(partyAbsent), new ProcedureCommands.HearingReport(required(summary, "summary"),
							required(recommendation, "recommendation")));
		}

	}

	private static Treatment treatment(String value, String field) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return Treatment.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldRejectedException(field, "type");
		}
	}

}
