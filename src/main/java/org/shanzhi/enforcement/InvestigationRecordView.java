package org.shanzhi.enforcement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A record of the investigation as made, with the number of its document (e.g.
 * 河市监询〔2026〕0001号) and the kind of that document in the case ({@code inquiry-record-1}).
 */
public record InvestigationRecordView(UUID id, UUID caseId, RecordKind kind, String documentKind, String documentNumber,
		OffsetDateTime heldAt, String place, List<ActingOfficer> officers, Interviewee interviewee, String content,
		List<UUID> evidenceIds, boolean partySigned, String refusalWitness, boolean urgent, String urgency,
		String recordedBy, OffsetDateTime createdAt) {
}
