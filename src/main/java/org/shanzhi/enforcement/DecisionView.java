package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A decision and, when it departed from the proposal, its review: {@code review} is
 * {@code NONE}, {@code PENDING}, {@code APPROVED} or {@code REJECTED}; its penalties (APL
 * art. 9), its document's number (行政处罚决定书 or 不予行政处罚决定书), the terms of payment and when
 * the decision reached the party (送达; the payment falls due from then).
 */
public record DecisionView(Treatment treatment, BigDecimal amount, String benchmarkLevel, String reasons,
		LegalBasis legalBasis, boolean departsFromProposal, String departureReason, boolean outsideBenchmark,
		UUID decidedBy, OffsetDateTime decidedAt, String review, UUID reviewedBy, OffsetDateTime reviewedAt,
		String reviewNote, java.util.List<Penalty> penalties, String documentNumber, PaymentTerms payment,
		OffsetDateTime deliveredAt) {
}
