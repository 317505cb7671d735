package org.shanzhi.mediation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.AgencyKind;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.documents.DocumentNumbers;
import org.shanzhi.mediation.internal.MediationCase;
import org.shanzhi.mediation.internal.MediationCaseRepository;
import org.shanzhi.mediation.internal.MediationReminders;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.PageRequests;
import org.shanzhi.shared.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Mediation cases (M4) from start to agreement or termination. Mediators, officers and
 * heads of an agency run their agency's cases; supervisors read all; another agency's
 * case answers 404.
 */
@Service
@Validated
public class MediationCases {

	static final Role[] HANDLERS = { Role.MEDIATOR, Role.OFFICER, Role.AGENCY_HEAD };

	static final Role[] READERS = { Role.MEDIATOR, Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR,
			Role.ADMIN };

	private final MediationCaseRepository cases;

	private final Parties parties;

	private final Agencies agencies;

	private final Actors actors;

	private final Clock clock;

	private final DocumentNumbers numbers;

	private final JdbcClient jdbc;

	private final org.springframework.beans.factory.ObjectProvider<RightNotices> notices;

	private final WorkingDays workingDays;

	private final MediationReminders reminders;

	private final org.shanzhi.mediation.internal.MediationCaseListing listings;

	private final int defaultAcceptanceDays;

	private final int defaultConclusionDays;

