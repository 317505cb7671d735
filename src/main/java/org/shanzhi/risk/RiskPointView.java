package org.shanzhi.risk;

import java.util.List;
import java.util.UUID;

import org.shanzhi.enforcement.LegalBasis;

/**
 * A risk point as the API shows it (R1, R3): its form of violation, causes, possible
 * harm, likelihood, legal basis, the ratings and the grade the matrix proposed, the grade
 * given (and why it departs), and the guidance method and measures.
 */
public record RiskPointView(UUID id, UUID catalogueId, UUID agencyId, String partyCategory, int position, String title,
		String violationForm, String causes, String harm, String likelihood, List<LegalBasis> legalBasis,
		Integer harmRating, Integer likelihoodRating, Grade proposedGrade, Grade grade, String overrideReason,
		String guidanceMethod, String guidanceMeasures, String violationCode) {
}
