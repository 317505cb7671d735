package org.shanzhi.joint;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What joint actions tell the other modules (J1): each finding becomes the recording
 * agency's own record through these events.
 */
public final class JointEvents {

	private JointEvents() {
	}

	/** An agency recorded a finding for a party during a joint action. */
	public record FindingRecorded(UUID actionId, String actionNumber, UUID agencyId, UUID partyId, UUID officerId,
			LocalDate day, String matter, JointAction.Result result, String note, String requirement,
			LocalDate deadline) {
	}

	/** An action was concluded; its combined notice went to each party. */
	public record ActionConcluded(UUID actionId, String actionNumber, UUID leadAgencyId, int parties, int visitsSaved) {
	}

	/**
	 * A referral was accepted: the record now belongs to {@code toAgencyId}; the owning
	 * module moves it, in the same transaction.
	 */
	public record ReferralAccepted(UUID referralId, Referrals.Kind kind, UUID subjectId, UUID fromAgencyId,
			UUID toAgencyId) {
	}

}
