package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The head's decision on a case: the treatment, the penalties (APL art. 9; without them,
 * {@code amount} alone is one fine), the benchmark level applied, the legal basis and
 * reasons, the written reason for a departure from the leniency proposal (then a legal
 * reviewer must approve it), the days to pay (APL art. 66; the agency's default when
 * absent) and the reason of a decision past its time limit (APL art. 60).
 */
public record DecideCommand(@NotNull Treatment treatment,
		@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount, @Size(max = 20) String benchmarkLevel,
		@NotBlank @Size(max = 4000) String reasons, @NotNull @Valid LegalBasis legalBasis,
		@Size(max = 2000) String departureReason, @Valid @Size(max = 10) List<@NotNull Penalty> penalties,
		@Min(1) @Max(365) Integer paymentDueDays, @Size(max = 2000) String overdueReason) {

	public DecideCommand(Treatment treatment, BigDecimal amount, String benchmarkLevel, String reasons,
			LegalBasis legalBasis, String departureReason) {
		this(treatment, amount, benchmarkLevel, reasons, legalBasis, departureReason, null, null, null);
	}

	/**
	 * The penalties decided: those named, or the fine of {@code amount} alone, or none (a
	 * warning needs naming).
	 */
	public List<Penalty> penaltiesOrFine() {
		if (penalties != null && !penalties.isEmpty()) {
			return List.copyOf(penalties);
		}
		return amount == null || amount.signum() == 0 ? List.of() : List.of(Penalty.fine(amount));
	}

}
