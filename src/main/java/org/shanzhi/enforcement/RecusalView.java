package org.shanzhi.enforcement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An application for an officer of the case to step aside (回避, APL art. 43), by the
 * officer or by the party, and the head's decision: {@code status} is {@code PENDING},
 * {@code APPROVED} or {@code REJECTED}.
 */
public record RecusalView(UUID id, UUID officerId, String officerName, AppliedBy appliedBy, String reason,
		UUID appliedByAccount, OffsetDateTime appliedAt, String status, UUID decidedBy, OffsetDateTime decidedAt,
		String note) {

	/** Who applied. */
	public enum AppliedBy {

		OFFICER, PARTY

	}

	public boolean pending() {
		return "PENDING".equals(status);
	}

	public RecusalView decided(boolean approve, UUID head, OffsetDateTime at, String decisionNote) {
		return new RecusalView(id, officerId, officerName, appliedBy, reason, appliedByAccount, appliedAt,
				approve ? "APPROVED" : "REJECTED", head, at, decisionNote);
	}

}
