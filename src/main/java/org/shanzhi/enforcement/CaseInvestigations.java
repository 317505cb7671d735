package org.shanzhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.Agencies;
import org.shanzhi.enforcement.internal.CaseTransitions;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.enforcement.internal.InspectionRepository;
import org.shanzhi.enforcement.internal.InvestigationRecord;
import org.shanzhi.enforcement.internal.InvestigationRecordRepository;
import org.shanzhi.enforcement.internal.Preservation;
import org.shanzhi.enforcement.internal.PreservationRepository;
import org.shanzhi.evidence.EvidenceItems;
import org.shanzhi.evidence.EvidenceItems.SubjectType;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The investigation of a case (调查取证, API.md "Investigation"): the records the officers
 * make (询问笔录, 现场检查笔录), each with its numbered document, and the 先行登记保存 of evidence (APL
 * art. 56) from the request through the head's approval to the disposal within 7 working
 * days, or its lapse. Every act names two of the case's officers with valid certificates
 * (APL art. 42); a record at night or on a holiday states its urgency (Luoyang art. 6).
 * The investigation report asks here whether the investigation is ready to end.
 */
@Service
@Validated
public class CaseInvestigations implements InvestigationFacts {

	/** Working days within which preserved things are decided on (APL art. 56). */
	static final int PRESERVATION_WORKING_DAYS = 7;

	private final EnforcementCases cases;

	private final InvestigationRecordRepository records;

	private final PreservationRepository preservations;

	private final CaseDocuments documents;

	private final InvestigationPapers papers;

	private final Agencies agencies;

	private final Accounts accounts;

	private final ProhibitedPeriods prohibited;

	private final WorkingDays workingDays;

	private final EvidenceItems evidence;

	private final InspectionRepository inspections;

	private final Actors actors;

	private final Clock clock;

	CaseInvestigations(EnforcementCases cases, InvestigationRecordRepository records,
			PreservationRepository preservations, CaseDocuments documents, InvestigationPapers papers,
			Agencies agencies, Accounts accounts, ProhibitedPeriods prohibited, WorkingDays workingDays,
			EvidenceItems evidence, InspectionRepository inspections, Actors actors, Clock clock) {
		this.cases = cases;
		this.records = records;
		this.preservations = preservations;
		this.documents = documents;
		this.papers = papers;
		this.agencies = agencies;
		this.accounts = accounts;
		this.prohibited = prohibited;
		this.workingDays = workingDays;
		this.evidence = evidence;
		this.inspections = inspections;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * A record of the investigation by the case's officers ({@code OPEN} or
	 * {@code INVESTIGATED}), with its 询问笔录 or 现场检查笔录 issued and numbered.
	 */
	@Transactional
	public InvestigationRecordView addRecord(@NotNull UUID caseId, @Valid @NotNull AddRecordCommand command) {
		Actor actor = actors.require(EnforcementCases.HANDLERS);
		EnforcementCase c = cases.loadForChange(caseId, actor);
		CaseTransitions.require(CaseStep.RECORDS, c.status());
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (command.heldAt().isAfter(now.plusMinutes(10))) {
			throw new FieldRejectedException("heldAt", "notInFuture");
		}
		accounts.officerOf(actor.accountId()).ifPresent(c::requireNotRecused);
		List<ActingOfficer> named = officersOnAct(c, command.officerIds(), CaseDocuments.day(command.heldAt()));
		InvestigationRecord.check(command);
		prohibited.check(command.heldAt(), command.isUrgent());
		requireEvidenceOfCase(c, command.evidence());
		CaseView view = c.view();
		String kind = documents.nextInSeries(caseId, command.kind().series());
		CaseDocumentView issued = documents.issue(caseId, c.agencyId(), kind, command.kind().numberKind(),
				command.kind().title(), now,
				number -> papers.record(view, command, named, actor.displayName(), number));
		InvestigationRecord record = new InvestigationRecord(UUID.randomUUID(), caseId, c.agencyId(), command, named,
				kind, issued.number(), actor.accountId(), actor.displayName(), now);
		return records.saveAndFlush(record).view();
	}

