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

	public record CaseOpened(UUID caseId, UUID agencyId, UUID partyId, String violationCode, LocalDate occurredOn,
			CaseOrigin origin, UUID originId) implements CaseEvent {

		public String action() {
			return "OPENED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("partyId", partyId.toString());
			m.put("violationCode", violationCode);
			m.put("occurredOn", occurredOn.toString());
			m.put("origin", origin.name());
			return m;
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
