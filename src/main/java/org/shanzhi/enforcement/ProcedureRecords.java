package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the steps of the ordinary procedure record on a case (API.md, "Penalty
 * procedure"), as the case's view shows them: the investigation report, the legal
 * reviews, the collective discussion, the prior notices, the statements, the hearing, the
 * extensions, the deliveries and the transfer. Each is written once by its step and kept.
 */
public final class ProcedureRecords {

	private ProcedureRecords() {
	}

	/** Why the legal review is required (APL art. 58) or asked for. */
	public enum ReviewGround {

		PUBLIC_INTEREST, MAJOR_RIGHTS, HEARING_HELD, COMPLEX, DEPARTURE

	}

	/** Which of the two benchmarks was applied (从旧兼从轻, APL art. 37). */
	public enum Applied {

		THEN, NOW

	}

	/** The treatment the leniency lists proposed when the violation occurred and now. */
	public record Benchmark(Treatment then, Treatment now, Applied applied) {
	}

	/** When the limitation period of APL art. 36 ran out for the case. */
	public record Limitation(LocalDate expiresOn) {
	}

	/**
	 * Guidance given to the party before the penalty (counted and shown, Luohe art. 15).
	 */
	public record PriorGuidance(UUID actId, String documentNumber, String form, LocalDate issuedOn) {
	}

	/** 案件调查终结报告 with the proposed treatment. */
	public record Report(String documentNumber, TreatmentProposal proposal, Benchmark benchmark, Limitation limitation,
			List<PriorGuidance> priorGuidance, List<ReviewGround> reviewGrounds, boolean discussionRequired,
			Treatment proposedTreatment, List<Penalty> proposedPenalties, boolean major, boolean complex,
			String departureReason, String reviewAnswer, OffsetDateTime reportedAt) {
	}

	/** A legal review (法制审核意见书): approved or returned with its opinions. */
	public record Review(OffsetDateTime at, UUID reviewerId, boolean approved, String note, List<String> opinions,
			String documentNumber) {
	}

	/** One who attended the collective discussion. */
	public record Attendee(String name, String position) {
	}

	/** 集体讨论 (APL art. 57(2)). */
	public record Discussion(OffsetDateTime heldAt, boolean presidedByHead, List<Attendee> attendees, String opinions,
			String conclusion, OffsetDateTime recordedAt) {
	}

	/** A 行政处罚事先告知书 (APL art. 44); its delivery starts the periods of statements. */
	public record PriorNotice(UUID id, String kind, String documentNumber, Treatment treatment, List<Penalty> penalties,
			String facts, String reasons, List<LegalBasis> legalBasis, boolean hearingRight, boolean mediationRight,
			String newFacts, OffsetDateTime issuedAt, OffsetDateTime deliveredAt, LocalDate statementDueOn,
			LocalDate hearingRequestDueOn) {

		public PriorNotice delivered(OffsetDateTime at, LocalDate statementDue, LocalDate hearingRequestDue) {
			return new PriorNotice(id, kind, documentNumber, treatment, penalties, facts, reasons, legalBasis,
					hearingRight, mediationRight, newFacts, issuedAt, at, statementDue, hearingRequestDue);
		}

	}

	/** 陈述、申辩 or a waiver of them, and the officers' answer. */
	public record Statement(UUID id, String kind, String content, OffsetDateTime receivedAt, String channel,
			boolean waivesHearing, UUID recordedBy, String adopted, String answer, OffsetDateTime answeredAt) {

		public boolean answered() {
			return "WAIVER".equals(kind) || answeredAt != null;
		}

		public Statement answered(String adopted, String reasons, OffsetDateTime at) {
			return new Statement(id, kind, content, receivedAt, channel, waivesHearing, recordedBy, adopted, reasons,
					at);
		}

	}

	/** 听证通知. */
	public record HearingNotice(String documentNumber, OffsetDateTime scheduledAt, String place, String onlineLink,
			UUID presidingOfficerId, String presidingOfficerName, UUID clerkId, boolean open) {
	}

	/** One who attended the hearing. */
	public record HearingAttendee(String name, String role) {
	}

	/** The hearing's report to the head (APL art. 65). */
	public record HearingReport(String summary, String recommendation) {
	}

	/** 听证笔录. */
	public record HearingMinutes(OffsetDateTime heldAt, List<HearingAttendee> attendees, String record,
			boolean partySigned, String refusalNote, boolean partyAbsent, HearingReport report) {
	}

	/** 听证: the request, the notice, the record. */
	public record Hearing(OffsetDateTime requestedAt, String channel, HearingNotice notice, HearingMinutes minutes) {

		public Hearing withNotice(HearingNotice n) {
			return new Hearing(requestedAt, channel, n, minutes);
		}

		public Hearing withMinutes(HearingMinutes m) {
			return new Hearing(requestedAt, channel, notice, m);
		}

	}

	/** An extension of the time limit of the decision (APL art. 60). */
	public record Extension(int days, String reason, UUID approvedBy, OffsetDateTime at) {
	}

	/** 移送 (APL art. 27). */
	public record Transfer(String organKind, String organ, String reason, String documentNumber, OffsetDateTime at) {
	}

	/**
	 * A decision revoked (by reconsideration, litigation or the agency's own correction).
	 */
	public record Revocation(String reason, String by, java.util.UUID revokedBy, OffsetDateTime at) {
	}

	/** 送达 of one document (APL art. 61), with its 送达回证 for the paper methods. */
	public record Delivery(UUID id, String documentKind, String documentNumber, String method, String recipient,
			String status, OffsetDateTime sentAt, OffsetDateTime deliveredAt, OffsetDateTime readAt,
			String receiptNumber, String witness, String postalTrackingNumber, UUID receiptEvidenceId,
			String lateReason) {
	}

}
