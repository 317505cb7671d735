package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What the investigation records tell the report (API.md, "调查取证"): how many 询问笔录 and
 * 现场检查笔录 a case has, and whether a 先行登记保存 awaits its decision.
 */
public interface InvestigationFacts {

	int recordCount(UUID caseId);

	boolean hasUndecidedPreservation(UUID caseId);

	Optional<LocalDate> preservationDecisionDue(UUID caseId);

}
