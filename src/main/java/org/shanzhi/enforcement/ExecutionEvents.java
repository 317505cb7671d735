package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Past-tense events of the simple procedure (当场处罚) and of a fine's execution, each
 * written to the audit trail of its case.
 */
public final class ExecutionEvents {

	private ExecutionEvents() {
	}

	/**
	 * A penalty imposed on the spot (APL arts. 51–52) and reported to the agency: its
	 * 当场处罚决定书, whether the party signed for it there and whether the report came after
	 * the agency's limit.
	 */
	public record DecidedOnTheSpot(UUID caseId, UUID agencyId, String documentNumber, List<String> penalties,
			BigDecimal fine, boolean partySigned, boolean reportedLate) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "DECIDED_ON_THE_SPOT";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("documentNumber", documentNumber);
			m.put("penalties", String.join("、", penalties));
			m.put("fine", fine.toPlainString());
			m.put("partySigned", partySigned);
			m.put("reportedLate", reportedLate);
			return m;
		}

	}

	/** A payment of the fine, with its reference (罚缴分离). */
	public record FinePaid(UUID caseId, UUID agencyId, UUID paymentId, BigDecimal amount, LocalDate paidOn,
			String reference) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "FINE_PAID";
		}

		public Map<String, Object> after() {
			return Map.of("amount", amount.toPlainString(), "paidOn", paidOn.toString(), "reference", reference);
		}

	}

	/** An application to defer the payment or pay by instalments (APL art. 66). */
	public record PaymentArrangementRequested(UUID caseId, UUID agencyId, UUID arrangementId, String kind,
			String reason, LocalDate deferredTo, int instalments,
			boolean byParty) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "PAYMENT_ARRANGEMENT_REQUESTED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("kind", kind);
			m.put("reason", reason);
			m.put("deferredTo", deferredTo == null ? null : deferredTo.toString());
			m.put("instalments", instalments);
			m.put("byParty", byParty);
			return m;
		}

	}

	/** The head's decision on an arrangement. */
	public record PaymentArrangementDecided(UUID caseId, UUID agencyId, UUID arrangementId, boolean approved,
			String note) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "PAYMENT_ARRANGEMENT_DECIDED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("approved", approved);
			m.put("note", note);
			return m;
		}

	}

	/** The 催告书 (ACL art. 54) was issued. */
	public record PaymentReminderIssued(UUID caseId, UUID agencyId, String documentNumber, BigDecimal outstanding,
			BigDecimal lateFee) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "PAYMENT_REMINDER_ISSUED";
		}

		public Map<String, Object> after() {
			return Map.of("documentNumber", documentNumber, "outstanding", outstanding.toPlainString(), "lateFee",
					lateFee.toPlainString());
		}

	}

	/** The agency applied to the people's court for enforcement (ACL art. 53). */
	public record EnforcementApplied(UUID caseId, UUID agencyId, String court, LocalDate appliedOn,
			BigDecimal outstanding) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "ENFORCEMENT_APPLIED";
		}

		public Map<String, Object> after() {
			return Map.of("court", court, "appliedOn", appliedOn.toString(), "outstanding",
					outstanding.toPlainString());
		}

	}

	/** The court's ruling on the application was recorded. */
	public record EnforcementRuled(UUID caseId, UUID agencyId, String ruling, LocalDate rulingOn,
			String note) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "ENFORCEMENT_RULED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("ruling", ruling);
			m.put("rulingOn", rulingOn.toString());
			m.put("note", note);
			return m;
		}

	}

}
