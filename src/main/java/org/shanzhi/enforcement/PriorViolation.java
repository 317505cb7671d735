package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An established violation of a party on record (decided, not {@code NOT_ESTABLISHED}).
 */
public record PriorViolation(UUID caseId, UUID agencyId, String violationCode, LocalDate occurredOn,
		Treatment treatment) {
}
