package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Past-tense events of the penalty procedure's later steps (API.md, "Penalty procedure"),
 * each written to the audit trail; the 公示 of decisions listens to the delivery and the
 * revocation of a decision.
 */
public final class ProcedureEvents {

	private ProcedureEvents() {
	}

	/**
	 * The decision (行政处罚决定书 or 不予行政处罚决定书) reached the party: an ordinary-procedure
	 * decision imposing a penalty is published from then (APL art. 48).
	 */
	public record DecisionDelivered(UUID caseId, UUID agencyId, UUID partyId, String documentNumber,
			CaseProcedure procedure, boolean penaltyImposed, LocalDate decidedOn,
			OffsetDateTime deliveredAt) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "DECISION_DELIVERED";
		}

		public Map<String, Object> after() {
			return Map.of("documentNumber", documentNumber, "deliveredAt", deliveredAt.toString());
		}

	}

	/**
	 * The decision was revoked (by reconsideration, litigation or the agency's own
	 * correction): its 公示 is withdrawn (within 3 working days).
	 */
	public record DecisionRevoked(UUID caseId, UUID agencyId, String documentNumber, String reason,
			String by) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "DECISION_REVOKED";
		}

		public Map<String, Object> after() {
			return Map.of("documentNumber", documentNumber, "reason", reason, "by", by);
		}

	}

	/**
	 * A step of the procedure taken on a case (the discussion, a notice, a statement and
	 * its answer, the hearing's request, notice and record, an extension, a transfer, a
	 * document sent): its action and what it recorded.
	 */
	public record Step(UUID caseId, UUID agencyId, String action,
			Map<String, Object> after) implements EnforcementEvents.CaseEvent {
	}

	/**
	 * A 行政处罚事先告知书 was issued; where the right to mediate applies (M1: a major decision)
	 * the notice told it, and mediation records that the party was told.
	 */
	public record PriorNoticeIssued(UUID caseId, UUID agencyId, UUID partyId, String documentNumber,
			boolean hearingRight, boolean mediationRight) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "PRIOR_NOTICE_ISSUED";
		}

		public Map<String, Object> after() {
			return Map.of("documentNumber", documentNumber, "hearingRight", hearingRight, "mediationRight",
					mediationRight);
		}

	}

	/**
	 * A major or complex case was decided: a 回访 falls due (Luohe art. 13(8)), scheduled
	 * by the follow-ups, {@code dueOn} after the decision.
	 */
	public record FollowUpDue(UUID caseId, UUID agencyId, UUID partyId, String caseNumber, String reason,
			LocalDate dueOn) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "FOLLOW_UP_DUE";
		}

		public Map<String, Object> after() {
			return Map.of("reason", reason, "dueOn", dueOn.toString());
		}

	}

}
