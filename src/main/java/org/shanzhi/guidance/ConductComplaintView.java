package org.shanzhi.guidance;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A party's complaint about an officer's conduct raised at a follow-up visit, as the
 * head's queue shows it.
 */
public record ConductComplaintView(UUID id, UUID agencyId, UUID partyId, String partyName, UUID officerId,
		UUID followUpActId, UUID subjectActId, String summary, String status, UUID handledBy, OffsetDateTime handledAt,
		String handlingNote, OffsetDateTime createdAt, long version) {
}
