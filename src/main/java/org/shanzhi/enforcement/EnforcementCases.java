package org.shanzhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.enforcement.internal.CaseRepository;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.enforcement.internal.InspectionRepository;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.security.SharedRecordType;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.PageRequests;
import org.shanzhi.shared.PageView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Enforcement cases from opening to closing. Officers of an agency see their agency's
 * cases (and those of agencies sharing with it), supervisors all; another agency's case
 * answers 404.
 */
@Service
@Validated
public class EnforcementCases {

	static final Role[] HANDLERS = { Role.OFFICER, Role.AGENCY_HEAD };

	static final Role[] READERS = { Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN };

	private final CaseRepository cases;

	private final InspectionRepository inspections;

	private final ViolationTypes violationTypes;

	private final Parties parties;

	private final Agencies agencies;

	private final ObjectProvider<TreatmentAdvisor> advisor;

	private final Actors actors;

	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final org.springframework.context.ApplicationEventPublisher events;

	EnforcementCases(CaseRepository cases, InspectionRepository inspections, ViolationTypes violationTypes,
			Parties parties, Agencies agencies, ObjectProvider<TreatmentAdvisor> advisor, Actors actors, Clock clock,
			org.springframework.jdbc.core.simple.JdbcClient jdbc,
			org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.cases = cases;
		this.inspections = inspections;
		this.violationTypes = violationTypes;
		this.parties = parties;
		this.agencies = agencies;
		this.advisor = advisor;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public CaseView open(@Valid OpenCaseCommand command) {
		Actor actor = actors.require(HANDLERS);
		UUID agencyId = actor.requireAgency();
		parties.get(command.partyId());
		if (command.occurredOn().isAfter(LocalDate.now(clock))) {
			throw new FieldRejectedException("occurredOn", "notInFuture");
		}
		ViolationTypeView type = violationTypes.require(agencyId, command.violationCode());
		if (command.origin() == CaseOrigin.INSPECTION && command.originId() != null) {
			inspections.findById(command.originId())
				.filter(i -> actors.scopeOf(actor).includes(i.view().agencyId()))
				.filter(i -> i.view().partyId().equals(command.partyId()))
				.orElseThrow(() -> new FieldRejectedException("originId", "unknownInspection"));
		}
		String number = agencies.get(agencyId).code().toUpperCase() + "-" + Year.now(clock).getValue() + "-"
				+ String.format("%06d", cases.nextNumber());
		EnforcementCase opened = new EnforcementCase(UUID.randomUUID(), number, agencyId, type, command,
				actor.accountId(), OffsetDateTime.now(clock));
		return cases.saveAndFlush(opened).view();
	}

	/**
	 * Opens the case another module handed over (G5): for the requested agency, party and
	 * violation type of that agency's catalogue, with the id the request chose; the
	 * officer is the one who recorded the failed measure. Runs in the caller's
	 * transaction.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public CaseView openEscalated(EscalationRequested request) {
		parties.get(request.partyId());
		ViolationTypeView type = violationTypes.find(request.agencyId(), request.violationCode())
			.orElseThrow(() -> RuleViolationException.rule("escalation-unknown-violation", request.violationCode()));
		if (cases.existsById(request.caseId())) {
			throw RuleViolationException.conflict("escalation-already-opened", request.caseId());
		}
		String number = agencies.get(request.agencyId()).code().toUpperCase() + "-" + Year.now(clock).getValue() + "-"
				+ String.format("%06d", cases.nextNumber());
		OpenCaseCommand command = new OpenCaseCommand(request.partyId(), type.code(), request.occurredOn(),
				request.facts(), request.origin(), request.originId(), List.of());
		EnforcementCase opened = new EnforcementCase(request.caseId(), number, request.agencyId(), type, command,
				request.officerId(), OffsetDateTime.now(clock));
		return cases.saveAndFlush(opened).view();
	}

	@Transactional(readOnly = true)
	public CaseView get(UUID id) {
		actors.require(READERS);
		AgencyScope scope = actors.readScope(SharedRecordType.VIOLATIONS);
		CaseView view = cases.findById(id)
			.filter(c -> scope.includes(c.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("enforcement-case", id))
			.view();
		return actors.noteRead(SharedRecordType.VIOLATIONS, view, CaseView::agencyId, CaseView::id);
	}

	@Transactional(readOnly = true)
	public PageView<CaseView> search(UUID partyId, CaseStatus status, Integer page, Integer size) {
		return search(partyId, status, null, java.util.List.of(), null, false, page, size);
	}

	/**
	 * The columns a list of cases sorts by: {@code number}, {@code occurredOn},
	 * {@code createdAt}.
	 */
	public static final java.util.Set<String> SORTS = java.util.Set.of("number", "occurredOn", "createdAt");

	/**
	 * A page of the cases a list page asks for: of a party and a status, a search text
	 * matching the number or naming one of {@code partiesNamed} (the parties the
	 * directory found for the same text), sorted by one of {@link #SORTS} ({@code null}:
	 * newest first).
	 */
	@Transactional(readOnly = true)
	public PageView<CaseView> search(UUID partyId, CaseStatus status, String text,
			java.util.Collection<UUID> partiesNamed, String sort, boolean ascending, Integer page, Integer size) {
		Actor actor = actors.require(READERS);
		AgencyScope scope = actors.readScope(SharedRecordType.VIOLATIONS);
		Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
		Sort order = sort == null ? Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")) : switch (sort) {
			case "number" -> Sort.by(direction, "number");
			case "occurredOn" -> Sort.by(direction, "occurredOn").and(Sort.by(Sort.Direction.DESC, "createdAt"));
			default -> Sort.by(direction, "createdAt").and(Sort.by("id"));
		};
		org.springframework.data.domain.PageRequest paging = PageRequests.of(page, size, order);
		String pattern = text == null || text.isBlank() ? null
				: new org.shanzhi.shared.ListQuery(text.strip(), null, true, 0).likePattern()
					.toLowerCase(java.util.Locale.ROOT);
		PageView<CaseView> found = PageView
			.of((pattern == null ? cases.search(scope.all(), scope.idsForQuery(), partyId, status, paging)
					: cases.searchText(scope.all(), scope.idsForQuery(), partyId, status, pattern,
							partiesNamed.isEmpty() ? java.util.Set.of(new UUID(0, 0)) : partiesNamed, paging))
				.map(EnforcementCase::view));
		actors.noteReads(SharedRecordType.VIOLATIONS, "list", found.items(), CaseView::agencyId, CaseView::id);
		return found;
	}

