package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.shared.FieldRejectedException;

/**
 * One penalty of a decision or a notice (APL art. 9), with the fields of its kind: the
 * sum of a fine or of confiscated gains, the items confiscated, the licence suspended,
 * downgraded or revoked, the period of a suspension or restriction and its scope, the
 * public-security organ a detention is referred to; several make one decision.
 */
public record Penalty(@NotNull PenaltyKind kind,
		@DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
		@Valid @Size(max = 50) List<Item> items, @Valid Licence licence, LocalDate from, LocalDate until,
		@Size(max = 500) String scope, @Size(max = 200) String organ, @Size(max = 1000) String description) {

	public Penalty {
		items = items == null ? List.of() : List.copyOf(items);
		// a sum belongs to a fine or to confiscated gains only; another kind's is not
		// kept
		amount = kind != null && !kind.hasAmount() ? null : amount;
	}

	/** A fine of the amount. */
	public static Penalty fine(BigDecimal amount) {
		return new Penalty(PenaltyKind.FINE, amount, List.of(), null, null, null, null, null, null);
	}

	/** A penalty of a kind that needs no other field. */
	public static Penalty of(PenaltyKind kind) {
		return new Penalty(kind, null, List.of(), null, null, null, null, null, null);
	}

	/** An item confiscated: what, how many, its value in yuan. */
	public record Item(@NotBlank @Size(max = 200) String description, @Size(max = 40) String quantity,
			@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value) {
	}

	/** The licence or qualification a penalty acts on. */
	public record Licence(@NotBlank @Size(max = 100) String name, @Size(max = 100) String number) {
	}

	/**
	 * 400 naming the field its kind needs and it lacks: an amount for a fine or for
	 * confiscated gains, items for confiscated property, a licence for the licence
	 * penalties, an end after the start of a period, the organ a detention is referred
	 * to, a description for another penalty. {@code at} is the field's path, e.g.
	 * {@code penalties[0]}.
	 */
	public void requireComplete(String at) {
		if (kind.hasAmount() && amount == null) {
			throw new FieldRejectedException(at + ".amount", "required");
		}
		if (kind == PenaltyKind.CONFISCATE_PROPERTY && items.isEmpty()) {
			throw new FieldRejectedException(at + ".items", "required");
		}
		if (kind.onLicence() && licence == null) {
			throw new FieldRejectedException(at + ".licence", "required");
		}
		if (kind.forPeriod() && (from == null || until == null)) {
			throw new FieldRejectedException(at + (from == null ? ".from" : ".until"), "required");
		}
		if (from != null && until != null && until.isBefore(from)) {
			throw new FieldRejectedException(at + ".until", "beforeFrom");
		}
		if (kind == PenaltyKind.DETENTION_REFERRED && (organ == null || organ.isBlank())) {
			throw new FieldRejectedException(at + ".organ", "required");
		}
		if (kind == PenaltyKind.OTHER && (description == null || description.isBlank())) {
			throw new FieldRejectedException(at + ".description", "required");
		}
	}

	/**
	 * Whether this penalty is heavier than {@code other} of the same kind: a larger sum,
	 * or a longer period.
	 */
	public boolean heavierThan(Penalty other) {
		if (amount != null && other.amount != null && amount.compareTo(other.amount) > 0) {
			return true;
		}
		if (from != null && until != null && other.from != null && other.until != null) {
			long days = java.time.temporal.ChronoUnit.DAYS.between(from, until);
			long otherDays = java.time.temporal.ChronoUnit.DAYS.between(other.from, other.until);
			return days > otherDays;
		}
		return false;
	}

	/** The total of the fines among the penalties (zero when none). */
	public static BigDecimal fines(List<Penalty> penalties) {
		return penalties == null ? BigDecimal.ZERO
				: penalties.stream()
					.filter(p -> p.kind() == PenaltyKind.FINE && p.amount() != null)
					.map(Penalty::amount)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Whether the penalties go beyond those notified (APL art. 45): a kind not notified,
	 * or one heavier than its notified counterpart.
	 */
	public static boolean beyond(List<Penalty> decided, List<Penalty> notified) {
		for (Penalty p : decided) {
			var same = notified.stream().filter(n -> n.kind() == p.kind()).toList();
			if (same.isEmpty() || same.stream().allMatch(p::heavierThan)) {
				return true;
			}
		}
		return false;
	}

}
