package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The facts of a violation that leniency rules look at, as the investigation established
 * them. {@code caseId} is {@code null} for an assessment made before a case exists.
 */
public record CaseFacts(UUID caseId, UUID agencyId, UUID partyId, String violationCode, LocalDate occurredOn,
		HarmLevel harm, Boolean firstOffence, Boolean corrected, LocalDate correctedOn, Boolean commitmentSigned,
		Boolean rectificationVerified, LocalDate decisionDate) {
}
