package org.shanzhi.shared;

import java.util.UUID;

/**
 * A record moved to another agency (a referral accepted, J1): published by the owning
 * module inside the moving transaction, so that what hangs on the record in other modules
 * (its evidence) moves with it.
 */
public record RecordTransferred(String subjectType, UUID subjectId, UUID fromAgencyId, UUID toAgencyId) {
}
