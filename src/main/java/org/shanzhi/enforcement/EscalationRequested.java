package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The published language by which another module hands a matter over to ordinary
 * enforcement, so that "service" is never an excuse for not enforcing (G5, LY6): a
 * rectification required by guidance was not made, and the agency opens a case (立案).
 * <p>
 * The publisher chooses the new case's id, so that both records name each other from the
 * start. Enforcement handles the event synchronously in the publisher's transaction: if
 * the case cannot be opened (an unknown violation code, say), the publisher's change
 * rolls back with the refusal.
 *
 * @param caseId the id the new case takes
 * @param origin where the matter comes from (e.g. GUIDANCE)
 * @param originId the record it comes from (e.g. the guidance act)
 * @param agencyId the agency that opens the case
 * @param officerId the officer who opens it
 */
public record EscalationRequested(UUID caseId, CaseOrigin origin, UUID originId, UUID agencyId, UUID officerId,
		UUID partyId, String violationCode, LocalDate occurredOn, String facts) {
}
