package org.shanzhi.enforcement;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Asks to take a coercive measure in a case. The reason why non-coercive means cannot
 * reach the purpose and the scope are checked as business rules (422 when missing, L4),
 * as are the prohibited periods (C1).
 */
public record RequestCoerciveMeasureCommand(@NotNull UUID caseId, @NotNull CoerciveKind kind,
		@NotNull OffsetDateTime scheduledAt, @Size(max = 2000) String whyNonCoerciveInsufficient,
		@Size(max = 1000) String scope, boolean urgent, @Size(max = 1000) String urgency) {
}