	/** The case's records, in the order they were made. */
	@Transactional(readOnly = true)
	public List<InvestigationRecordView> records(UUID caseId) {
		cases.get(caseId);
		return records.findByCaseIdOrderByHeldAtAscCreatedAtAsc(caseId)
			.stream()
			.map(InvestigationRecord::view)
			.toList();
	}

	/** Officers of the case ask the head to approve a 先行登记保存: {@code REQUESTED}. */
	@Transactional
	public PreservationView requestPreservation(@NotNull UUID caseId,
			@Valid @NotNull RequestPreservationCommand command) {
		Actor actor = actors.require(EnforcementCases.HANDLERS);
		EnforcementCase c = cases.loadForChange(caseId, actor);
		CaseTransitions.require(CaseStep.PRESERVATIONS, c.status());
		accounts.officerOf(actor.accountId()).ifPresent(c::requireNotRecused);
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<ActingOfficer> named = officersOnAct(c, command.officerIds(), CaseDocuments.day(now));
		Preservation p = new Preservation(UUID.randomUUID(), caseId, c.agencyId(), command, named, actor.accountId(),
				actor.displayName(), now);
		return preservations.saveAndFlush(p).view(today());
	}

	/**
	 * The head of the case's agency approves the 先行登记保存 (its notice issued, the decision
	 * on the things due in 7 working days) or refuses it with a note.
	 */
	@Transactional
	public PreservationView decidePreservation(@NotNull UUID caseId, @NotNull UUID preservationId, boolean approve,
			String note) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = cases.loadForChange(caseId, actor);
		Preservation p = load(caseId, preservationId);
		p.checkDecision(approve, note);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!approve) {
			p.reject(actor.accountId(), actor.displayName(), note, now);
			return preservations.saveAndFlush(p).view(today());
		}
		CaseTransitions.require(CaseStep.PRESERVATIONS, c.status());
		LocalDate due = workingDays.plusWorkingDays(CaseDocuments.day(now), PRESERVATION_WORKING_DAYS);
		CaseView view = c.view();
		PreservationView requested = p.view(today());
		String kind = documents.nextInSeries(caseId, "preservation-notice");
		CaseDocumentView issued = documents.issue(caseId, c.agencyId(), kind, "保", "先行登记保存通知书", now,
				number -> papers.preservationNotice(view, requested, number, due, now));
		p.approve(actor.accountId(), actor.displayName(), note, now, kind, issued.number(), due);
		return preservations.saveAndFlush(p).view(today());
	}

	/**
	 * The decision on the preserved things, by a case officer or the head, by
	 * {@code decisionDue}: {@code DISPOSED}; after it, 409 {@code preservation-lapsed}.
	 */
	@Transactional
	public PreservationView disposePreservation(@NotNull UUID caseId, @NotNull UUID preservationId,
			@NotNull PreservationDisposal disposal, String note) {
		Actor actor = actors.require(EnforcementCases.HANDLERS);
		EnforcementCase c = cases.loadForChange(caseId, actor);
		if (!actor.has(Role.AGENCY_HEAD)) {
			UUID own = accounts.officerOf(actor.accountId()).orElse(null);
			boolean onCase = c.view().actingOfficers().stream().anyMatch(o -> o.officerId().equals(own));
			if (!onCase) {
				throw new AccessDeniedException("a case officer or the head disposes of preserved things");
			}
		}
		if (note != null && note.length() > 2000) {
			throw new FieldRejectedException("note", "textTooLong");
		}
		Preservation p = load(caseId, preservationId);
		p.dispose(disposal, note, actor.accountId(), actor.displayName(), today(), OffsetDateTime.now(clock));
		return preservations.saveAndFlush(p).view(today());
	}

	/** The case's preservations, in the order requested, each with its status today. */
	@Transactional(readOnly = true)
	public List<PreservationView> preservations(UUID caseId) {
		cases.get(caseId);
		LocalDate today = today();
		return preservations.findByCaseIdOrderByRequestedAt(caseId).stream().map(p -> p.view(today)).toList();
	}

	/**
	 * Lapses every approved preservation not decided on by its {@code decisionDue} (the
	 * things are released); run daily by the scheduler as the system.
	 * @return how many lapsed
	 */
	@Transactional
	public int lapseOverdue() {
		LocalDate today = today();
		int lapsed = 0;
		for (Preservation p : preservations.findByStatusAndDecisionDueBefore(PreservationStatus.APPROVED, today)) {
			if (p.lapseIfDue(today)) {
				preservations.saveAndFlush(p);
				lapsed++;
			}
		}
		return lapsed;
	}

	/**
	 * How many records (询问笔录, 现场检查笔录) the case has (no access check: the caller's).
	 */
	@Transactional(readOnly = true)
	public int recordCount(UUID caseId) {
		return records.countByCaseId(caseId);
	}

	/**
	 * Whether a preservation of the case still awaits a decision: requested and not
	 * decided by the head, or approved and neither disposed of nor lapsed (no access
	 * check: the caller's).
	 */
	@Transactional(readOnly = true)
	public boolean hasUndecidedPreservation(UUID caseId) {
		LocalDate today = today();
		return preservations.findByCaseIdOrderByRequestedAt(caseId).stream().anyMatch(p -> p.undecided(today));
	}

	/**
	 * The earliest {@code decisionDue} of the case's approved preservations still to be
	 * decided on (no access check: the caller's).
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> preservationDecisionDue(UUID caseId) {
		LocalDate today = today();
		return preservations.findByCaseIdOrderByRequestedAt(caseId)
			.stream()
			.filter(p -> p.status(today) == PreservationStatus.APPROVED)
			.map(Preservation::decisionDue)
			.min(Comparator.naturalOrder());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CaseDocuments.SHANGHAI));
	}

	private Preservation load(UUID caseId, UUID preservationId) {
		return preservations.findById(preservationId)
			.filter(p -> p.caseId().equals(caseId))
			.orElseThrow(() -> NotFoundException.forId("preservation", preservationId));
	}

	/**
	 * The officers named on the act, checked as API.md orders it, with the certificates
	 * they act under.
	 */
	private List<ActingOfficer> officersOnAct(EnforcementCase c, List<UUID> named, LocalDate day) {
		c.requireOfficersOnAct(named, id -> agencies.findOfficer(c.agencyId(), id).orElse(null), day);
		return new LinkedHashSet<>(named).stream()
			.map(id -> agencies.findOfficer(c.agencyId(), id).orElseThrow())
			.map(o -> new ActingOfficer(o.id(), o.name(), o.certificateNumber()))
			.toList();
	}

	/**
	 * 422 {@code evidence-not-of-case} for evidence that is not the case's own or of an
	 * inspection of its party by its agency (or that was deleted or is out of reach).
	 */
	private void requireEvidenceOfCase(EnforcementCase c, List<UUID> ids) {
		for (UUID id : ids) {
			EvidenceItems.EvidenceView item;
			try {
				item = evidence.get(id);
			}
			catch (NotFoundException ex) {
				throw RuleViolationException.rule("evidence-not-of-case", id);
			}
			boolean ofCase = item.deletedAt() == null && c.agencyId().equals(item.agencyId())
					&& (item.subjectType() == SubjectType.ENFORCEMENT_CASE && c.id().equals(item.subjectId())
							|| item.subjectType() == SubjectType.INSPECTION && inspections.findById(item.subjectId())
								.filter(i -> c.partyId().equals(i.view().partyId()))
								.isPresent());
			if (!ofCase) {
				throw RuleViolationException.rule("evidence-not-of-case", id);
			}
		}
	}

}
