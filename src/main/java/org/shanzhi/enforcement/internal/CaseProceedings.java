package org.shanzhi.enforcement.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.enforcement.Penalty;
import org.shanzhi.enforcement.ProcedureRecords.Delivery;
import org.shanzhi.enforcement.ProcedureRecords.Discussion;
import org.shanzhi.enforcement.ProcedureRecords.Extension;
import org.shanzhi.enforcement.ProcedureRecords.Hearing;
import org.shanzhi.enforcement.ProcedureRecords.PriorNotice;
import org.shanzhi.enforcement.ProcedureRecords.Report;
import org.shanzhi.enforcement.ProcedureRecords.Review;
import org.shanzhi.enforcement.ProcedureRecords.ReviewGround;
import org.shanzhi.enforcement.ProcedureRecords.Statement;
import org.shanzhi.enforcement.ProcedureRecords.Transfer;
import org.shanzhi.shared.RuleViolationException;

/**
 * The records of the ordinary procedure's steps kept on the case (the report, the
 * reviews, the discussion, the notices, the statements, the hearing, the extensions, the
 * deliveries, the transfer), and the rules that read them: whether the review and the
 * discussion are done, whether the party has had its periods, whether a decision goes
 * beyond the last notice. Part of the {@link EnforcementCase} aggregate, which alone
 * changes them.
 */
@Embeddable
public class CaseProceedings {

	@Convert(converter = ProcedureColumns.ReportColumn.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "report")
	private Report report;

	@Convert(converter = ProcedureColumns.Reviews.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "reviews")
	private List<Review> reviews;

	@Convert(converter = ProcedureColumns.DiscussionColumn.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "discussion")
	private Discussion discussion;

	@Convert(converter = ProcedureColumns.Notices.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "notices")
	private List<PriorNotice> notices;

	@Convert(converter = ProcedureColumns.Statements.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "statements")
	private List<Statement> statements;

	@Convert(converter = ProcedureColumns.HearingColumn.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "hearing")
	private Hearing hearing;

	@Convert(converter = ProcedureColumns.Extensions.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "extensions")
	private List<Extension> extensions;

	@Convert(converter = ProcedureColumns.Deliveries.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "deliveries")
	private List<Delivery> deliveries;

	@Convert(converter = ProcedureColumns.TransferColumn.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "transfer")
	private Transfer transfer;

	@Convert(converter = ProcedureColumns.RevocationColumn.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "revocation")
	private org.shanzhi.enforcement.ProcedureRecords.Revocation revocation;

	@Column(name = "overdue_reason")
	private String overdueReason;

	@Column(name = "closing_summary")
	private String closingSummary;

	public Report report() {
		return report;
	}

	public List<Review> reviews() {
		return reviews == null ? List.of() : reviews;
	}

	public Discussion discussion() {
		return discussion;
	}

	public List<PriorNotice> notices() {
		return notices == null ? List.of() : notices;
	}

	public List<Statement> statements() {
		return statements == null ? List.of() : statements;
	}

	public Hearing hearing() {
		return hearing;
	}

	public List<Extension> extensions() {
		return extensions == null ? List.of() : extensions;
	}

	public List<Delivery> deliveries() {
		return deliveries == null ? List.of() : deliveries;
	}

	public Transfer transfer() {
		return transfer;
	}

	public org.shanzhi.enforcement.ProcedureRecords.Revocation revocation() {
		return revocation;
	}

	void revoked(org.shanzhi.enforcement.ProcedureRecords.Revocation r) {
		this.revocation = r;
	}

	public String overdueReason() {
		return overdueReason;
	}

	public String closingSummary() {
		return closingSummary;
	}

	void reported(Report r) {
		this.report = r;
		// a new report opens a new round of review and discussion
		this.discussion = null;
	}

