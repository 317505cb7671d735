package org.shanzhi.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A catalogue with its points, its consultation and its publication. */
public record RiskCatalogueView(UUID id, UUID agencyId, String partyCategory, int versionNo, String title,
		CatalogueStatus status, Consultation consultation, LocalDate effectiveFrom, OffsetDateTime publishedAt,
		List<RiskPointView> points, OffsetDateTime createdAt, long version) {

	/** The consultation's period and channels, and the summary published with it. */
	public record Consultation(LocalDate opensOn, LocalDate closesOn, String channels, String summary) {
	}

}
