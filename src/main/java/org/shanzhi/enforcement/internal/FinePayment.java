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
 * A payment of a case's fine, recorded once with the reference the bank or the non-tax
 * payment system gave it (罚缴分离, APL art. 67); it never exceeds what remains of the fine
 * and its late fee.
 */
@Entity
@Table(name = "fine_payment", schema = "enforcement")
public class FinePayment extends AbstractAggregateRoot<FinePayment> {

	@Id
	private UUID id;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "agency_id")
	private UUID agencyId;

	private BigDecimal amount;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	private String reference;

	@Column(name = "recorded_by")
	private UUID recordedBy;

	@Column(name = "recorded_at")
	private OffsetDateTime recordedAt;

	@Version
	private long version;

	protected FinePayment() {
	}

	/**
	 * Records a payment: 422 {@code payment-reference-required} without its reference,
	 * {@code payment-exceeds-outstanding} above what remains on {@code paidOn}.
	 */
	public FinePayment(UUID caseId, UUID agencyId, BigDecimal amount, LocalDate paidOn, String reference,
			BigDecimal outstanding, UUID recordedBy, OffsetDateTime now) {
		String ref = reference == null ? "" : reference.strip();
		if (ref.isEmpty()) {
			throw RuleViolationException.rule("payment-reference-required");
		}
		BigDecimal sum = LateFees.money(amount);
		if (sum.compareTo(outstanding) > 0) {
			throw RuleViolationException.rule("payment-exceeds-outstanding", sum.toPlainString(),
					outstanding.toPlainString());
		}
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.amount = sum;
		this.paidOn = paidOn;
		this.reference = ref;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
		registerEvent(new ExecutionEvents.FinePaid(caseId, agencyId, id, sum, paidOn, ref));
	}

	/** The reference as recorded (stripped). */
	public static String normalised(String reference) {
		return reference == null ? "" : reference.strip();
	}

	public LateFees.Paid paid() {
		return new LateFees.Paid(paidOn, amount);
	}

	public PaymentView.Payment view() {
		return new PaymentView.Payment(id, amount, paidOn, reference, recordedBy, recordedAt);
	}

}
