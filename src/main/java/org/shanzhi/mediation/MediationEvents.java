package org.shanzhi.mediation;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AuditedEvent;

/** Past-tense events of mediation; each is written to the audit trail. */
public final class MediationEvents {

	private MediationEvents() {
	}

	/** An event about one mediation case. */
	public interface CaseEvent extends AuditedEvent {

		UUID caseId();

		default String subjectType() {
			return "MEDIATION_CASE";
		}

		default String subjectId() {
			return caseId().toString();
		}

	}

	public record MediationStarted(UUID caseId, UUID agencyId, Procedure procedure, Origin origin,
			DisputeType disputeType, int parties) implements CaseEvent {

		public String action() {
			return "STARTED";
		}

		public Map<String, Object> after() {
			return Map.of("procedure", procedure.name(), "origin", origin.name(), "disputeType", disputeType.name(),
					"parties", parties);
		}
	}

	public record ConsentRecorded(UUID caseId, UUID agencyId, UUID partyId, boolean consented, MediationStatus status,
			Confirmation.Method method) implements CaseEvent {

		public String action() {
			return consented ? "CONSENTED" : "CONSENT_REFUSED";
		}

		public Map<String, Object> after() {
			return Map.of("partyId", partyId.toString(), "consented", consented, "status", status.name(), "method",
					method.name());
		}
	}

	public record AcceptanceDecided(UUID caseId, UUID agencyId, boolean accepted, String reason,
			OffsetDateTime sessionAt, String place) implements CaseEvent {

		public String action() {
			return accepted ? "ACCEPTED" : "REFUSED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("accepted", accepted);
			m.put("reason", reason);
			m.put("sessionAt", sessionAt == null ? null : sessionAt.toString());
			m.put("place", place);
			return m;
		}
	}

	public record SessionHeld(UUID caseId, UUID agencyId, int number, OffsetDateTime heldAt) implements CaseEvent {

		public String action() {
			return "SESSION_HELD";
		}

		public Map<String, Object> after() {
			return Map.of("number", number, "heldAt", heldAt.toString());
		}
	}

	public record AgreementSigned(UUID caseId, UUID agencyId, int signatures) implements CaseEvent {

		public String action() {
			return "AGREED";
		}

		public Map<String, Object> after() {
			return Map.of("signatures", signatures, "status", MediationStatus.AGREED.name());
		}
	}

	/** The agreement proposed to the parties, awaiting their signatures (M8). */
	public record AgreementProposed(UUID caseId, UUID agencyId, int parties) implements CaseEvent {

		public String action() {
			return "AGREEMENT_PROPOSED";
		}

		public Map<String, Object> after() {
			return Map.of("parties", parties, "status", MediationStatus.AWAITING_SIGNATURES.name());
		}
	}

	/** A party signed the proposed agreement, online or in person. */
	public record AgreementSignedBy(UUID caseId, UUID agencyId, UUID partyId,
			Confirmation.Method method) implements CaseEvent {

		public String action() {
			return "AGREEMENT_SIGNED_BY_PARTY";
		}

		public Map<String, Object> after() {
			return Map.of("partyId", partyId.toString(), "method", method.name());
		}
	}

	/** A proposed agreement withdrawn before every party signed it. */
	public record AgreementWithdrawn(UUID caseId, UUID agencyId, String reason) implements CaseEvent {

		public String action() {
			return "AGREEMENT_WITHDRAWN";
		}

		public Map<String, Object> after() {
			return Map.of("reason", reason, "status", MediationStatus.IN_SESSION.name());
		}
	}

	/** The follow-up after the agreed date: the agreement was honoured, or not. */
	public record AgreementPerformed(UUID caseId, UUID agencyId, boolean honoured, String note) implements CaseEvent {

		public String action() {
			return honoured ? "AGREEMENT_HONOURED" : "AGREEMENT_NOT_HONOURED";
		}

		public Map<String, Object> after() {
			return Map.of("honoured", honoured, "note", note == null ? "" : note);
		}
	}

	public record MediationTerminated(UUID caseId, UUID agencyId, String reason, Referral referral,
			MediationStatus from) implements CaseEvent {

		public String action() {
			return "TERMINATED";
		}

		public Map<String, Object> before() {
			return Map.of("status", from.name());
		}

		public Map<String, Object> after() {
			return Map.of("reason", reason, "referral", referral.name());
		}
	}

}
