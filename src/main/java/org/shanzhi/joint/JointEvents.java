package org.shanzhi.joint;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * What joint actions tell the other modules (J1): each finding becomes the recording
 * agency's own record through these events.
 */
public final class JointEvents {

	private JointEvents() {
	}

	/**
	 * An agency recorded a finding for a party during a joint action. Shared with other
	 * systems: topic {@code shanzhi.joint.finding-recorded}, keyed by the agency.
	 */
	@Externalized("shanzhi.joint.finding-recorded::#{#this.agencyId()}")
	public record FindingRecorded(UUID actionId, String actionNumber, UUID agencyId, UUID partyId, UUID officerId,
			LocalDate day, String matter, JointAction.Result result, String note, String requirement,
			LocalDate deadline) {
	}

	/**
	 * An action was concluded; its combined notice went to each party. Shared: topic
	 * {@code shanzhi.joint.action-concluded}, keyed by the action.
	 */
	@Externalized("shanzhi.joint.action-concluded::#{#this.actionId()}")
	public record ActionConcluded(UUID actionId, String actionNumber, UUID leadAgencyId, int parties, int visitsSaved) {
	}

	/**
	 * A referral was accepted: the record now belongs to {@code toAgencyId}; the owning
	 * module moves it, in the same transaction.
	 */
	@Externalized("shanzhi.joint.referral-accepted::#{#this.subjectId()}")
	public record ReferralAccepted(UUID referralId, Referrals.Kind kind, UUID subjectId, UUID fromAgencyId,
			UUID toAgencyId) {
	}

	/**
	 * Findings another department's system posted for its agency (J2 inbound exchange):
	 * they become the agency's inspection, cases and acts of guidance like a joint
	 * action's findings. {@code reference} names the sending system and its event.
	 */
	public record ExternalFindingsReceived(String reference, LocalDate day,
			java.util.List<JointAction.Finding> findings) {
	}

}
