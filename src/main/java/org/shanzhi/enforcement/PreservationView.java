package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A 先行登记保存 of a case: its things, the head's decision with the notice's number and the
 * day the decision on the things is due ({@code decisionDue}, 7 working days), the
 * disposal, or its lapse. The names are the people's as recorded.
 */
public record PreservationView(UUID id, UUID caseId, PreservationStatus status, List<PreservedItem> items,
		String reason, List<ActingOfficer> officers, String requestedBy, OffsetDateTime requestedAt, String decidedBy,
		OffsetDateTime decidedAt, String decisionNote, String documentKind, String documentNumber,
		LocalDate decisionDue, PreservationDisposal disposal, String disposalNote, String disposedBy,
		OffsetDateTime disposedAt, OffsetDateTime lapsedAt, long version) {
}
