package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AuditedEvent;

/**
 * Past-tense events of enforcement. The guidance, risk and supervision modules listen to
 * them (violations found, decisions and their treatments, inspections, coercive
 * measures); each is written to the audit trail.
 */
public final class EnforcementEvents {

	private EnforcementEvents() {
	}

	/** An event about one enforcement case. */
	public interface CaseEvent extends AuditedEvent {

		UUID caseId();

		default String subjectType() {
			return "ENFORCEMENT_CASE";
		}

		default String subjectId() {
			return caseId().toString();
		}

	}

	public record ViolationTypeDefined(UUID violationTypeId, UUID agencyId, String code, String title,
			String legalBasis) implements AuditedEvent {

		public String subjectType() {
			return "VIOLATION_TYPE";
		}

		public String subjectId() {
			return violationTypeId.toString();
		}

		public String action() {
			return "DEFINED";
		}

		public Map<String, Object> after() {
			return Map.of("code", code, "title", title, "legalBasis", legalBasis);
		}
	}

	public record InspectionRecorded(UUID inspectionId, UUID agencyId, UUID partyId, LocalDate inspectedOn,
			boolean violationFound, UUID officerId) implements AuditedEvent {

		public String subjectType() {
			return "INSPECTION";
		}

		public String subjectId() {
			return inspectionId.toString();
		}

		public String action() {
			return "RECORDED";
		}

		public Map<String, Object> after() {
			return Map.of("partyId", partyId.toString(), "inspectedOn", inspectedOn.toString(), "violationFound",
					violationFound);
		}
	}

	/**
	 * A case was registered (案源登记) with its first officers; a head's own registration is
	 * filed at once ({@link CaseFiled} follows).
	 */
	public record CaseOpened(UUID caseId, UUID agencyId, UUID partyId, String violationCode, LocalDate occurredOn,
			CaseOrigin origin, UUID originId, LocalDate discoveredOn,
			java.util.List<String> officers) implements CaseEvent {

		public String action() {
			return "REGISTERED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("partyId", partyId.toString());
			m.put("violationCode", violationCode);
			m.put("occurredOn", occurredOn.toString());
			m.put("discoveredOn", discoveredOn == null ? null : discoveredOn.toString());
			m.put("origin", origin.name());
			m.put("officers", officers);
			return m;
		}
	}

	/** The head's filing decision (立案审批): filed with its 立案审批表, or not filed. */
	public record CaseFiled(UUID caseId, UUID agencyId, boolean approved, LocalDate filedOn, String documentNumber,
			String note, String lateReason) implements CaseEvent {

		public String action() {
			return approved ? "FILED" : "NOT_FILED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("status", approved ? CaseStatus.OPEN.name() : CaseStatus.NOT_FILED.name());
			m.put("filedOn", filedOn == null ? null : filedOn.toString());
			m.put("documentNumber", documentNumber);
			m.put("note", note);
			m.put("lateReason", lateReason);
			return m;
		}
	}

	/** The head named an officer to the case or took one off it. */
	public record CaseOfficerChanged(UUID caseId, UUID agencyId, UUID officerId, String officerName, String action,
			UUID headId) implements CaseEvent {

		public Map<String, Object> after() {
			return Map.of("officer", officerName);
		}
	}

	/** An application for an officer of the case to step aside (回避). */
	public record RecusalApplied(UUID caseId, UUID agencyId, UUID recusalId, String officerName,
			RecusalView.AppliedBy appliedBy, String reason) implements CaseEvent {

		public String action() {
			return "RECUSAL_APPLIED";
		}

		public Map<String, Object> after() {
			return Map.of("officer", officerName, "appliedBy", appliedBy.name(), "reason", reason);
		}
	}

	/**
	 * The head's decision on a recusal: approved, the officer no longer acts on the case.
	 */
	public record RecusalDecided(UUID caseId, UUID agencyId, UUID recusalId, String officerName, boolean approved,
			String note) implements CaseEvent {

		public String action() {
			return approved ? "RECUSAL_APPROVED" : "RECUSAL_REJECTED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("officer", officerName);
			m.put("approved", approved);
			m.put("note", note);
			return m;
		}
	}

