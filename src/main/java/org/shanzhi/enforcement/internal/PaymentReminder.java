package org.shanzhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.enforcement.ExecutionEvents;
import org.shanzhi.enforcement.LateFees;
import org.shanzhi.enforcement.PaymentView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The 催告书 of a case (Administrative Coercion Law art. 54): issued once, only when the
 * fine is overdue (422 {@code payment-not-overdue}), naming what remains and the late fee
 * on its day; an application to the court comes at least 10 days after it.
 */
@Entity
@Table(name = "payment_reminder", schema = "enforcement")
public class PaymentReminder extends AbstractAggregateRoot<PaymentReminder> {

	/** The days the party has after the reminder before the court is applied to. */
	public static final int DAYS_TO_PERFORM = 10;

	@Id
	private UUID id;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	private BigDecimal outstanding;

	@Column(name = "late_fee")
	private BigDecimal lateFee;

	@Column(name = "issued_by")
	private UUID issuedBy;

	@Column(name = "issued_at")
	private OffsetDateTime issuedAt;

	@Version
	private long version;

	protected PaymentReminder() {
	}

	/** 422 {@code payment-not-overdue} unless the standing on its day is overdue. */
	public static void requireOverdue(LateFees.Standing standing) {
		if (!standing.overdue()) {
			throw RuleViolationException.rule("payment-not-overdue",
					standing.payableBy() == null ? "—" : standing.payableBy().toString());
		}
	}

	public PaymentReminder(UUID caseId, UUID agencyId, String documentNumber, LateFees.Standing standing,
			LocalDate today, UUID issuedBy, OffsetDateTime now) {
		requireOverdue(standing);
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.documentNumber = documentNumber;
		this.issuedOn = today;
		this.outstanding = standing.outstanding();
		this.lateFee = standing.lateFee();
		this.issuedBy = issuedBy;
		this.issuedAt = now;
		registerEvent(
				new ExecutionEvents.PaymentReminderIssued(caseId, agencyId, documentNumber, outstanding, lateFee));
	}

	/** Whether it was issued at least {@value #DAYS_TO_PERFORM} days before the day. */
	public boolean issuedInTimeFor(LocalDate day) {
		return !issuedOn.plusDays(DAYS_TO_PERFORM).isAfter(day);
	}

	public PaymentView.Reminder view(String href) {
		return new PaymentView.Reminder(id, documentNumber, issuedOn, outstanding, lateFee, href);
	}

}