	MediationCases(MediationCaseRepository cases, Parties parties, Agencies agencies, Actors actors, Clock clock,
			DocumentNumbers numbers, JdbcClient jdbc,
			org.springframework.beans.factory.ObjectProvider<RightNotices> notices, WorkingDays workingDays,
			MediationReminders reminders, org.shanzhi.mediation.internal.MediationCaseListing listings,
			@Value("${shanzhi.mediation.acceptance-working-days:5}") int defaultAcceptanceDays,
			@Value("${shanzhi.mediation.conclusion-working-days:30}") int defaultConclusionDays) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.workingDays = workingDays;
		this.reminders = reminders;
		this.listings = listings;
		this.defaultAcceptanceDays = defaultAcceptanceDays;
		this.defaultConclusionDays = defaultConclusionDays;
		this.numbers = numbers;
		this.cases = cases;
		this.parties = parties;
		this.agencies = agencies;
		this.actors = actors;
		this.clock = clock;
	}

	/** Starts a case of the actor's agency (status AWAITING_CONSENT). */
	@Transactional
	public MediationCaseView start(@Valid MediationCommands.Start command) {
		Actor actor = actors.require(HANDLERS);
		UUID agencyId = actor.requireAgency();
		if (command.requiresDecision()) {
			throw RuleViolationException.rule("mediation-would-replace-decision");
		}
		boolean organ = agencies.get(agencyId).kind() == AgencyKind.SUPERVISOR;
		if (organ && command.respondentAgencyId() == null) {
			throw new FieldRejectedException("respondentAgencyId", "required");
		}
		if (!organ && command.respondentAgencyId() != null) {
			throw RuleViolationException.rule("reconsideration-organ-only");
		}
		if (organ) {
			try {
				agencies.get(command.respondentAgencyId());
			}
			catch (NotFoundException ex) {
				throw new FieldRejectedException("respondentAgencyId", "unknownRecord");
			}
		}
		if (!organ && command.parties().size() < 2) {
			// only in reconsideration is the other side an agency rather than a listed
			// party
			throw new FieldRejectedException("parties", "twoParties");
		}
		Set<DisputeType> competence = organ ? Set.of() : competence(agencyId);
		if (!competence.isEmpty() && !competence.contains(command.disputeType())) {
			throw RuleViolationException.rule("dispute-outside-competence", command.disputeType().name());
		}
		Map<UUID, PartyRole> roles = new LinkedHashMap<>();
		for (int i = 0; i < command.parties().size(); i++) {
			MediationCommands.PartyInput p = command.parties().get(i);
			try {
				parties.get(p.partyId());
			}
			catch (NotFoundException ex) {
				throw new FieldRejectedException("parties[" + i + "].partyId", "unknownRecord");
			}
			if (roles.put(p.partyId(), p.role()) != null) {
				throw new FieldRejectedException("parties[" + i + "].partyId", "duplicateParty");
			}
		}
		String number = agencies.get(agencyId).code().toUpperCase() + "-TJ-" + Year.now(clock).getValue() + "-"
				+ String.format("%06d", cases.nextNumber());
		MediationCase c = new MediationCase(UUID.randomUUID(), number, agencyId, command.procedure(), command.origin(),
				command.disputeType(), command.summary(), roles, command.respondentAgencyId(), command.disputedAct(),
				actor.accountId(), now());
		cases.saveAndFlush(c);
		if (command.noticeId() != null) {
			notices.getObject().link(command.noticeId(), c.id(), agencyId, roles.keySet());
		}
		return c.view();
	}

	/** A case: for its agency's staff, supervisors, and (M8) the parties of the case. */
	@Transactional(readOnly = true)
	public MediationCaseView get(UUID id) {
		return loadForReading(id).view();
	}

	/** A party's consent, recorded in person by the mediator (from no address). */
	@Transactional
	public MediationCaseView consent(UUID id, @Valid MediationCommands.Consent command) {
		return consent(id, command, null);
	}

	/**
	 * A party's consent or refusal: recorded in person by the case's mediator, or given
	 * online (M8) by the party signed in, from {@code ip}; either way with its
	 * confirmation. A party signed in answers only for itself.
	 */
	@Transactional
	public MediationCaseView consent(UUID id, @Valid MediationCommands.Consent command, String ip) {
		Actor actor = actors.current();
		MediationCase c = actor.isPublic() ? loadForParty(id, actor, command.partyId()) : loadForChange(id);
		c.consent(command.partyId() == null ? actor.partyId() : command.partyId(), command.consented(),
				confirmation(actor, ip));
		if (c.status() == MediationStatus.TERMINATED) {
			number(c, "termination", "调终");
		}
		TimeLimits limits = timeLimits(c.agencyId());
		if (c.status() == MediationStatus.AWAITING_ACCEPTANCE) {
			java.time.LocalDate due = workingDays.plusWorkingDays(today(), limits.acceptanceDays());
			c.setDeadlines(due, null);
			reminders.scheduleAcceptance(c.id(), due);
		}
		else if (c.status() == MediationStatus.ACCEPTED) {
			java.time.LocalDate due = workingDays.plusWorkingDays(today(), limits.conclusionDays());
			c.setDeadlines(null, due);
			reminders.scheduleConclusion(c.id(), due);
		}
		return cases.saveAndFlush(c).view();
	}

	@Transactional
	public MediationCaseView decideAcceptance(UUID id, @Valid MediationCommands.Acceptance command) {
		MediationCase c = loadForChange(id);
		c.decideAcceptance(command.accepted(), command.reason(), command.sessionAt(), command.place(), command.notes(),
				now());
		number(c, "acceptance-notice",
				(c.forum() == Forum.RECONSIDERATION ? "复" : "") + (command.accepted() ? "调受" : "调不受"));
		if (command.accepted()) {
			java.time.LocalDate due = workingDays.plusWorkingDays(today(), timeLimits(c.agencyId()).conclusionDays());
			c.setDeadlines(null, due);
			reminders.scheduleConclusion(c.id(), due);
		}
		return cases.saveAndFlush(c).view();
	}

	@Transactional
	public MediationCaseView holdSession(UUID id, @Valid MediationCommands.Session command) {
		MediationCase c = loadForChange(id);
		Set<UUID> present = new HashSet<>(
				command.partiesPresent() == null ? Set.of() : Set.copyOf(command.partiesPresent()));
		if (command.attendees() != null) {
			for (String a : command.attendees()) {
				UUID asParty = uuidOrNull(a);
				if (asParty != null && c.partyIds().contains(asParty)) {
					present.add(asParty);
				}
			}
		}
		c.holdSession(new SessionRecord(0, command.heldAt(), command.attendees(), present, command.statements(),
				command.focus(), command.transcript(), command.experts(), command.kind(), command.rightsAcknowledged(),
				command.defences(), command.crossExamination(), command.invited()));
		// the step's own order first (a session before acceptance is refused as such),
		// then
		// who leads it; a refusal rolls the transaction back
		requireMediator(c);
		return cases.saveAndFlush(c).view();
	}

	/**
	 * Proposes the agreement to the parties for their signatures (M8): the case awaits
	 * every party's signature.
	 */
	@Transactional
	public MediationCaseView proposeAgreement(UUID id, @Valid MediationCommands.Proposal command) {
		MediationCase c = loadForChange(id);
		c.proposeAgreement(command.factsFound(), command.terms(), command.performBy(), now());
		requireMediator(c);
		return cases.saveAndFlush(c).view();
	}

	/**
	 * A signature of the proposed agreement: the party signed in signs online from
	 * {@code ip}; the mediator records a signature given in person. The last signature
	 * concludes the agreement, numbered then.
	 */
	@Transactional
	public MediationCaseView sign(UUID id, @Valid MediationCommands.Signing command, String ip) {
		Actor actor = actors.current();
		MediationCase c = actor.isPublic() ? loadForParty(id, actor, command.partyId()) : loadForChange(id);
		UUID partyId = actor.isPublic() ? actor.partyId() : command.partyId();
		if (partyId == null) {
			throw new FieldRejectedException("partyId", "required");
		}
		c.sign(partyId, confirmation(actor, ip));
		if (c.status() == MediationStatus.AGREED) {
			number(c, "agreement", agreementKind(c));
		}
		return cases.saveAndFlush(c).view();
	}

	/** Withdraws a proposed agreement not yet signed by every party. */
	@Transactional
	public MediationCaseView withdrawProposal(UUID id, @Valid MediationCommands.Withdrawal command) {
		MediationCase c = loadForChange(id);
		c.withdrawProposal(command.reason(), now());
		return cases.saveAndFlush(c).view();
	}

	private Confirmation confirmation(Actor actor, String ip) {
		return new Confirmation(now(), ip,
				actor.isPublic() ? Confirmation.Method.ONLINE : Confirmation.Method.IN_PERSON, actor.accountId());
	}

	private static String agreementKind(MediationCase c) {
		return c.forum() == Forum.RECONSIDERATION ? "复调协" : "调协";
	}

	@Transactional
	public MediationCaseView agree(UUID id, @Valid MediationCommands.Agreement command) {
		MediationCase c = loadForChange(id);
		OffsetDateTime now = now();
		Map<UUID, OffsetDateTime> signatures = new LinkedHashMap<>();
		if (command.signatures() != null) {
			command.signatures().forEach(s -> signatures.put(s.partyId(), s.signedAt() == null ? now : s.signedAt()));
		}
		c.agree(command.factsFound(), command.terms(), signatures, command.performBy(), now);
		requireMediator(c);
		number(c, "agreement", agreementKind(c));
		return cases.saveAndFlush(c).view();
	}

	@Transactional
	public MediationCaseView recordPerformance(UUID id, @Valid MediationCommands.Performance command) {
		MediationCase c = loadForChange(id);
		c.recordPerformance(command.honoured(), command.note(), today(), now());
		return cases.saveAndFlush(c).view();
	}

	@Transactional
	public MediationCaseView terminate(UUID id, @Valid MediationCommands.Termination command) {
		MediationCase c = loadForChange(id);
		c.terminate(command.reason(), command.referral(), now());
		number(c, "termination", c.forum() == Forum.RECONSIDERATION ? "复调终" : "调终");
		return cases.saveAndFlush(c).view();
	}

	/**
	 * The agency's time limits in working days: for the acceptance decision after the
	 * last consent, and for concluding the case after acceptance (defaults 5 and 30).
	 */
	@Transactional(readOnly = true)
	public TimeLimits timeLimits(UUID agencyId) {
		return jdbc.sql("select acceptance_days, conclusion_days from mediation.time_limit where agency_id = :a")
			.param("a", agencyId)
			.query((rs, n) -> new TimeLimits(rs.getInt(1), rs.getInt(2)))
			.optional()
			.orElse(new TimeLimits(defaultAcceptanceDays, defaultConclusionDays));
	}

	/** Sets the time limits of the head's agency (new deadlines use them). */
	@Transactional
	public TimeLimits setTimeLimits(@Valid TimeLimits limits) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		UUID agency = actor.requireAgency();
		jdbc.sql("""
				insert into mediation.time_limit (agency_id, acceptance_days, conclusion_days, updated_at)
				values (:a, :acceptance, :conclusion, now())
				on conflict (agency_id) do update set acceptance_days = excluded.acceptance_days,
				  conclusion_days = excluded.conclusion_days, updated_at = now()
				""")
			.param("a", agency)
			.param("acceptance", limits.acceptanceDays())
			.param("conclusion", limits.conclusionDays())
			.update();
		return limits;
	}

	/**
	 * The dispute types the agency mediates (M2); empty when it has not limited them.
	 */
	@Transactional(readOnly = true)
	public Set<DisputeType> competence(UUID agencyId) {
		Set<DisputeType> types = java.util.EnumSet.noneOf(DisputeType.class);
		jdbc.sql("select dispute_type from mediation.competence where agency_id = :a")
			.param("a", agencyId)
			.query(String.class)
			.list()
			.forEach(t -> types.add(DisputeType.valueOf(t)));
		return types;
	}

	/** Sets the dispute types the head's agency mediates (ADMIN for any agency). */
	@Transactional
	public Set<DisputeType> setCompetence(UUID agencyId, Set<DisputeType> types) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.ADMIN);
		if (!actor.has(Role.ADMIN) && !agencyId.equals(actor.agencyId())) {
			throw new AccessDeniedException("only the agency's own head");
		}
		agencies.get(agencyId);
		jdbc.sql("delete from mediation.competence where agency_id = :a").param("a", agencyId).update();
		for (DisputeType t : types) {
			jdbc.sql("insert into mediation.competence (agency_id, dispute_type) values (:a, :t)")
				.param("a", agencyId)
				.param("t", t.name())
				.update();
		}
		return competence(agencyId);
	}

	/** Time limits in working days. */
	public record TimeLimits(
			@jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(60) int acceptanceDays,
			@jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(365) int conclusionDays) {
	}

	/**
	 * A page of the cases of the actor's agencies, newest first; of a party, of a status.
	 */
	@Transactional(readOnly = true)
	public PageView<MediationCaseView> search(UUID partyId, MediationStatus status, Integer page, Integer size) {
		return search(partyId, status, false, page, size);
	}

	/**
	 * As {@link #search(UUID, MediationStatus, Integer, Integer)}; {@code overdue} keeps
	 * the cases whose awaited step is past its deadline.
	 */
	@Transactional(readOnly = true)
	public PageView<MediationCaseView> search(UUID partyId, MediationStatus status, boolean overdue, Integer page,
			Integer size) {
		PageRequest paging = PageRequests.of(page, size, Sort.unsorted());
		return list(new Listing(partyId, status, overdue, null, List.of()), null, true, paging);
	}

	/**
	 * What a list page of cases asks: of a party, a status, overdue ones, and a search
	 * text matching the case number or naming one of {@code partiesNamed} (the parties
	 * the directory found for the same text).
	 */
	public record Listing(UUID partyId, MediationStatus status, boolean overdue, String text,
			java.util.Collection<UUID> partiesNamed) {
	}

	/** The columns a list sorts by: {@code number}, {@code startedAt}. */
	public static final java.util.Set<String> SORTS = java.util.Set.of("number", "startedAt");

	/**
	 * A page of cases as a list page shows them, sorted by one of {@link #SORTS}
	 * ({@code null}: the newest first).
	 */
	@Transactional(readOnly = true)
	public PageView<MediationCaseView> list(Listing listing, org.shanzhi.shared.ListQuery query, int size) {
		return list(listing, query.sort(), query.ascending(), PageRequests.of(query.page(), size, Sort.unsorted()));
	}

	/** Every case of a list as searched and sorted, for its export (at most 50,000). */
	@Transactional(readOnly = true)
	public List<MediationCaseView> all(Listing listing, org.shanzhi.shared.ListQuery query) {
		return PageView.allPages(p -> list(listing, query.sort(), query.ascending(),
				PageRequests.of(p, PageView.MAX_SIZE, Sort.unsorted())));
	}

	private PageView<MediationCaseView> list(Listing listing, String sort, boolean ascending, PageRequest paging) {
		Actor actor = actors.current();
		UUID partyId = listing.partyId();
		if (actor.isPublic()) {
			// a party signed in sees its own cases (M8)
			if (actor.partyId() == null) {
				throw new AccessDeniedException("a public account of no party");
			}
			partyId = actor.partyId();
		}
		else {
			actors.require(READERS);
		}
		return listings.page(actors.scope(), actor.isPublic(), partyId, listing.status(), listing.overdue(),
				listing.text(), listing.partiesNamed(), today(), sort, ascending, paging);
	}

	/**
	 * The reminders of time limits for the actor's agency (M4), soonest due first: the
	 * cases whose acceptance decision or conclusion falls due within days.
	 */
	@Transactional(readOnly = true)
	public List<MediationReminders.Reminder> reminders(int limit) {
		Actor actor = actors.require(HANDLERS);
		return actor.agencyId() == null ? List.of() : reminders.of(actor.agencyId(), limit);
	}

	/** Dismisses a reminder of the actor's agency (404 for another's). */
	@Transactional
	public void dismissReminder(UUID reminderId) {
		Actor actor = actors.require(HANDLERS);
		if (!reminders.dismiss(reminderId, actor.requireAgency(), actor.accountId())) {
			throw NotFoundException.forId("mediation-reminder", reminderId);
		}
	}

	/** Numbers the document the transition issued, inside its transaction (no gaps). */
	private void number(MediationCase c, String document, String kind) {
		c.numberDocument(document,
				numbers.next(c.agencyId(), kind, Year.now(clock).getValue(), "MEDIATION_CASE", c.id()).text());
	}

	/** The case for its documents (readers of the case). */
	@Transactional(readOnly = true)
	public MediationCaseView forDocuments(UUID id) {
		return loadForReading(id).view();
	}

	/**
	 * The case for reading: its agency's staff (and, in reconsideration, the respondent
	 * agency's), supervisors, and a party of the case signed in; to anyone else it does
	 * not exist.
	 */
	private MediationCase loadForReading(UUID id) {
		Actor actor = actors.current();
		if (actor.isPublic()) {
			return loadForParty(id, actor, null);
		}
		actors.require(READERS);
		return load(id);
	}

	private MediationCase load(UUID id) {
		AgencyScope scope = actors.scope();
		return cases.findById(id)
			.filter(c -> scope.includes(c.agencyId())
					|| c.respondentAgencyId() != null && scope.includes(c.respondentAgencyId()))
			.orElseThrow(() -> NotFoundException.forId("mediation-case", id));
	}

	/**
	 * The case of a party signed in (M8), who acts only for itself: another party named
	 * is refused (422 {@code not-a-party-of-the-case} is not said, so as not to tell who
	 * is in a case: 404).
	 */
	private MediationCase loadForParty(UUID id, Actor actor, UUID named) {
		UUID me = actor.partyId();
		return cases.findById(id)
			.filter(c -> me != null && c.partyIds().contains(me) && (named == null || named.equals(me)))
			.orElseThrow(() -> NotFoundException.forId("mediation-case", id));
	}

	private MediationCase loadForChange(UUID id) {
		Actor actor = actors.require(HANDLERS);
		MediationCase c = load(id);
		if (!c.agencyId().equals(actor.agencyId())) {
			throw new AccessDeniedException("only the case's agency acts on it");
		}
		requireNotRecused(c, actor);
		return c;
	}

	/**
	 * A session is held and an agreement reached before a mediator of the case, one
	 * assigned and not stepped aside: 422 {@code mediator-required} otherwise.
	 */
	private void requireMediator(MediationCase c) {
		long acting = jdbc.sql("select count(*) from mediation.assignment where case_id = :case and recused_at is null")
			.param("case", c.id())
			.query(Long.class)
			.single();
		if (acting == 0) {
			throw RuleViolationException.rule("mediator-required");
		}
	}

	/**
	 * A mediator who stepped aside from the case (回避) no longer acts on it: 409
	 * {@code mediator-recused} for any act of their account.
	 */
	private void requireNotRecused(MediationCase c, Actor actor) {
		jdbc.sql("""
				select m.name from mediation.assignment a join mediation.mediator m on m.id = a.mediator_id
				where a.case_id = :case and m.account_id = :account and a.recused_at is not null
				""")
			.param("case", c.id())
			.param("account", actor.accountId())
			.query(String.class)
			.optional()
			.ifPresent(name -> {
				throw RuleViolationException.conflict("mediator-recused", name);
			});
	}

	private java.time.LocalDate today() {
		return java.time.LocalDate.now(clock.withZone(org.shanzhi.shared.PeopleTime.ZONE));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private static UUID uuidOrNull(String s) {
		try {
			return s == null ? null : UUID.fromString(s.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
