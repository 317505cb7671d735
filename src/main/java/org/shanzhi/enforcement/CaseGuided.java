package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The published language by which guidance tells enforcement that an act of guidance
 * about a case was issued on a day: the case keeps the earliest such day, which the
 * assessment's "guidance before penalty" compares with the decision (S2, LH7).
 * Enforcement handles it synchronously in the publisher's transaction.
 *
 * @param caseId the case the act of guidance is about
 * @param guidanceActId the act of guidance
 * @param issuedOn the day the act was issued
 */
public record CaseGuided(UUID caseId, UUID guidanceActId, LocalDate issuedOn) {
}