	/** The last legal review, if any. */
	Optional<Review> lastReview() {
		List<Review> all = reviews();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	void reviewed(Review r) {
		List<Review> next = new ArrayList<>(reviews());
		next.add(r);
		this.reviews = List.copyOf(next);
	}

	/** Whether the report asks for a legal review (APL art. 58, or a departure). */
	boolean reviewRequired() {
		return report != null && !report.reviewGrounds().isEmpty();
	}

	/** Whether the review the report asks for was approved after the report. */
	boolean reviewApproved() {
		return lastReview().filter(r -> r.approved() && !r.at().isBefore(report.reportedAt())).isPresent();
	}

	/** 422 {@code legal-review-required} while a required review is not approved. */
	void requireReviewDone() {
		if (reviewRequired() && !reviewApproved()) {
			throw RuleViolationException.rule("legal-review-required", report.reviewGrounds());
		}
	}

	boolean discussionRequired() {
		return report != null && report.discussionRequired();
	}

	/**
	 * 422 {@code collective-discussion-required} while a required discussion is not held.
	 */
	void requireDiscussionHeld() {
		if (discussionRequired() && discussion == null) {
			throw RuleViolationException.rule("collective-discussion-required");
		}
	}

	void discussed(Discussion d) {
		this.discussion = d;
	}

	boolean hearingHeld() {
		return hearing != null && hearing.minutes() != null;
	}

	Optional<PriorNotice> lastNotice() {
		List<PriorNotice> all = notices();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	void notified(PriorNotice n) {
		List<PriorNotice> next = new ArrayList<>(notices());
		next.add(n);
		this.notices = List.copyOf(next);
	}

	/** The notice of that document kind reached the party: its periods run from then. */
	boolean noticeDelivered(String kind, OffsetDateTime at, LocalDate statementDue, LocalDate hearingDue) {
		boolean found = false;
		List<PriorNotice> next = new ArrayList<>();
		for (PriorNotice n : notices()) {
			if (n.kind().equals(kind) && n.deliveredAt() == null) {
				next.add(n.delivered(at, statementDue, hearingDue));
				found = true;
			}
			else {
				next.add(n);
			}
		}
		this.notices = List.copyOf(next);
		return found;
	}

	void stated(Statement s) {
		List<Statement> next = new ArrayList<>(statements());
		next.add(s);
		this.statements = List.copyOf(next);
	}

	Statement answer(UUID statementId, String adopted, String reasons, OffsetDateTime now) {
		Statement s = statements().stream()
			.filter(x -> x.id().equals(statementId))
			.findFirst()
			.orElseThrow(() -> org.shanzhi.shared.NotFoundException.forId("statement", statementId));
		if (s.answered()) {
			throw RuleViolationException.conflict("statement-already-answered");
		}
		Statement answered = s.answered(adopted, reasons, now);
		this.statements = statements().stream().map(x -> x.id().equals(statementId) ? answered : x).toList();
		return answered;
	}

	boolean statementsAnswered() {
		return statements().stream().allMatch(Statement::answered);
	}

	/** Whether the party made statements or a defence (not only a waiver). */
	boolean defended() {
		return statements().stream().anyMatch(s -> !"WAIVER".equals(s.kind()));
	}

	/**
	 * Whether the party waived its statements and, where it has one, its hearing (a
	 * {@code WAIVER}, with {@code waivesHearing} where the notice gave the right).
	 */
	boolean waivedAll() {
		PriorNotice n = lastNotice().orElse(null);
		if (n == null) {
			return false;
		}
		return statements().stream()
			.anyMatch(s -> "WAIVER".equals(s.kind())
					// received with the minute of a form, not the notice's instant
					&& !s.receivedAt().isBefore(n.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
					&& (s.waivesHearing() || !n.hearingRight()));
	}

	/**
	 * Whether the notice's periods for statements and a hearing request are over on the
	 * day.
	 */
	boolean periodsOver(LocalDate today) {
		PriorNotice n = lastNotice().orElse(null);
		return n != null && n.statementDueOn() != null && today.isAfter(n.statementDueOn())
				&& (n.hearingRequestDueOn() == null || today.isAfter(n.hearingRequestDueOn()));
	}

	void hearingChanged(Hearing h) {
		this.hearing = h;
	}

	void extended(Extension e) {
		List<Extension> next = new ArrayList<>(extensions());
		next.add(e);
		this.extensions = List.copyOf(next);
	}

	void delivering(Delivery d) {
		List<Delivery> next = new ArrayList<>(deliveries());
		next.add(d);
		this.deliveries = List.copyOf(next);
	}

	void transferred(Transfer t) {
		this.transfer = t;
	}

	void overdue(String reason) {
		this.overdueReason = reason;
	}

	void closing(String summary) {
		this.closingSummary = summary;
	}

	/**
	 * Adds a ground to the report's (a hearing held makes the review required, art.
	 * 58(2)).
	 */
	void addReviewGround(ReviewGround ground, OffsetDateTime now) {
		if (report != null && !report.reviewGrounds().contains(ground)) {
			List<ReviewGround> grounds = new ArrayList<>(report.reviewGrounds());
			grounds.add(ground);
			this.report = new Report(report.documentNumber(), report.proposal(), report.benchmark(),
					report.limitation(), report.priorGuidance(), List.copyOf(grounds), report.discussionRequired(),
					report.proposedTreatment(), report.proposedPenalties(), report.major(), report.complex(),
					report.departureReason(), report.reviewAnswer(), now);
		}
	}

	/** Whether the decided penalties go beyond the last notice (APL art. 45). */
	boolean beyondNotice(List<Penalty> decided) {
		return lastNotice().map(n -> Penalty.beyond(decided, n.penalties())).orElse(false);
	}

	/** The last notice gets its document's number. */
	PriorNotice numberLastNotice(String number) {
		PriorNotice n = lastNotice().orElseThrow();
		PriorNotice numbered = new PriorNotice(n.id(), n.kind(), number, n.treatment(), n.penalties(), n.facts(),
				n.reasons(), n.legalBasis(), n.hearingRight(), n.mediationRight(), n.newFacts(), n.issuedAt(),
				n.deliveredAt(), n.statementDueOn(), n.hearingRequestDueOn());
		this.notices = notices().stream().map(x -> x.id().equals(n.id()) ? numbered : x).toList();
		return numbered;
	}

	/** The hearing's notice gets its document's number. */
	void numberHearingNotice(String number) {
		var n = hearing.notice();
		this.hearing = hearing
			.withNotice(new org.shanzhi.enforcement.ProcedureRecords.HearingNotice(number, n.scheduledAt(), n.place(),
					n.onlineLink(), n.presidingOfficerId(), n.presidingOfficerName(), n.clerkId(), n.open()));
	}

	/** A delivery gets the number of its 送达回证. */
	void numberReceipt(UUID deliveryId, String receipt) {
		this.deliveries = deliveries().stream()
			.map(d -> d.id().equals(deliveryId) ? new Delivery(d.id(), d.documentKind(), d.documentNumber(), d.method(),
					d.recipient(), d.status(), d.sentAt(), d.deliveredAt(), d.readAt(), receipt, d.witness(),
					d.postalTrackingNumber(), d.receiptEvidenceId(), d.lateReason()) : d)
			.toList();
	}

	/** A delivery sent reached the party on its day. */
	Delivery markDelivered(UUID deliveryId) {
		Delivery[] arrived = new Delivery[1];
		this.deliveries = deliveries().stream().map(d -> {
			if (!d.id().equals(deliveryId)) {
				return d;
			}
			arrived[0] = new Delivery(d.id(), d.documentKind(), d.documentNumber(), d.method(), d.recipient(),
					"DELIVERED", d.sentAt(), d.deliveredAt(), d.readAt(), d.receiptNumber(), d.witness(),
					d.postalTrackingNumber(), d.receiptEvidenceId(), d.lateReason());
			return arrived[0];
		}).toList();
		return arrived[0];
	}

}
