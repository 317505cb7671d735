package org.shanzhi.directory;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AgencyView(UUID id, String code, String name, String divisionCode, AgencyLevel level, AgencyKind kind,
		UUID parentId, String headName, OffsetDateTime createdAt, long version) {
}
