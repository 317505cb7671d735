package org.shanzhi.guidance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A follow-up visit (回访) scheduled for an act, or for a decided enforcement case
 * ({@code caseId}, {@code actId} null): why (MAJOR, COMPLEX, REQUESTED), when, and, once
 * done, the FOLLOW_UP act that recorded it (an act's) or its {@code result} (a case's).
 */
public record FollowUpView(UUID id, UUID actId, UUID agencyId, UUID partyId, String partyName, String actSubject,
		UUID officerId, LocalDate dueOn, String reason, String status, UUID resultActId, OffsetDateTime doneAt,
		OffsetDateTime createdAt, long version, UUID caseId, FollowUpResult result) {

	public boolean overdue(LocalDate today) {
		return "SCHEDULED".equals(status) && dueOn.isBefore(today);
	}

}
