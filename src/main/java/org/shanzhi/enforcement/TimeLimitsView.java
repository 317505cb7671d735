package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An agency's time limits and thresholds of the penalty procedure (API.md, "Penalty
 * procedure"): the statutory defaults until the agency sets its province's own figures
 * ({@code defaults} then {@code true}). Periods of 2, 3, 5 and 7 days are working days
 * (APL art. 85), the others calendar days.
 */
public record TimeLimitsView(UUID agencyId, int decisionDays, int extensionDays, int statementWorkingDays,
		int publicationWorkingDays, BigDecimal simpleFineMaxPerson, BigDecimal simpleFineMaxOrganization,
		BigDecimal hearingFineMinPerson, BigDecimal hearingFineMinOrganization, BigDecimal hearingValueMinPerson,
		BigDecimal hearingValueMinOrganization, int filingWorkingDays, int paymentDueDays, boolean defaults,
		OffsetDateTime updatedAt, long version) {

	/** APL art. 51: the most a fine on the spot may be. */
	public static final BigDecimal STATUTE_SIMPLE_MAX_PERSON = new BigDecimal("200");

	public static final BigDecimal STATUTE_SIMPLE_MAX_ORGANIZATION = new BigDecimal("3000");

	/** The defaults of API.md. */
	public static TimeLimitsView defaultsFor(UUID agencyId) {
		return new TimeLimitsView(agencyId, 90, 30, 5, 7, STATUTE_SIMPLE_MAX_PERSON, STATUTE_SIMPLE_MAX_ORGANIZATION,
				new BigDecimal("10000"), new BigDecimal("100000"), new BigDecimal("10000"), new BigDecimal("100000"),
				15, 15, true, null, 0);
	}

	/** The figures by name, as the audit trail records them. */
	public Map<String, Object> figures() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("decisionDays", decisionDays);
		m.put("extensionDays", extensionDays);
		m.put("statementWorkingDays", statementWorkingDays);
		m.put("publicationWorkingDays", publicationWorkingDays);
		m.put("simpleFineMaxPerson", simpleFineMaxPerson.toPlainString());
		m.put("simpleFineMaxOrganization", simpleFineMaxOrganization.toPlainString());
		m.put("hearingFineMinPerson", hearingFineMinPerson.toPlainString());
		m.put("hearingFineMinOrganization", hearingFineMinOrganization.toPlainString());
		m.put("hearingValueMinPerson", hearingValueMinPerson.toPlainString());
		m.put("hearingValueMinOrganization", hearingValueMinOrganization.toPlainString());
		m.put("filingWorkingDays", filingWorkingDays);
		m.put("paymentDueDays", paymentDueDays);
		return m;
	}

}
