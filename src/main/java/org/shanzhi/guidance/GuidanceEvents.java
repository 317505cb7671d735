package org.shanzhi.guidance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AuditedEvent;

/**
 * Past-tense events of guidance. Risk scoring and supervision count them (guidance
 * declined or not corrected, follow-up results, conduct complaints); each is written to
 * the audit trail.
 */
public final class GuidanceEvents {

	private GuidanceEvents() {
	}

	/** An event about one guidance act. */
	public interface ActEvent extends AuditedEvent {

		UUID actId();

		default String subjectType() {
			return "GUIDANCE_ACT";
		}

		default String subjectId() {
			return actId().toString();
		}

	}

	public record GuidanceGiven(UUID actId, UUID agencyId, UUID partyId, UUID officerId, String form,
			DocumentForm documentForm, String documentNumber, LocalDate issuedOn, LocalDate rectificationDeadline,
			boolean imported) implements ActEvent {

		public String action() {
			return imported ? "IMPORTED" : "GIVEN";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("partyId", partyId.toString());
			m.put("form", form);
			m.put("documentForm", documentForm.name());
			m.put("documentNumber", documentNumber);
			m.put("issuedOn", issuedOn.toString());
			m.put("rectificationDeadline", rectificationDeadline == null ? null : rectificationDeadline.toString());
			return m;
		}
	}

	/** The party accepted or declined the guidance; declining carries no penalty. */
	public record ResponseRecorded(UUID actId, UUID agencyId, UUID partyId, boolean accepted,
			String note) implements ActEvent {

		public String action() {
			return accepted ? "ACCEPTED" : "DECLINED";
		}

		public Map<String, Object> before() {
			return Map.of("status", ActStatus.ISSUED.name());
		}

		public Map<String, Object> after() {
			return Map.of("accepted", accepted, "note", note == null ? "" : note);
		}
	}

	/**
	 * The rectification outcome was recorded; when not corrected, {@code escalatedCaseId}
	 * names the enforcement case opened for it.
	 */
	public record RectificationOutcomeRecorded(UUID actId, UUID agencyId, UUID partyId, boolean corrected,
			LocalDate deadline, UUID escalatedCaseId, String note) implements ActEvent {

		public String action() {
			return corrected ? "CORRECTED" : "NOT_CORRECTED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("corrected", corrected);
			m.put("deadline", deadline.toString());
			m.put("escalatedCaseId", escalatedCaseId == null ? null : escalatedCaseId.toString());
			m.put("note", note);
			return m;
		}
	}

	public record FollowUpScheduled(UUID followUpId, UUID actId, UUID agencyId, LocalDate dueOn,
			String reason) implements ActEvent {

		public String action() {
			return "FOLLOW_UP_SCHEDULED";
		}

		public Map<String, Object> after() {
			return Map.of("followUpId", followUpId.toString(), "dueOn", dueOn.toString(), "reason", reason);
		}
	}

	/** A 回访 of a decided enforcement case was scheduled (Luohe art. 13(8)). */
	public record CaseFollowUpScheduled(UUID followUpId, UUID caseId, UUID agencyId, UUID officerId, LocalDate dueOn,
			String reason) implements AuditedEvent {

		public String subjectType() {
			return "FOLLOW_UP";
		}

		public String subjectId() {
			return followUpId.toString();
		}

		public String action() {
			return "CASE_FOLLOW_UP_SCHEDULED";
		}

		public Map<String, Object> after() {
			return Map.of("caseId", caseId.toString(), "officerId", officerId.toString(), "dueOn", dueOn.toString(),
					"reason", reason);
		}
	}

	/**
	 * A case's 回访 recorded the party's view of the officers (lawful, civil, satisfaction,
	 * views, complaint).
	 */
	public record CaseFollowUpRecorded(UUID followUpId, UUID caseId, UUID agencyId, UUID partyId, UUID recordedBy,
			int satisfaction, boolean conductComplaint) implements AuditedEvent {

		public String subjectType() {
			return "FOLLOW_UP";
		}

		public String subjectId() {
			return followUpId.toString();
		}

		public String action() {
			return "CASE_FOLLOW_UP_RECORDED";
		}

		public Map<String, Object> after() {
			return Map.of("caseId", caseId.toString(), "recordedBy", recordedBy.toString(), "satisfaction",
					satisfaction, "conductComplaint", conductComplaint);
		}
	}

	/** A follow-up visit recorded its result (the satisfaction score feeds S-figures). */
	public record FollowUpRecorded(UUID actId, UUID subjectActId, UUID agencyId, UUID partyId,
			Boolean rectificationHeld, int satisfaction, boolean conductComplaint) implements ActEvent {

		public String action() {
			return "FOLLOW_UP_RECORDED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("subjectActId", subjectActId.toString());
			m.put("rectificationHeld", rectificationHeld);
			m.put("satisfaction", satisfaction);
			m.put("conductComplaint", conductComplaint);
			return m;
		}
	}

	/**
	 * A party complained about an officer's conduct at a follow-up visit (G6), naming
	 * whom it is about ({@code against}: the officers' names).
	 */
	public record ConductComplaintRaised(UUID complaintId, UUID agencyId, UUID partyId, UUID officerId,
			UUID followUpActId, String against) implements AuditedEvent {

		public String subjectType() {
			return "CONDUCT_COMPLAINT";
		}

		public String subjectId() {
			return complaintId.toString();
		}

		public String action() {
			return "RAISED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("officerId", officerId.toString());
			m.put("followUpActId", followUpActId == null ? null : followUpActId.toString());
			m.put("against", against);
			return m;
		}
	}

	public record ConductComplaintHandled(UUID complaintId, UUID agencyId, UUID headId,
			String note) implements AuditedEvent {

		public String subjectType() {
			return "CONDUCT_COMPLAINT";
		}

		public String subjectId() {
			return complaintId.toString();
		}

		public String action() {
			return "HANDLED";
		}

		public Map<String, Object> before() {
			return Map.of("status", "OPEN");
		}

		public Map<String, Object> after() {
			return Map.of("status", "HANDLED", "note", note);
		}
	}

}
