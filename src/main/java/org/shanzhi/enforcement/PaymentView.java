package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The execution of a case's fine on a day (API.md, § payment): the fine, the day it fell
 * due, what is paid, the 加处罚款 (APL art. 72), what remains and for how many days it is
 * overdue; the latest arrangement (延期或者分期), the payments, the 催告书 and the application to
 * the court, when there are.
 */
public record PaymentView(UUID caseId, LocalDate asOf, BigDecimal fine, LocalDate dueOn, BigDecimal paid,
		BigDecimal lateFee, BigDecimal outstanding, long daysOverdue, LocalDate payableBy, Arrangement arrangement,
		List<Payment> payments, Reminder reminder, Application enforcementApplication,
		LocalDate enforcementApplicationFrom, LocalDate enforcementApplicationUntil) {

	/** Whether the fine (and its late fee) is overdue on {@code asOf}. */
	public boolean overdue() {
		return daysOverdue > 0;
	}

	/** A payment recorded with its bank's or the non-tax system's reference (罚缴分离). */
	public record Payment(UUID id, BigDecimal amount, LocalDate paidOn, String reference, UUID recordedBy,
			OffsetDateTime recordedAt) {
	}

	/**
	 * An application to defer the payment or pay by instalments (APL art. 66) and the
	 * head's decision: {@code REQUESTED}, {@code APPROVED} or {@code REJECTED}.
	 */
	public record Arrangement(UUID id, ArrangementKind kind, String reason, LocalDate deferredTo,
			List<Instalment> instalments, BigDecimal outstanding, String status, LocalDate requestedOn,
			boolean requestedByParty, UUID decidedBy, OffsetDateTime decidedAt, String note) {
	}

	/** An instalment: the day and the amount. */
	public record Instalment(LocalDate dueOn, BigDecimal amount) {
	}

	/** 延期 or 分期. */
	public enum ArrangementKind {

		DEFERRAL, INSTALMENTS

	}

	/** The 催告书 (ACL art. 54) with the sums it named. */
	public record Reminder(UUID id, String documentNumber, LocalDate issuedOn, BigDecimal outstanding,
			BigDecimal lateFee, String href) {
	}

	/**
	 * The application to the people's court (ACL art. 53) and its ruling once recorded.
	 */
	public record Application(UUID id, String court, LocalDate appliedOn, BigDecimal outstanding, Ruling ruling,
			LocalDate rulingOn, String rulingNote) {
	}

	/** The court's ruling on the application. */
	public enum Ruling {

		ENFORCED, REFUSED, TERMINATED

	}

}
