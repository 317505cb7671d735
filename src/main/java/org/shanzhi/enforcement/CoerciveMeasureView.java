package org.shanzhi.enforcement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A coercive measure: {@code status} PENDING_APPROVAL until the agency head approves
 * (APPROVED: it may take effect) or rejects it.
 */
public record CoerciveMeasureView(UUID id, UUID caseId, UUID agencyId, CoerciveKind kind, OffsetDateTime scheduledAt,
		String whyNonCoerciveInsufficient, String scope, boolean urgent, String urgency, String status,
		UUID requestedBy, UUID decidedBy, OffsetDateTime decidedAt, String note, OffsetDateTime createdAt,
		long version) {
}
