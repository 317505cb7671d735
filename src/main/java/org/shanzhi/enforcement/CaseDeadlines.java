package org.shanzhi.enforcement;

import java.time.LocalDate;

/**
 * The case's time limits known so far: filing ({@code filingDue}, the agency's
 * {@code filingWorkingDays} from discovery) and the decision ({@code decisionDue},
 * {@code decisionDays} from filing plus extensions; {@code null} until filed).
 */
public record CaseDeadlines(LocalDate filingDue, LocalDate decisionDue) {
}
