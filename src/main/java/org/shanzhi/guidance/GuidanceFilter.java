package org.shanzhi.guidance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a list of guidance acts is filtered by (G7); every part optional. {@code q} is
 * searched in full text (Chinese words); {@code overdue} keeps the acts whose
 * rectification deadline passed without an outcome.
 */
public record GuidanceFilter(UUID partyId, String form, ActStatus status, UUID officerId, LocalDate from, LocalDate to,
		String partyCategory, String q, Boolean overdue, UUID caseId, UUID inspectionId, UUID riskPointId) {

	public static GuidanceFilter none() {
		return new GuidanceFilter(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public static GuidanceFilter ofParty(UUID partyId) {
		return new GuidanceFilter(partyId, null, null, null, null, null, null, null, null, null, null, null);
	}

	public static GuidanceFilter ofCase(UUID caseId) {
		return new GuidanceFilter(null, null, null, null, null, null, null, null, null, caseId, null, null);
	}

}
