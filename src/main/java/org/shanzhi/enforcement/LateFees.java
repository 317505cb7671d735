package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of a fine's execution (API.md, § payment): what is paid, the 加处罚款 of APL
 * art. 72 and what remains. Payments go to the fine first, then to the late fee. For each
 * day after the fine fell due, 3 % of the fine then unpaid is added (a payment made on a
 * day counts for that day), never more in all than the fine. An approved arrangement
 * (延期或者分期, APL art. 66) covers the days from its request for as long as it is kept: a
 * deferral up to its date, instalments up to the first one not paid in full by its day;
 * after that the late fee runs again on the fine unpaid. The fee accrued before the
 * request stays.
 */
public final class LateFees {

	/** 3 % a day (APL art. 72). */
	public static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

	private LateFees() {
	}

	/** A payment: its day and amount. */
	public record Paid(LocalDate paidOn, BigDecimal amount) {
	}

	/** An instalment of an arrangement: its day and amount. */
	public record Instalment(LocalDate dueOn, BigDecimal amount) {
	}

	/**
	 * The terms of an approved arrangement: the day it was requested and either the day
	 * deferred to or the instalments.
	 */
	public record Terms(LocalDate requestedOn, LocalDate deferredTo, List<Instalment> instalments) {

		public Terms {
			instalments = instalments == null ? List.of()
					: instalments.stream().sorted(Comparator.comparing(Instalment::dueOn)).toList();
		}

	}

	/**
	 * The standing of a fine on a day: the fine, the day it fell due, what was paid by
	 * then, the late fee, what remains, the days it is overdue (0 when nothing remains or
	 * an approved arrangement is kept), whether an approved arrangement is kept and the
	 * day the sum remaining is payable by now.
	 */
	public record Standing(BigDecimal fine, LocalDate dueOn, BigDecimal paid, BigDecimal lateFee,
			BigDecimal outstanding, long daysOverdue, boolean arrangementKept, LocalDate payableBy) {

		public boolean overdue() {
			return daysOverdue > 0;
		}

	}

	/**
	 * The standing of the fine on {@code asOf}.
	 * @param dueOn the day the fine falls due ({@code null}: not yet delivered, no late
	 * fee)
	 * @param approved the terms of the approved arrangement, {@code null} when none
	 */
	public static Standing standing(BigDecimal fine, LocalDate dueOn, List<Paid> payments, Terms approved,
			LocalDate asOf) {
		BigDecimal total = money(fine);
		List<Paid> paidBy = payments.stream().filter(p -> !p.paidOn().isAfter(asOf)).toList();
		BigDecimal paid = money(sum(paidBy, asOf));
		if (dueOn == null || total.signum() == 0) {
			return new Standing(total, dueOn, paid, money(BigDecimal.ZERO),
					total.subtract(paid).max(money(BigDecimal.ZERO)), 0, false, dueOn);
		}
		LocalDate coveredFrom = approved == null ? null : approved.requestedOn();
		LocalDate coveredUntil = approved == null ? null : coveredUntil(approved, payments, asOf);
		BigDecimal fee = BigDecimal.ZERO;
		for (LocalDate day = dueOn.plusDays(1); !day.isAfter(asOf); day = day.plusDays(1)) {
			BigDecimal paidToFine = sum(payments, day).min(total);
			if (paidToFine.compareTo(total) >= 0) {
				break;
			}
			if (coveredFrom != null && day.isAfter(coveredFrom) && !day.isAfter(coveredUntil)) {
				continue;
			}
			fee = fee.add(total.subtract(paidToFine).multiply(DAILY_RATE));
			if (fee.compareTo(total) >= 0) {
				fee = total;
				break;
			}
		}
		BigDecimal lateFee = money(fee);
		BigDecimal outstanding = total.add(lateFee).subtract(paid).max(money(BigDecimal.ZERO));
		boolean kept = approved != null && !asOf.isBefore(coveredFrom) && !asOf.isAfter(coveredUntil);
		LocalDate payableBy = approved != null && !asOf.isAfter(coveredUntil) ? nextDue(approved, payments, asOf)
				: dueOn;
		long days = 0;
		if (outstanding.signum() > 0 && !kept) {
			LocalDate from = approved != null && asOf.isAfter(coveredUntil) ? coveredUntil : dueOn;
			days = Math.max(0, ChronoUnit.DAYS.between(from, asOf));
		}
		return new Standing(total, dueOn, paid, lateFee, outstanding, days, kept, payableBy);
	}

	/**
	 * The last day an approved arrangement covers as seen on {@code asOf}: a deferral's
	 * day; the day of the first instalment whose day has passed without the instalments
	 * so far paid, else the last instalment's day.
	 */
	static LocalDate coveredUntil(Terms terms, List<Paid> payments, LocalDate asOf) {
		if (terms.deferredTo() != null) {
			return terms.deferredTo();
		}
		BigDecimal due = BigDecimal.ZERO;
		LocalDate last = terms.requestedOn();
		for (Instalment i : terms.instalments()) {
			due = due.add(i.amount());
			last = i.dueOn();
			if (i.dueOn().isBefore(asOf) && sum(payments, i.dueOn()).compareTo(due) < 0) {
				return i.dueOn();
			}
		}
		return last;
	}

	/** The day the next instalment not yet paid falls due, or the deferral's day. */
	private static LocalDate nextDue(Terms terms, List<Paid> payments, LocalDate asOf) {
		if (terms.deferredTo() != null) {
			return terms.deferredTo();
		}
		BigDecimal paid = sum(payments, asOf);
		BigDecimal due = BigDecimal.ZERO;
		for (Instalment i : terms.instalments()) {
			due = due.add(i.amount());
			if (paid.compareTo(due) < 0) {
				return i.dueOn();
			}
		}
		return terms.instalments().isEmpty() ? null : terms.instalments().get(terms.instalments().size() - 1).dueOn();
	}

	/** The payments made on or before the day. */
	private static BigDecimal sum(List<Paid> payments, LocalDate day) {
		return payments.stream()
			.filter(p -> !p.paidOn().isAfter(day))
			.map(Paid::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A sum of money in yuan and fen. */
	public static BigDecimal money(BigDecimal amount) {
		return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
	}

}
