package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's time limits (API.md, "time-limits"): those of the steps still to come are
 * {@code null} until their steps exist; {@code overdue} names the limits passed without
 * their step.
 */
public record CaseTimeLimitsView(LocalDate filingDue, LocalDate decisionDue, List<Extension> extensions,
		LocalDate preservationDecisionDue, LocalDate statementDueOn, LocalDate hearingRequestDueOn,
		LocalDate deliveryDue, LocalDate paymentDueOn, LocalDate publicationDue, LocalDate enforcementApplicationFrom,
		LocalDate enforcementApplicationUntil, List<String> overdue) {

	/** An extension of the decision's time limit (APL art. 60). */
	public record Extension(int days, String reason, String approvedBy) {
	}

}
