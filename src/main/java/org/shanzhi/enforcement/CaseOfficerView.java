package org.shanzhi.enforcement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An officer named to a case, with the certificate they act under; {@code recusedAt} once
 * the head approved their recusal (回避), after which they no longer act on it.
 */
public record CaseOfficerView(UUID officerId, String name, String certificateNumber, OffsetDateTime assignedAt,
		OffsetDateTime recusedAt) {

	public CaseOfficerView recused(OffsetDateTime at) {
		return new CaseOfficerView(officerId, name, certificateNumber, assignedAt, at);
	}

}
