package org.shanzhi.leniency;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One version of an agency's list: a DRAFT being edited, or PUBLISHED and in force from
 * {@code effectiveFrom} until the day before the next version's {@code effectiveFrom}
 * ({@code effectiveTo}, {@code null} while it is the latest).
 */
public record ListVersionView(UUID id, UUID agencyId, ListKind kind, int versionNo, String label, String title,
		String status, LocalDate effectiveFrom, LocalDate effectiveTo, OffsetDateTime publishedAt,
		List<EntryView> entries, OffsetDateTime createdAt, long version) {
}
