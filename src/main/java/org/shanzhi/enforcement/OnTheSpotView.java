package org.shanzhi.enforcement;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The answer to the report of a penalty on the spot (当场处罚): the case as registered and
 * decided, with the 当场处罚决定书's number as top-level {@code documentNumber}, the day the
 * report was due ({@value SimpleProcedure#REPORT_WORKING_DAYS} working days after the
 * decision) and whether it came later ({@code reportedLate}).
 */
public record OnTheSpotView(@JsonUnwrapped CaseView kase, String documentNumber, LocalDate reportDue,
		boolean reportedLate) {

	public static OnTheSpotView of(CaseView c, SimpleProcedure.Report report) {
		return new OnTheSpotView(c, c.decision() == null ? null : c.decision().documentNumber(),
				report == null ? null : report.reportDue(), report != null && report.reportedLate());
	}

}
