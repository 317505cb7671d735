package org.shanzhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.enforcement.ExecutionEvents;
import org.shanzhi.enforcement.LateFees;
import org.shanzhi.enforcement.PaymentView;
import org.shanzhi.enforcement.PaymentView.ArrangementKind;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An application to defer the payment of a fine or to pay it by instalments (延期或者分期缴纳,
 * APL art. 66), by the party or recorded by an officer, and the head's decision on it. A
 * deferral names a day after the one the fine is payable by; instalments come one after
 * another, from today on, and add up to what remains (422
 * {@code instalments-must-cover-outstanding}).
 */
@Entity
@Table(name = "payment_arrangement", schema = "enforcement")
public class PaymentArrangement extends AbstractAggregateRoot<PaymentArrangement> {

	@Id
	private UUID id;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Enumerated(EnumType.STRING)
	private ArrangementKind kind;

	private String reason;

	@Column(name = "deferred_to")
	private LocalDate deferredTo;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "payment_instalment", schema = "enforcement",
			joinColumns = @JoinColumn(name = "arrangement_id"))
	@OrderColumn(name = "position")
	private List<Instalment> instalments = new ArrayList<>();

	private BigDecimal outstanding;

	private String status;

	@Column(name = "requested_on")
	private LocalDate requestedOn;

	@Column(name = "requested_at")
	private OffsetDateTime requestedAt;

	@Column(name = "requested_by")
	private UUID requestedBy;

	@Column(name = "requested_by_party")
	private boolean requestedByParty;

	@Column(name = "decided_by")
	private UUID decidedBy;

	@Column(name = "decided_at")
	private OffsetDateTime decidedAt;

	private String note;

	@Version
	private long version;

	protected PaymentArrangement() {
	}

	/**
	 * The application, checked against the fine's standing on {@code today}.
	 * @param payableBy the day the sum remaining is payable by now
	 */
	public PaymentArrangement(UUID caseId, UUID agencyId, ArrangementKind kind, String reason, LocalDate deferredTo,
			List<PaymentView.Instalment> asked, BigDecimal outstanding, LocalDate payableBy, LocalDate today,
			OffsetDateTime now, UUID requestedBy, boolean byParty) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw RuleViolationException.rule("arrangement-needs-reason");
		}
		if (outstanding.signum() <= 0) {
			throw RuleViolationException.rule("nothing-outstanding");
		}
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.kind = kind;
		this.reason = why;
		if (kind == ArrangementKind.DEFERRAL) {
			if (deferredTo == null) {
				throw new FieldRejectedException("deferredTo", "required");
			}
			LocalDate floor = payableBy == null || payableBy.isBefore(today) ? today : payableBy;
			if (!deferredTo.isAfter(floor)) {
				throw new FieldRejectedException("deferredTo", "notAfterDue", floor);
			}
			this.deferredTo = deferredTo;
		}
		else {
			if (asked == null || asked.isEmpty()) {
				throw new FieldRejectedException("instalments", "required");
			}
			LocalDate previous = today.minusDays(1);
			BigDecimal sum = BigDecimal.ZERO;
			for (PaymentView.Instalment i : asked) {
				if (!i.dueOn().isAfter(previous)) {
					throw new FieldRejectedException("instalments", "instalmentsOrder");
				}
				previous = i.dueOn();
				sum = sum.add(LateFees.money(i.amount()));
				this.instalments.add(new Instalment(i.dueOn(), LateFees.money(i.amount())));
			}
			if (sum.compareTo(outstanding) != 0) {
				throw RuleViolationException.rule("instalments-must-cover-outstanding", sum.toPlainString(),
						outstanding.toPlainString());
			}
		}
		this.outstanding = outstanding;
		this.status = "REQUESTED";
		this.requestedOn = today;
		this.requestedAt = now;
		this.requestedBy = requestedBy;
		this.requestedByParty = byParty;
		registerEvent(new ExecutionEvents.PaymentArrangementRequested(caseId, agencyId, id, kind.name(), why,
				this.deferredTo, instalments.size(), byParty));
	}

	/**
	 * The head's decision: 409 {@code payment-arrangement-decided} once decided, 422
	 * {@code rejection-needs-note} for a refusal without its note.
	 */
	public void decide(boolean approve, String note, UUID head, OffsetDateTime now) {
		if (!"REQUESTED".equals(status)) {
			throw RuleViolationException.conflict("payment-arrangement-decided", status);
		}
		String n = note == null || note.isBlank() ? null : note.strip();
		if (!approve && n == null) {
			throw RuleViolationException.rule("rejection-needs-note");
		}
		this.status = approve ? "APPROVED" : "REJECTED";
		this.note = n;
		this.decidedBy = head;
		this.decidedAt = now;
		registerEvent(new ExecutionEvents.PaymentArrangementDecided(caseId, agencyId, id, approve, n));
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	/** Requested or approved: no second application meanwhile. */
	public boolean open() {
		return "REQUESTED".equals(status) || "APPROVED".equals(status);
	}

	public boolean approved() {
		return "APPROVED".equals(status);
	}

	/** The terms the late fee follows. */
	public LateFees.Terms terms() {
		return new LateFees.Terms(requestedOn, deferredTo,
				instalments.stream().map(i -> new LateFees.Instalment(i.dueOn, i.amount)).toList());
	}

	public PaymentView.Arrangement view() {
		return new PaymentView.Arrangement(id, kind, reason, deferredTo,
				instalments.stream().map(i -> new PaymentView.Instalment(i.dueOn, i.amount)).toList(), outstanding,
				status, requestedOn, requestedByParty, decidedBy, decidedAt, note);
	}

	/** An instalment as stored. */
	@Embeddable
	public static class Instalment {

		@Column(name = "due_on")
		private LocalDate dueOn;

		private BigDecimal amount;

		protected Instalment() {
		}

		Instalment(LocalDate dueOn, BigDecimal amount) {
			this.dueOn = dueOn;
			this.amount = amount;
		}

	}

}