	/** An agency's time limits of the penalty procedure were set. */
	public record TimeLimitsSet(UUID agencyId, Map<String, Object> before, Map<String, Object> after,
			boolean first) implements AuditedEvent {

		public String subjectType() {
			return "TIME_LIMITS";
		}

		public String subjectId() {
			return agencyId.toString();
		}

		public String action() {
			return first ? "SET" : "UPDATED";
		}
	}

	public record CaseInvestigated(UUID caseId, UUID agencyId, UUID partyId, HarmLevel harm,
			boolean corrected) implements CaseEvent {

		public String action() {
			return "INVESTIGATED";
		}

		public Map<String, Object> after() {
			return Map.of("harm", harm.name(), "corrected", corrected);
		}
	}

	/**
	 * A decision that departs from the leniency proposal was sent to the legal reviewer.
	 */
	public record DecisionSentForReview(UUID caseId, UUID agencyId, Treatment proposed, Treatment decided,
			String departureReason) implements CaseEvent {

		public String action() {
			return "SENT_FOR_REVIEW";
		}

		public Map<String, Object> after() {
			return Map.of("proposed", proposed.name(), "decided", decided.name(), "departureReason", departureReason);
		}
	}

	public record DecisionReviewed(UUID caseId, UUID agencyId, boolean approved, UUID reviewerId,
			String note) implements CaseEvent {

		public String action() {
			return approved ? "REVIEW_APPROVED" : "REVIEW_REJECTED";
		}

		public Map<String, Object> after() {
			return Map.of("approved", approved, "note", note == null ? "" : note);
		}
	}

	/**
	 * The decision took effect: the violation was established (or not) with this
	 * treatment. Risk scoring and supervision count these.
	 */
	public record CaseDecided(UUID caseId, UUID agencyId, UUID partyId, String violationCode, LocalDate occurredOn,
			Treatment treatment, BigDecimal amount, Treatment proposed, boolean departed, boolean outsideBenchmark,
			UUID decidedBy, OffsetDateTime decidedAt) implements CaseEvent {

		public String action() {
			return "DECIDED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("treatment", treatment.name());
			m.put("amount", amount == null ? null : amount.toPlainString());
			m.put("proposed", proposed == null ? null : proposed.name());
			m.put("departed", departed);
			m.put("outsideBenchmark", outsideBenchmark);
			return m;
		}
	}

	public record CaseClosed(UUID caseId, UUID agencyId, UUID partyId) implements CaseEvent {

		public String action() {
			return "CLOSED";
		}

		public Map<String, Object> after() {
			return Map.of("status", CaseStatus.CLOSED.name());
		}
	}

	/**
	 * A case referred to another agency and accepted there (J1 multi-level linkage): it
	 * now belongs to {@code agencyId}.
	 */
	public record CaseTransferred(UUID caseId, UUID agencyId, UUID fromAgencyId, UUID referralId) implements CaseEvent {

		public String action() {
			return "TRANSFERRED";
		}

		public Map<String, Object> before() {
			return Map.of("agencyId", fromAgencyId.toString());
		}

		public Map<String, Object> after() {
			return Map.of("agencyId", agencyId.toString(), "referralId", referralId.toString());
		}
	}

	public record CoerciveMeasureRequested(UUID measureId, UUID caseId, UUID agencyId, String kind,
			OffsetDateTime scheduledAt, boolean urgent) implements AuditedEvent {

		public String subjectType() {
			return "COERCIVE_MEASURE";
		}

		public String subjectId() {
			return measureId.toString();
		}

		public String action() {
			return "REQUESTED";
		}

		public Map<String, Object> after() {
			return Map.of("caseId", caseId.toString(), "kind", kind, "scheduledAt", scheduledAt.toString(), "urgent",
					urgent);
		}
	}

	public record CoerciveMeasureReviewed(UUID measureId, UUID caseId, UUID agencyId, boolean approved,
			UUID headId) implements AuditedEvent {

		public String subjectType() {
			return "COERCIVE_MEASURE";
		}

		public String subjectId() {
			return measureId.toString();
		}

		public String action() {
			return approved ? "APPROVED" : "REJECTED";
		}

		public Map<String, Object> after() {
			return Map.of("approved", approved);
		}
	}

}
