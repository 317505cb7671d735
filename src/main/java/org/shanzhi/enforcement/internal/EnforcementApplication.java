package org.shanzhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.enforcement.ExecutionEvents;
import org.shanzhi.enforcement.PaymentView;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The application to the people's court to enforce a decision (申请人民法院强制执行, ACL art. 53):
 * only once the periods for reconsideration (60 days) and suit (6 months) from the
 * decision's delivery are over, within 3 months after them, and at least 10 days after
 * the 催告书 (ACL art. 54); then the court's ruling, recorded once.
 */
@Entity
@Table(name = "enforcement_application", schema = "enforcement")
public class EnforcementApplication extends AbstractAggregateRoot<EnforcementApplication> {

	@Id
	private UUID id;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "agency_id")
	private UUID agencyId;

	private String court;

	@Column(name = "applied_on")
	private LocalDate appliedOn;

	private BigDecimal outstanding;

	@Column(name = "applied_by")
	private UUID appliedBy;

	@Column(name = "applied_at")
	private OffsetDateTime appliedAt;

	@Enumerated(EnumType.STRING)
	private PaymentView.Ruling ruling;

	@Column(name = "ruling_on")
	private LocalDate rulingOn;

	@Column(name = "ruling_note")
	private String rulingNote;

	@Column(name = "ruling_by")
	private UUID rulingBy;

	@Column(name = "ruling_at")
	private OffsetDateTime rulingAt;

	@Version
	private long version;

	protected EnforcementApplication() {
	}

	/**
	 * The first day an application may be made: the day after the later of the periods
	 * for reconsideration (60 days) and for suit (6 months) from delivery.
	 */
	public static LocalDate firstDay(LocalDate deliveredOn) {
		LocalDate reconsideration = deliveredOn.plusDays(60);
		LocalDate suit = deliveredOn.plusMonths(6);
		return (suit.isAfter(reconsideration) ? suit : reconsideration).plusDays(1);
	}

	/** The last day an application may be made: 3 months after those periods. */
	public static LocalDate lastDay(LocalDate deliveredOn) {
		return firstDay(deliveredOn).minusDays(1).plusMonths(3);
	}

	/**
	 * 422 {@code enforcement-application-too-early} / {@code -too-late} outside the
	 * window counted from the decision's delivery.
	 */
	public static void requireWithinPeriod(LocalDate deliveredOn, LocalDate appliedOn) {
		if (appliedOn.isBefore(firstDay(deliveredOn))) {
			throw RuleViolationException.rule("enforcement-application-too-early", firstDay(deliveredOn).toString());
		}
		if (appliedOn.isAfter(lastDay(deliveredOn))) {
			throw RuleViolationException.rule("enforcement-application-too-late", lastDay(deliveredOn).toString());
		}
	}

	/**
	 * The application; the caller checked the period, the fine overdue and the reminder.
	 */
	public EnforcementApplication(UUID caseId, UUID agencyId, String court, LocalDate appliedOn, BigDecimal outstanding,
			UUID head, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.court = court.strip();
		this.appliedOn = appliedOn;
		this.outstanding = outstanding;
		this.appliedBy = head;
		this.appliedAt = now;
		registerEvent(new ExecutionEvents.EnforcementApplied(caseId, agencyId, this.court, appliedOn, outstanding));
	}

	/**
	 * The court's ruling: 409 {@code enforcement-ruling-recorded} once recorded; a ruling
	 * before the application is refused.
	 */
	public void rule(PaymentView.Ruling ruling, LocalDate on, String note, UUID head, OffsetDateTime now) {
		if (this.ruling != null) {
			throw RuleViolationException.conflict("enforcement-ruling-recorded", this.ruling.name());
		}
		if (on.isBefore(appliedOn)) {
			throw new FieldRejectedException("rulingOn", "beforeApplication", appliedOn);
		}
		this.ruling = ruling;
		this.rulingOn = on;
		this.rulingNote = note == null || note.isBlank() ? null : note.strip();
		this.rulingBy = head;
		this.rulingAt = now;
		registerEvent(new ExecutionEvents.EnforcementRuled(caseId, agencyId, ruling.name(), on, rulingNote));
	}

	public boolean ruled() {
		return ruling != null;
	}

	public String court() {
		return court;
	}

	public PaymentView.Application view() {
		return new PaymentView.Application(id, court, appliedOn, outstanding, ruling, rulingOn, rulingNote);
	}

}
