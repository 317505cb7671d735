package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Past-tense events of the investigation (调查取证): its records and the 先行登记保存 of evidence,
 * each written to the case's audit trail.
 */
public final class InvestigationEvents {

	private InvestigationEvents() {
	}

	/** A 询问笔录 or 现场检查笔录 was made and its document issued. */
	public record RecordMade(UUID caseId, UUID agencyId, UUID recordId, RecordKind kind, String documentNumber,
			OffsetDateTime heldAt, List<String> officers, boolean partySigned,
			boolean urgent) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "RECORD_MADE";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("recordId", recordId.toString());
			m.put("recordKind", kind.name());
			m.put("documentNumber", documentNumber);
			m.put("heldAt", heldAt.toString());
			m.put("officers", officers);
			m.put("partySigned", partySigned);
			m.put("urgent", urgent);
			return m;
		}

	}

	/** Officers asked the head to approve a 先行登记保存. */
	public record PreservationRequested(UUID caseId, UUID agencyId, UUID preservationId, int items, String reason,
			List<String> officers) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "PRESERVATION_REQUESTED";
		}

		public Map<String, Object> after() {
			return Map.of("preservationId", preservationId.toString(), "preservationStatus",
					PreservationStatus.REQUESTED.name(), "items", items, "reason", reason, "officers", officers);
		}

	}

	/**
	 * The head approved the 先行登记保存 (its notice issued, the decision due) or refused it.
	 */
	public record PreservationDecided(UUID caseId, UUID agencyId, UUID preservationId, boolean approved,
			String documentNumber, LocalDate decisionDue, String note) implements EnforcementEvents.CaseEvent {

		public String action() {
			return approved ? "PRESERVATION_APPROVED" : "PRESERVATION_REJECTED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("preservationId", preservationId.toString());
			m.put("preservationStatus", (approved ? PreservationStatus.APPROVED : PreservationStatus.REJECTED).name());
			m.put("documentNumber", documentNumber);
			m.put("decisionDue", decisionDue == null ? null : decisionDue.toString());
			m.put("note", note);
			return m;
		}

	}

	/** The preserved things were disposed of within the period. */
	public record PreservationDisposed(UUID caseId, UUID agencyId, UUID preservationId, PreservationDisposal disposal,
			String note) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "PRESERVATION_DISPOSED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("preservationId", preservationId.toString());
			m.put("preservationStatus", PreservationStatus.DISPOSED.name());
			m.put("disposal", disposal.name());
			m.put("note", note);
			return m;
		}

	}

	/**
	 * No decision on the preserved things by the day it was due: the preservation lapsed
	 * and the things are released (APL art. 56).
	 */
	public record PreservationLapsed(UUID caseId, UUID agencyId, UUID preservationId,
			LocalDate decisionDue) implements EnforcementEvents.CaseEvent {

		public String action() {
			return "PRESERVATION_LAPSED";
		}

		public Map<String, Object> after() {
			return Map.of("preservationId", preservationId.toString(), "preservationStatus",
					PreservationStatus.LAPSED.name(), "decisionDue", decisionDue.toString());
		}

	}

}
