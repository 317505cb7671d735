package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record InspectionView(UUID id, UUID agencyId, UUID partyId, UUID officerId, LocalDate inspectedOn, String place,
		String findings, boolean violationFound, OffsetDateTime createdAt, long version) {
}
