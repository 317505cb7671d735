package org.shanzhi.enforcement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A violation type of an agency's catalogue (API.md: code, description, legalBasis,
 * penaltyRange).
 */
public record ViolationTypeView(UUID id, UUID agencyId, String code, String title, String description,
		LegalBasis legalBasis, PenaltyRange penaltyRange, List<DiscretionLevel> benchmark, OffsetDateTime createdAt,
		long version) {

	public DiscretionLevel level(String name) {
		return benchmark.stream().filter(l -> l.level().equals(name)).findFirst().orElse(null);
	}

}
