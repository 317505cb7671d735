package org.shanzhi.directory;

import java.time.OffsetDateTime;
import java.util.UUID;

public record OfficerView(UUID id, UUID agencyId, String name, String certificateNumber, String position,
		OffsetDateTime createdAt, long version) {
}
