package org.shanzhi.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AuditEntryView(long seq, UUID id, OffsetDateTime occurredAt, String actor, UUID actorAgencyId,
		String subjectType, String subjectId, UUID agencyId, String action, String before, String after, String hash) {
}
