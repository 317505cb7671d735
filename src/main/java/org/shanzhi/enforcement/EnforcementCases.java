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
import org.shanzhi.directory.OfficerView;
import org.shanzhi.documents.DocumentNumbers;
import org.shanzhi.enforcement.internal.CaseRepository;
import org.shanzhi.enforcement.internal.CaseTransitions;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.enforcement.internal.OfficersOnAct;
import org.shanzhi.security.Accounts;
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

	private final Accounts accounts;

	private final DocumentNumbers documentNumbers;

	private final PenaltyTimeLimits timeLimits;

	private final CaseDocuments documents;

	private final ObjectProvider<InvestigationFacts> investigationFacts;

	private final ObjectProvider<ExecutionFacts> executionFacts;

	private final ObjectProvider<GuidanceGiven> guidanceGiven;

	private final String paymentAccount;

	private final CasePapers papers;

	EnforcementCases(CaseRepository cases, InspectionRepository inspections, ViolationTypes violationTypes,
			Parties parties, Agencies agencies, ObjectProvider<TreatmentAdvisor> advisor, Actors actors, Clock clock,
			org.springframework.jdbc.core.simple.JdbcClient jdbc,
			org.springframework.context.ApplicationEventPublisher events, Accounts accounts,
			DocumentNumbers documentNumbers, PenaltyTimeLimits timeLimits, CaseDocuments documents, CasePapers papers,
			ObjectProvider<InvestigationFacts> investigationFacts, ObjectProvider<ExecutionFacts> executionFacts,
			ObjectProvider<GuidanceGiven> guidanceGiven,
			@org.springframework.beans.factory.annotation.Value("${shanzhi.penalty.payment-account:市财政局非税收入汇缴结算户}") String paymentAccount) {
		this.documents = documents;
		this.investigationFacts = investigationFacts;
		this.executionFacts = executionFacts;
		this.guidanceGiven = guidanceGiven;
		this.paymentAccount = paymentAccount;
		this.papers = papers;
		this.accounts = accounts;
		this.documentNumbers = documentNumbers;
		this.timeLimits = timeLimits;
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

	/**
	 * Registers a case (案源登记) naming at least two officers of the agency with valid
	 * certificates; a head's own registration is its filing ({@code OPEN}). Under the
	 * simple procedure it reports a penalty imposed on the spot
	 * ({@link SimpleProcedure}).
	 */
	@Transactional
	public CaseView open(@Valid OpenCaseCommand command) {
		Actor actor = actors.require(HANDLERS);
		UUID agencyId = actor.requireAgency();
		if (command.procedureOrDefault() == CaseProcedure.SIMPLE) {
			return simpleProcedure.open(command, actor, (simple, type, officers, now) -> register(UUID.randomUUID(),
					agencyId, type, simple, officers, actor.accountId(), now));
		}
		parties.get(command.partyId());
		LocalDate today = LocalDate.now(clock);
		if (command.occurredOn().isAfter(today)) {
			throw new FieldRejectedException("occurredOn", "notInFuture");
		}
		ViolationTypeView type = violationTypes.require(agencyId, command.violationCode());
		if (command.origin() == CaseOrigin.INSPECTION && command.originId() != null) {
			inspections.findById(command.originId())
				.filter(i -> actors.scopeOf(actor).includes(i.view().agencyId()))
				.filter(i -> i.view().partyId().equals(command.partyId()))
				.orElseThrow(() -> new FieldRejectedException("originId", "unknownInspection"));
		}
		List<OfficerView> named = OfficersOnAct.check(command.officerIds(),
				officerId -> agencies.findOfficer(agencyId, officerId).orElse(null), today, officer -> false,
				officer -> officer.agencyId().equals(agencyId));
		OffsetDateTime now = OffsetDateTime.now(clock);
		EnforcementCase registered = register(UUID.randomUUID(), agencyId, type, command,
				named.stream()
					.map(o -> new CaseOfficerView(o.id(), o.name(), o.certificateNumber(), now, null))
					.toList(),
				actor.accountId(), now);
		if (actor.has(Role.AGENCY_HEAD)) {
			// the 立案审批表 belongs to a saved case
			registered = cases.saveAndFlush(registered);
			fileCase(registered, true, null, command.lateReason(), actor, now);
		}
		return cases.saveAndFlush(registered).view();
	}

	/**
	 * Registers a case the joint inspections found (J1, J2) for the acting officer's
	 * agency, with that officer: it arrives {@code REGISTERED} and the head names the
	 * second officer and files it.
	 */
	@Transactional
	public CaseView registerFromFindings(@Valid OpenCaseCommand command) {
		Actor actor = actors.require(HANDLERS);
		UUID agencyId = actor.requireAgency();
		parties.get(command.partyId());
		ViolationTypeView type = violationTypes.require(agencyId, command.violationCode());
		OffsetDateTime now = OffsetDateTime.now(clock);
		return cases
			.saveAndFlush(register(UUID.randomUUID(), agencyId, type, command,
					officersOfAccount(actor.accountId(), agencyId, now), actor.accountId(), now))
			.view();
	}

	private EnforcementCase register(UUID id, UUID agencyId, ViolationTypeView type, OpenCaseCommand command,
			List<CaseOfficerView> officers, UUID openedBy, OffsetDateTime now) {
		LocalDate discovered = command.discoveredOn() == null ? LocalDate.now(clock) : command.discoveredOn();
		EnforcementCase.checkLimitation(command.occurredOn(), command.violationEndedOn(), command.endangersSafety(),
				discovered);
		String number = agencies.get(agencyId).code().toUpperCase() + "-" + Year.now(clock).getValue() + "-"
				+ String.format("%06d", cases.nextNumber());
		return new EnforcementCase(id, number, agencyId, type, command, discovered, officers,
				timeLimits.filingDue(agencyId, discovered), openedBy, now);
	}

	/** The account's own officer as the case's first officer, when it has one. */
	private List<CaseOfficerView> officersOfAccount(UUID accountId, UUID agencyId, OffsetDateTime now) {
		return accounts.officerOf(accountId)
			.flatMap(officerId -> agencies.findOfficer(agencyId, officerId))
			.map(o -> List.of(new CaseOfficerView(o.id(), o.name(), o.certificateNumber(), now, null)))
			.orElse(List.of());
	}

	private void fileCase(EnforcementCase c, boolean approve, String note, String lateReason, Actor head,
			OffsetDateTime now) {
		LocalDate today = LocalDate.now(clock);
		c.file(approve, note, lateReason, head.accountId(), today, now, timeLimits.of(c.agencyId()).decisionDays(),
				() -> documents
					.issue(c.id(), c.agencyId(), "filing-approval", FILING_KIND, "立案审批表", now,
							number -> papers.filingApproval(c.view(), number, note, now))
					.number());
	}

	/** The kind of the 立案审批表's number (e.g. 河市监立〔2026〕0001号). */
	static final String FILING_KIND = "立";

	/**
	 * 立案审批 by the head of the case's agency: filed ({@code OPEN}, with {@code filedOn}
	 * and the numbered 立案审批表) or not filed ({@code NOT_FILED}, with the note).
	 */
	@Transactional
	public CaseView file(UUID id, boolean approve, String note, String lateReason) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = loadForChange(id, actor);
		fileCase(c, approve, note, lateReason, actor, OffsetDateTime.now(clock));
		return cases.saveAndFlush(c).view();
	}

	/** The head names an officer of the agency with a valid certificate to the case. */
	@Transactional
	public CaseView assignOfficer(UUID id, UUID officerId) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = loadForChange(id, actor);
		OfficerView officer = agencies.findOfficer(c.agencyId(), officerId)
			.orElseThrow(() -> RuleViolationException.rule("officer-of-another-agency", officerId));
		c.assignOfficer(officer, actor.accountId(), LocalDate.now(clock), OffsetDateTime.now(clock));
		return cases.saveAndFlush(c).view();
	}

	/** The head takes an officer off the case (two acting officers stay). */
	@Transactional
	public CaseView removeOfficer(UUID id, UUID officerId) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = loadForChange(id, actor);
		c.removeOfficer(officerId, actor.accountId());
		return cases.saveAndFlush(c).view();
	}

	/**
	 * An application for an officer of the case to step aside (回避, APL art. 43): by the
	 * officer themself (or recorded by the head), or by the party ({@code PUBLIC}, on its
	 * own case; another's answers 404).
	 */
	@Transactional
	public RecusalView applyForRecusal(UUID id, UUID officerId, String reason, RecusalView.AppliedBy appliedBy) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.PUBLIC);
		EnforcementCase c;
		RecusalView.AppliedBy by;
		if (actor.isPublic()) {
			c = cases.findById(id)
				.filter(k -> actor.partyId() != null && actor.partyId().equals(k.partyId()))
				.orElseThrow(() -> NotFoundException.forId("enforcement-case", id));
			if (appliedBy == RecusalView.AppliedBy.OFFICER) {
				throw new org.springframework.security.access.AccessDeniedException("a party applies as the party");
			}
			by = RecusalView.AppliedBy.PARTY;
		}
		else {
			c = loadForChange(id, actor);
			by = appliedBy == null ? RecusalView.AppliedBy.OFFICER : appliedBy;
			if (by == RecusalView.AppliedBy.OFFICER && !actor.has(Role.AGENCY_HEAD)
					&& !officerId.equals(accounts.officerOf(actor.accountId()).orElse(null))) {
				throw new org.springframework.security.access.AccessDeniedException(
						"an officer applies for their own recusal");
			}
		}
		RecusalView applied = c.applyForRecusal(officerId, reason, by, actor.accountId(), OffsetDateTime.now(clock));
		cases.saveAndFlush(c);
		return applied;
	}

	/** The head decides an officer's pending recusal. */
	@Transactional
	public RecusalView decideRecusal(UUID id, UUID officerId, boolean approve, String note) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = loadForChange(id, actor);
		RecusalView decided = c.decideRecusal(officerId, approve, note, actor.accountId(), OffsetDateTime.now(clock));
		cases.saveAndFlush(c);
		return decided;
	}

	/**
	 * Opens the case another module handed over (G5): for the requested agency, party and
	 * violation type of that agency's catalogue, with the id the request chose; the
	 * officer who recorded the failed measure registers it and is its first officer, and
	 * the case arrives {@code REGISTERED} for the head's filing. Runs in the caller's
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
		OpenCaseCommand command = OpenCaseCommand.ordinary(request.partyId(), type.code(), request.occurredOn(),
				request.facts(), request.origin(), request.originId(), List.of(), null, List.of());
		OffsetDateTime now = OffsetDateTime.now(clock);
		EnforcementCase opened = register(request.caseId(), request.agencyId(), type, command,
				officersOfAccount(request.officerId(), request.agencyId(), now), request.officerId(), now);
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
		for (int i = 0; i < command.proposedPenalties().size(); i++) {
			command.proposedPenalties().get(i).requireComplete("proposedPenalties[" + i + "]");
		}
		EnforcementCase c = loadForChange(id, actor);
		requireActing(c, actor);
		OffsetDateTime now = OffsetDateTime.now(clock);
		c.investigate(command, reportFacts(c, command),
				() -> documents
					.issue(c.id(), c.agencyId(), documents.nextOf(c.id(), "investigation-report"), REPORT_KIND,
							"案件调查终结报告", now, number -> papers.report(c.view(), number, command, now))
					.number(),
				now);
		return cases.saveAndFlush(c).view();
	}

	static final String REPORT_KIND = "终";

	private EnforcementCase.ReportFacts reportFacts(EnforcementCase c, InvestigateCommand command) {
		LocalDate today = LocalDate.now(clock);
		TreatmentAdvisor a = advisor.getIfAvailable();
		CaseView view = c.view();
		TreatmentProposal now = a == null ? null : a.propose(c.facts(today));
		TreatmentProposal then = a == null ? null : a.propose(c.facts(view.occurredOn()));
		ProcedureRecords.Benchmark benchmark = now == null ? null : benchmark(then, now);
		var facts = investigationFacts.getIfAvailable();
		int records = facts == null ? 1 : facts.recordCount(c.id());
		boolean undecided = facts != null && facts.hasUndecidedPreservation(c.id());
		boolean person = parties.get(c.partyId()).kind() == org.shanzhi.directory.PartyKind.PERSON;
		boolean majorRights = ProcedureRules.hearingDue(command.proposedPenalties(), timeLimits.of(c.agencyId()),
				person);
		return new EnforcementCase.ReportFacts(records, undecided, now, benchmark, c.limitationExpiresOn(),
				priorGuidance(c), majorRights);
	}

	/** The more lenient of the treatments proposed then and now (从旧兼从轻, APL art. 37). */
	static ProcedureRecords.Benchmark benchmark(TreatmentProposal then, TreatmentProposal now) {
		Treatment t = then == null ? null : then.treatment();
		Treatment n = now.treatment();
		boolean thenLighter = t != null && ProcedureRules.lenience(t) < ProcedureRules.lenience(n);
		return new ProcedureRecords.Benchmark(t, n,
				thenLighter ? ProcedureRecords.Applied.THEN : ProcedureRecords.Applied.NOW);
	}

	/**
	 * The guidance acts given to the party by the agency before the case (Luohe art. 15).
	 */
	private List<ProcedureRecords.PriorGuidance> priorGuidance(EnforcementCase c) {
		GuidanceGiven given = guidanceGiven.getIfAvailable();
		return given == null ? List.of() : given.before(c.agencyId(), c.partyId(), LocalDate.now(clock));
	}

	/** What the leniency lists propose for the case now (shown before the decision). */
	@Transactional
	public TreatmentProposal proposal(UUID id) {
		actors.require(READERS);
		EnforcementCase c = load(id);
		CaseTransitions.require(CaseStep.PROPOSAL, c.status());
		TreatmentAdvisor a = advisor.getIfAvailable();
		return a == null ? null : a.propose(c.facts(LocalDate.now(clock)));
	}

	/** The head's decision (API.md, "决定"). */
	@Transactional
	public CaseView decide(UUID id, @Valid DecideCommand command) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = loadForChange(id, actor);
		ViolationTypeView type = violationTypes.byId(c.violationTypeId()).orElseThrow();
		TreatmentAdvisor a = advisor.getIfAvailable();
		TreatmentProposal proposal = a == null ? null : a.propose(c.facts(LocalDate.now(clock)));
		OffsetDateTime now = OffsetDateTime.now(clock);
		c.decide(command, proposal, type, actor.accountId(), now, LocalDate.now(clock),
				decisionPapers(now, c.agencyId()));
		return cases.saveAndFlush(c).view();
	}

	EnforcementCase.DecisionPapers decisionPapers(OffsetDateTime now, UUID agencyId) {
		int dueDays = timeLimits.of(agencyId).paymentDueDays();
		return new EnforcementCase.DecisionPapers() {

			@Override
			public String issue(EnforcementCase decided) {
				CaseView v = decided.view();
				boolean none = v.decision().penalties().isEmpty();
				return documents
					.issue(v.id(), v.agencyId(), none ? "no-penalty-decision" : "decision", none ? "不罚" : "罚",
							none ? "不予行政处罚决定书" : "行政处罚决定书", now, number -> papers.decision(v, number, now))
					.number();
			}

			@Override
			public String paymentNotice(EnforcementCase decided) {
				return documentNumbers
					.next(decided.agencyId(), "缴", CaseDocuments.day(now).getYear(), "ENFORCEMENT_CASE", decided.id())
					.text();
			}

			@Override
			public String account() {
				return paymentAccount;
			}

			@Override
			public int paymentDueDays() {
				return dueDays;
			}

		};
	}

	/**
	 * 法制审核 by a legal reviewer who did not investigate the case: of the report, or of a
	 * decision departing from the proposal.
	 */
	@Transactional
	public CaseView review(UUID id, boolean approve, String note) {
		return review(id, approve, note, List.of());
	}

	@Transactional
	public CaseView review(UUID id, boolean approve, String note, List<String> opinions) {
		Actor actor = actors.require(Role.LEGAL_REVIEWER);
		EnforcementCase c = loadForChange(id, actor);
		OffsetDateTime now = OffsetDateTime.now(clock);
		c.review(approve, note, opinions, actor.accountId(), accounts.officerOf(actor.accountId()).orElse(null), now,
				() -> documents
					.issue(c.id(), c.agencyId(), documents.nextOf(c.id(), "legal-review-opinion"), "审", "法制审核意见书", now,
							number -> papers.reviewOpinion(c.view(), number, approve, note, opinions, now))
					.number(),
				decisionPapers(now, c.agencyId()));
		return cases.saveAndFlush(c).view();
	}

	/** 结案 by the head, with the 结案审批表. */
	@Transactional
	public CaseView close(UUID id) {
		return close(id, null);
	}

	@Transactional
	public CaseView close(UUID id, String summary) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = loadForChange(id, actor);
		OffsetDateTime now = OffsetDateTime.now(clock);
		var execution = executionFacts.getIfAvailable();
		CaseView v = c.view();
		boolean performed = v.status() == CaseStatus.TRANSFERRED || (execution != null ? execution.performed(id)
				: v.decision() == null || Penalty.fines(v.decision().penalties()).signum() == 0);
		c.close(performed, summary, now);
		documents.issue(c.id(), c.agencyId(), "closure-approval", "结", "结案审批表", now,
				number -> papers.closure(c.view(), number, summary, now));
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

	/** 422 {@code officer-recused} for an officer who stepped aside from the case. */
	private void requireActing(EnforcementCase c, Actor actor) {
		accounts.officerOf(actor.accountId()).ifPresent(c::requireNotRecused);
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

	/**
	 * 当场处罚 (the simple procedure); a field, not a constructor argument, to keep this
	 * class's constructor as it is.
	 */
	@org.springframework.beans.factory.annotation.Autowired
	private SimpleProcedure simpleProcedure;

}
