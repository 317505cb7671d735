package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An enforcement case as the API and the pages show it. */
public record CaseView(UUID id, String number, UUID agencyId, UUID partyId, String violationCode, UUID violationTypeId,
		LocalDate occurredOn, String facts, CaseOrigin origin, UUID originId, List<String> evidence, CaseStatus status,
		String findings, HarmLevel harm, Boolean firstOffence, Boolean corrected, LocalDate correctedOn,
		Boolean commitmentSigned, Boolean rectificationVerified, TreatmentProposal proposal, DecisionView decision,
		UUID openedBy, OffsetDateTime createdAt, OffsetDateTime closedAt, long version) {
}
