package org.shanzhi.enforcement;

import java.time.OffsetDateTime;

/**
 * A document of a case as the list of its documents shows it (API.md, "documents"): its
 * kind in the case (e.g. {@code inquiry-record-2}), its number, its title, when it was
 * issued and delivered, and where its PDF is.
 */
public record CaseDocumentView(String kind, String number, String title, OffsetDateTime issuedAt,
		OffsetDateTime deliveredAt, String href) {
}
