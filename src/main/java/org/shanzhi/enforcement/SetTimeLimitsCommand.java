package org.shanzhi.enforcement;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * An agency's own time limits and thresholds (its province's figures); a simple-procedure
 * maximum above APL art. 51 is refused (422 {@code threshold-above-statute}).
 */
public record SetTimeLimitsCommand(@NotNull @Min(1) @Max(365) Integer decisionDays,
		@NotNull @Min(0) @Max(365) Integer extensionDays, @NotNull @Min(1) @Max(60) Integer statementWorkingDays,
		@NotNull @Min(1) @Max(60) Integer publicationWorkingDays,
		@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal simpleFineMaxPerson,
		@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal simpleFineMaxOrganization,
		@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal hearingFineMinPerson,
		@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal hearingFineMinOrganization,
		@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal hearingValueMinPerson,
		@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal hearingValueMinOrganization,
		@NotNull @Min(1) @Max(60) Integer filingWorkingDays, @NotNull @Min(1) @Max(365) Integer paymentDueDays) {
}