	@Transactional
	public CaseView investigate(UUID id, @Valid InvestigateCommand command) {
		Actor actor = actors.require(HANDLERS);
		if (command.correctedOn() != null && command.correctedOn().isAfter(LocalDate.now(clock))) {
			throw new FieldRejectedException("correctedOn", "notInFuture");
		}
		EnforcementCase c = loadForChange(id, actor);
		c.investigate(command);
		return cases.saveAndFlush(c).view();
	}

	/** What the leniency lists propose for the case now (shown before the decision). */
	@Transactional
	public TreatmentProposal proposal(UUID id) {
		actors.require(READERS);
		EnforcementCase c = load(id);
		if (c.status() == CaseStatus.OPEN) {
			throw RuleViolationException.conflict("case-transition-not-allowed", "assess", c.status().name());
		}
		TreatmentAdvisor a = advisor.getIfAvailable();
		return a == null ? null : a.propose(c.facts(LocalDate.now(clock)));
	}

	@Transactional
	public CaseView decide(UUID id, @Valid DecideCommand command) {
		Actor actor = actors.require(HANDLERS);
		EnforcementCase c = loadForChange(id, actor);
		ViolationTypeView type = violationTypes.byId(c.violationTypeId()).orElseThrow();
		TreatmentAdvisor a = advisor.getIfAvailable();
		TreatmentProposal proposal = a == null ? null : a.propose(c.facts(LocalDate.now(clock)));
		c.decide(command, proposal, type, actor.accountId(), OffsetDateTime.now(clock));
		return cases.saveAndFlush(c).view();
	}

	/**
	 * The legal reviewer (法制审核) approves or rejects a decision departing from the
	 * proposal.
	 */
	@Transactional
	public CaseView review(UUID id, boolean approve, String note) {
		Actor actor = actors.require(Role.LEGAL_REVIEWER);
		EnforcementCase c = loadForChange(id, actor);
		c.review(approve, note, actor.accountId(), OffsetDateTime.now(clock));
		return cases.saveAndFlush(c).view();
	}

	@Transactional
	public CaseView close(UUID id) {
		Actor actor = actors.require(HANDLERS);
		EnforcementCase c = loadForChange(id, actor);
		c.close(OffsetDateTime.now(clock));
		return cases.saveAndFlush(c).view();
	}

	/**
	 * Moves a case not yet decided to the agency that accepted its referral (J1), under
	 * that agency's violation type of the same code; refused when the agency has no
	 * competence for it. Runs in the accepting transaction.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public CaseView transfer(UUID caseId, UUID toAgencyId, UUID referralId) {
		EnforcementCase c = cases.findById(caseId)
			.orElseThrow(() -> NotFoundException.forId("enforcement-case", caseId));
		ViolationTypeView type = violationTypes.find(toAgencyId, c.view().violationCode())
			.orElseThrow(() -> RuleViolationException.rule("referral-outside-competence", c.view().violationCode()));
		UUID from = c.agencyId();
		c.transfer(type, referralId);
		CaseView moved = cases.saveAndFlush(c).view();
		// the case's coercive measures belong to it: the receiving head decides pending
		// ones
		jdbc.sql("update enforcement.coercive_measure set agency_id = :to where case_id = :id")
			.param("to", toAgencyId)
			.param("id", caseId)
			.update();
		events.publishEvent(new org.shanzhi.shared.RecordTransferred("ENFORCEMENT_CASE", caseId, from, toAgencyId));
		return moved;
	}

	/** The case, if the current actor's agency scope includes it; 404 otherwise. */
	EnforcementCase load(UUID id) {
		AgencyScope scope = actors.scope();
		return cases.findById(id)
			.filter(c -> scope.includes(c.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("enforcement-case", id));
	}

	/**
	 * The case, for a change: agencies sharing their records (J2) let others read them,
	 * but only the case's own agency acts on it (403 for the others, 404 outside the
	 * scope).
	 */
	EnforcementCase loadForChange(UUID id, Actor actor) {
		AgencyScope readable = actors.readScope(SharedRecordType.VIOLATIONS);
		EnforcementCase c = cases.findById(id)
			.filter(k -> readable.includes(k.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("enforcement-case", id));
		if (!c.agencyId().equals(actor.agencyId())) {
			throw new org.springframework.security.access.AccessDeniedException("only the case's agency acts on it");
		}
		return c;
	}

}
