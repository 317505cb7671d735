package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The commands of a fine's execution (API.md, § payment to enforcement-application).
 */
public final class ExecutionCommands {

	private ExecutionCommands() {
	}

	/**
	 * A payment of the fine: the amount, the day and the bank's or the non-tax system's
	 * payment reference (罚缴分离, APL art. 67; without it 422
	 * {@code payment-reference-required}).
	 */
	public record RecordPayment(@NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@NotNull @PastOrPresent LocalDate paidOn, @Size(max = 100) String reference) {
	}

	/**
	 * An application to defer the payment to {@code deferredTo} or to pay by
	 * {@code instalments} adding up to what remains (APL art. 66), with its reason.
	 */
	public record RequestArrangement(@NotNull PaymentView.ArrangementKind kind, @Size(max = 2000) String reason,
			LocalDate deferredTo, @Valid @Size(max = 24) List<@NotNull @Valid InstalmentLine> instalments) {
	}

	/** An instalment asked for. */
	public record InstalmentLine(@NotNull LocalDate dueOn,
			@NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
	}

	/** The application to the people's court for enforcement (ACL art. 53). */
	public record ApplyForEnforcement(@NotBlank @Size(max = 200) String court,
			@NotNull @PastOrPresent LocalDate appliedOn) {
	}

	/** The court's ruling on the application. */
	public record RecordRuling(@NotNull PaymentView.Ruling ruling, @NotNull @PastOrPresent LocalDate rulingOn,
			@Size(max = 2000) String note) {
	}

}
