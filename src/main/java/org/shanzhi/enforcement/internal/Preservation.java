package org.shanzhi.enforcement.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.enforcement.ActingOfficer;
import org.shanzhi.enforcement.InvestigationEvents;
import org.shanzhi.enforcement.PreservationDisposal;
import org.shanzhi.enforcement.PreservationStatus;
import org.shanzhi.enforcement.PreservationView;
import org.shanzhi.enforcement.PreservedItem;
import org.shanzhi.enforcement.RequestPreservationCommand;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A 先行登记保存 of evidence (APL art. 56): requested by the officers, approved by the head
 * with its notice (then to be decided on within 7 working days: {@code decisionDue}) or
 * refused with a note, then disposed of. Still undecided after {@code decisionDue} it
 * lapses (the things are released) and can no longer be disposed of (409
 * {@code preservation-lapsed}); it counts as lapsed from then even before the nightly
 * task writes it so.
 */
@Entity
@Table(name = "preservation", schema = "enforcement")
public class Preservation extends AbstractAggregateRoot<Preservation> {

	@Id
	private UUID id;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Enumerated(EnumType.STRING)
	private PreservationStatus status;

	@Convert(converter = InvestigationColumns.Items.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<PreservedItem> items;

	private String reason;

	@Convert(converter = InvestigationColumns.Officers.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<ActingOfficer> officers;

	@Column(name = "requested_by")
	private UUID requestedBy;

	@Column(name = "requested_by_name")
	private String requestedByName;

	@Column(name = "requested_at")
	private OffsetDateTime requestedAt;

	@Column(name = "decided_by")
	private UUID decidedBy;

	@Column(name = "decided_by_name")
	private String decidedByName;

	@Column(name = "decided_at")
	private OffsetDateTime decidedAt;

	@Column(name = "decision_note")
	private String decisionNote;

	@Column(name = "document_kind")
	private String documentKind;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "decision_due")
	private LocalDate decisionDue;

	@Enumerated(EnumType.STRING)
	private PreservationDisposal disposal;

	@Column(name = "disposal_note")
	private String disposalNote;

	@Column(name = "disposed_by")
	private UUID disposedBy;

	@Column(name = "disposed_by_name")
	private String disposedByName;

	@Column(name = "disposed_at")
	private OffsetDateTime disposedAt;

	@Column(name = "lapsed_at")
	private OffsetDateTime lapsedAt;

	@Version
	private long version;

	protected Preservation() {
	}

	/** The officers named have been checked by the caller. */
	public Preservation(UUID id, UUID caseId, UUID agencyId, RequestPreservationCommand c, List<ActingOfficer> officers,
			UUID requestedBy, String requestedByName, OffsetDateTime now) {
		this.id = id;
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.status = PreservationStatus.REQUESTED;
		this.items = c.items()
			.stream()
			.map(i -> new PreservedItem(i.description().strip(), i.quantity(), i.unit().strip(), i.place().strip()))
			.toList();
		this.reason = c.reason().strip();
		this.officers = List.copyOf(officers);
		this.requestedBy = requestedBy;
		this.requestedByName = requestedByName;
		this.requestedAt = now;
		registerEvent(new InvestigationEvents.PreservationRequested(caseId, agencyId, id, items.size(), reason,
				officers.stream().map(ActingOfficer::name).toList()));
	}

	/**
	 * Whether the head may decide now: 409 {@code preservation-already-decided} when not
	 * {@code REQUESTED}; a refusal without a note: 422 {@code rejection-needs-note}.
	 */
	public void checkDecision(boolean approve, String note) {
		if (status != PreservationStatus.REQUESTED) {
			throw RuleViolationException.conflict("preservation-already-decided", status.name());
		}
		if (!approve && blank(note)) {
			throw RuleViolationException.rule("rejection-needs-note");
		}
	}

	/** The head approved it, its notice issued; the decision is due on the day given. */
	public void approve(UUID head, String headName, String note, OffsetDateTime now, String documentKind,
			String documentNumber, LocalDate decisionDue) {
		checkDecision(true, note);
		decided(head, headName, note, now);
		this.status = PreservationStatus.APPROVED;
		this.documentKind = documentKind;
		this.documentNumber = documentNumber;
		this.decisionDue = decisionDue;
		registerEvent(new InvestigationEvents.PreservationDecided(caseId, agencyId, id, true, documentNumber,
				decisionDue, decisionNote));
	}

	/** The head refused it, with the note. */
	public void reject(UUID head, String headName, String note, OffsetDateTime now) {
		checkDecision(false, note);
		decided(head, headName, note, now);
		this.status = PreservationStatus.REJECTED;
		registerEvent(
				new InvestigationEvents.PreservationDecided(caseId, agencyId, id, false, null, null, decisionNote));
	}

	private void decided(UUID head, String headName, String note, OffsetDateTime now) {
		this.decidedBy = head;
		this.decidedByName = headName;
		this.decidedAt = now;
		this.decisionNote = blank(note) ? null : note.strip();
	}

	/**
	 * The decision on the things, by {@code decisionDue}: 409 {@code preservation-lapsed}
	 * after it, {@code preservation-not-approved} before the approval (or after a
	 * refusal), {@code preservation-already-disposed} a second time.
	 */
	public void dispose(PreservationDisposal disposal, String note, UUID by, String byName, LocalDate today,
			OffsetDateTime now) {
		if (status(today) == PreservationStatus.LAPSED) {
			throw RuleViolationException.conflict("preservation-lapsed", decisionDue);
		}
		if (status == PreservationStatus.DISPOSED) {
			throw RuleViolationException.conflict("preservation-already-disposed", this.disposal.name());
		}
		if (status != PreservationStatus.APPROVED) {
			throw RuleViolationException.conflict("preservation-not-approved", status.name());
		}
		this.status = PreservationStatus.DISPOSED;
		this.disposal = disposal;
		this.disposalNote = blank(note) ? null : note.strip();
		this.disposedBy = by;
		this.disposedByName = byName;
		this.disposedAt = now;
		registerEvent(new InvestigationEvents.PreservationDisposed(caseId, agencyId, id, disposal, disposalNote));
	}

	/**
	 * Lapses an approved preservation not decided on by {@code decisionDue}; whether it
	 * did.
	 */
	public boolean lapseIfDue(LocalDate today) {
		if (status != PreservationStatus.APPROVED || !today.isAfter(decisionDue)) {
			return false;
		}
		this.status = PreservationStatus.LAPSED;
		this.lapsedAt = lapsesAt();
		registerEvent(new InvestigationEvents.PreservationLapsed(caseId, agencyId, id, decisionDue));
		return true;
	}

	/** The status on the day: an approved one past {@code decisionDue} has lapsed. */
	public PreservationStatus status(LocalDate today) {
		return status == PreservationStatus.APPROVED && today.isAfter(decisionDue) ? PreservationStatus.LAPSED : status;
	}

	/** Requested, or approved and still to be decided on (not lapsed) on the day. */
	public boolean undecided(LocalDate today) {
		PreservationStatus now = status(today);
		return now == PreservationStatus.REQUESTED || now == PreservationStatus.APPROVED;
	}

	public UUID caseId() {
		return caseId;
	}

	public LocalDate decisionDue() {
		return decisionDue;
	}

	/** The moment it lapses: the end of {@code decisionDue} in Beijing time. */
	private OffsetDateTime lapsesAt() {
		return decisionDue.plusDays(1).atStartOfDay(org.shanzhi.shared.PeopleTime.ZONE).toOffsetDateTime();
	}

	public PreservationView view(LocalDate today) {
		PreservationStatus shown = status(today);
		OffsetDateTime lapsed = shown == PreservationStatus.LAPSED && lapsedAt == null ? lapsesAt() : lapsedAt;
		return new PreservationView(id, caseId, shown, items, reason, officers, requestedByName, requestedAt,
				decidedByName, decidedAt, decisionNote, documentKind, documentNumber, decisionDue, disposal,
				disposalNote, disposedByName, disposedAt, lapsed, version);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
