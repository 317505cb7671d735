package org.shanzhi.risk.internal;

import java.util.List;

import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.risk.Grade;

/** The checked content of a risk point, graded, with its search terms. */
public record PointContent(String title, String violationForm, String causes, String harm, String likelihood,
		List<LegalBasis> legalBasis, Integer harmRating, Integer likelihoodRating, Grade proposedGrade, Grade grade,
		String overrideReason, String guidanceMethod, String guidanceMeasures, String violationCode,
		List<String> searchTerms) {
}
