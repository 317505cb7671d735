package org.shanzhi.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an evaluation report found (R5), as computed from the platform's data: the basic
 * situation of the catalogues, the measures carried out, and the comparison.
 */
public record EvaluationFigures(Periods periods, Basic basic, Measures measures, ComparisonFigures comparison,
		List<String> violationCodes, boolean allViolationTypes) {

	public record Periods(Comparison.Period current, Comparison.Period previousPeriod,
			Comparison.Period samePeriodLastYear) {
	}

	/** The catalogues sorted, published and publicised. */
	public record Basic(List<CatalogueLine> catalogues, int points, int publishedCatalogues, long comments,
			long commentsAdopted) {
	}

	public record CatalogueLine(UUID catalogueId, String partyCategory, int versionNo, CatalogueStatus status,
			LocalDate effectiveFrom, int points, int high, int medium, int low, long comments, long adopted,
			long partly, long notAdopted, LocalDate consultationFrom, LocalDate consultationTo) {
	}

	/**
	 * The guidance acts that named risk points: how many, whom, per point, the latest.
	 */
	public record Measures(long acts, long partiesGuided, List<PointLine> byPoint, List<ActLine> latest) {
	}

	public record PointLine(UUID riskPointId, String title, long acts) {
	}

	public record ActLine(LocalDate issuedOn, String partyName, String officer, String form, String channel,
			String subject, String riskPoint) {
	}

	/** Violations, compliance rate and satisfaction in the compared periods. */
	public record ComparisonFigures(Comparison.Measure violations, Comparison.Measure complianceRate,
			Comparison.Measure satisfaction, Compliance compliance) {
	}

	/** How the compliance rate of the period was counted. */
	public record Compliance(long partiesGuided, long partiesWithViolations) {
	}

}
