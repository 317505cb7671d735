package org.shanzhi.guidance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyView;
import org.shanzhi.documents.DocumentNumbers;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.InspectionView;
import org.shanzhi.enforcement.Inspections;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.guidance.internal.ConductComplaint;
import org.shanzhi.guidance.internal.ConductComplaintRepository;
import org.shanzhi.guidance.internal.FollowUp;
import org.shanzhi.guidance.internal.FollowUpRepository;
import org.shanzhi.guidance.internal.GuidanceAct;
import org.shanzhi.guidance.internal.GuidanceActRepository;
import org.shanzhi.guidance.internal.GuidanceReminders;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.security.SharedRecordType;
import org.shanzhi.shared.ChineseText;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.PageRequests;
import org.shanzhi.shared.PageView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Guidance acts (G1-G7): giving them in any form, the party's response, the rectification
 * outcome (a failed one escalates to an enforcement case), and the lists and figures.
 * Officers see their agency's acts (and those of agencies sharing with it), supervisors
 * all; another agency's act answers 404; only the act's own agency changes it.
 */
@Service
@Validated
public class GuidanceActs {

	static final Role[] GIVERS = { Role.OFFICER, Role.AGENCY_HEAD };

	static final Role[] READERS = { Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.MEDIATOR, Role.SUPERVISOR,
			Role.ADMIN };

	static final String DOCUMENT_KIND = "指";

	private final GuidanceActRepository acts;

	private final FollowUpRepository followUps;

	private final ConductComplaintRepository complaints;

	private final GuidanceForms forms;

	private final Parties parties;

	private final EnforcementCases cases;

	private final Inspections inspections;

	private final ViolationTypes violationTypes;

	private final WorkingDays workingDays;

	private final DocumentNumbers numbers;

	private final ObjectProvider<RiskPointCatalogue> riskPoints;

	private final GuidanceReminders reminders;

	private final Actors actors;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int followUpAfterWorkingDays;

	GuidanceActs(GuidanceActRepository acts, FollowUpRepository followUps, ConductComplaintRepository complaints,
			GuidanceForms forms, Parties parties, EnforcementCases cases, Inspections inspections,
			ViolationTypes violationTypes, WorkingDays workingDays, DocumentNumbers numbers,
			ObjectProvider<RiskPointCatalogue> riskPoints, GuidanceReminders reminders, Actors actors,
			Accounts accounts, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${shanzhi.guidance.follow-up-after-working-days:10}") int followUpAfterWorkingDays) {
		this.acts = acts;
		this.followUps = followUps;
		this.complaints = complaints;
		this.forms = forms;
		this.parties = parties;
		this.cases = cases;
		this.inspections = inspections;
		this.violationTypes = violationTypes;
		this.workingDays = workingDays;
		this.numbers = numbers;
		this.riskPoints = riskPoints;
		this.reminders = reminders;
		this.actors = actors;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.followUpAfterWorkingDays = followUpAfterWorkingDays;
	}

	/** Gives guidance as the signed-in officer of an agency; 201 with the view. */
	@Transactional
	public GuidanceActView give(@Valid GiveGuidanceCommand command) {
		Actor actor = actors.require(GIVERS);
		return create(command, actor.requireAgency(), actor.accountId(), false);
	}

	/**
	 * Brings a past act onto the platform with its course (ADMIN: data migration, the
	 * demo city): its dates may lie in the past; a rectification not made escalates as it
	 * would have.
	 */
	@Transactional
	public GuidanceActView importPast(@Valid GiveGuidanceCommand command, UUID agencyId, UUID officerId,
			Boolean accepted, Boolean corrected, String note) {
		actors.require(Role.ADMIN);
		GuidanceActView given = create(command, agencyId, officerId, true);
		GuidanceAct act = acts.findById(given.id()).orElseThrow();
		OffsetDateTime at = given.issuedOn().atTime(10, 0).atZone(ZONE).toOffsetDateTime();
		if (accepted != null && act.status() == ActStatus.ISSUED) {
			act.respond(accepted, note, officerId, at.plusDays(1));
		}
		if (corrected != null && given.rectification() != null) {
			outcome(act, corrected, note, null, officerId);
		}
		return acts.saveAndFlush(act).view();
	}

	GuidanceActView create(GiveGuidanceCommand c, UUID agencyId, UUID officerId, boolean imported) {
		PartyView party = parties.get(c.partyId());
		Map<String, String> details = forms.checkDetails(agencyId, c.form(), c.details());
		checkLinks(c, agencyId);
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		LocalDate issuedOn = c.issuedOn() == null ? today : c.issuedOn();
		RectificationInput rect = c.rectification();
		LocalDate deadline = null;
		if (rect != null) {
			deadline = workingDays.isWorkingDay(rect.deadline()) ? rect.deadline()
					: workingDays.plusWorkingDays(rect.deadline(), 1);
			if (rect.violationCode() != null && !rect.violationCode().isBlank()
					&& violationTypes.find(agencyId, rect.violationCode().strip()).isEmpty()) {
				throw new FieldRejectedException("rectification.violationCode", "unknownViolationCode");
			}
		}
		UUID id = UUID.randomUUID();
		List<String> terms = ChineseText.terms(join(c.subject(), c.content(), String.join(" ", details.values()),
				party.name(), rect == null ? null : rect.requirement()));
		GuidanceAct.NewAct draft = new GuidanceAct.NewAct(id, agencyId, party.id(), party.name(),
				party.category().name(), officerId, c.form(), c.documentForm(), c.channel(), c.subject(), c.content(),
				details, c.principles(), c.legalBasis(), null, issuedOn, c.riskPointId(), c.inspectionId(), c.caseId(),
				c.followUpOf(), c.followUp(), c.major(), c.complex(), rect == null ? null : rect.requirement(),
				deadline, rect == null ? null : rect.violationCode(), terms, OffsetDateTime.now(clock));
		GuidanceAct.check(draft, today, imported);
		if (deadline != null && !imported) {
			reminders.scheduleRectification(id, deadline);
		}
		// the number last: its counter row stays locked until this transaction commits
		if (c.documentForm() == DocumentForm.WRITTEN) {
			String number = numbers.next(agencyId, DOCUMENT_KIND, issuedOn.getYear(), "GUIDANCE_ACT", id).text();
			draft = draft.numbered(number, ChineseText.terms(number));
		}
		GuidanceAct act = new GuidanceAct(draft, today, imported);
		acts.saveAndFlush(act);
		if ((c.major() || c.complex()) && !GuidanceForm.FOLLOW_UP.name().equals(c.form())) {
			LocalDate from = deadline != null ? deadline : issuedOn;
			LocalDate due = workingDays.plusWorkingDays(from, followUpAfterWorkingDays);
			scheduleFollowUp(act, party.name(), due, c.major() ? FollowUp.MAJOR : FollowUp.COMPLEX, !imported);
		}
		if (c.followUp() != null) {
			recordVisit(act, c, party);
		}
		return act.view();
	}

	private void recordVisit(GuidanceAct visit, GiveGuidanceCommand c, PartyView party) {
		GuidanceAct subject = acts.findById(c.followUpOf()).orElseThrow();
		followUps.findFirstByActIdAndStatusOrderByDueOn(subject.id(), "SCHEDULED")
			.ifPresent(f -> followUps.saveAndFlush(doneBy(f, visit)));
		FollowUpResult r = c.followUp();
		boolean complaint = r.raisesComplaint();
		if (complaint) {
			List<String> parts = new ArrayList<>();
			if (!r.conductLawful()) {
				parts.add("当事人认为执法行为不合法");
			}
			if (!r.conductCivil()) {
				parts.add("当事人认为执法人员不文明");
			}
			if (r.favourRequested()) {
				parts.add("当事人反映执法人员有吃拿卡要情形");
			}
			if (r.complaint() != null && !r.complaint().isBlank()) {
				parts.add(r.complaint().strip());
			}
			complaints.saveAndFlush(new ConductComplaint(UUID.randomUUID(), visit.agencyId(), party.id(), party.name(),
					against(r.complaintAgainst(), visit.agencyId(), subject.officerId()), visit.id(), subject.id(),
					String.join("；", parts), OffsetDateTime.now(clock)));
		}
		events.publishEvent(new GuidanceEvents.FollowUpRecorded(visit.id(), subject.id(), visit.agencyId(), party.id(),
				r.rectificationHeld(), r.satisfaction(), complaint));
	}

	/**
	 * Whom a complaint is about (被投诉人): the officers of the agency named, each by name
	 * (another's or an unknown account: 400 {@code complaintAgainst}); none named, the
	 * officer who gave the visited guidance.
	 */
	private List<ConductComplaintView.Against> against(List<UUID> named, UUID agencyId, UUID actOfficer) {
		if (named == null || named.isEmpty()) {
			return List.of(new ConductComplaintView.Against(actOfficer,
					accounts.displayNames(List.of(actOfficer)).getOrDefault(actOfficer, "")));
		}
		Map<UUID, String> officers = new java.util.HashMap<>();
		accounts.officersOf(agencyId).forEach(a -> officers.put(a.id(), a.displayName()));
		List<ConductComplaintView.Against> out = new ArrayList<>();
		for (UUID id : new java.util.LinkedHashSet<>(named)) {
			if (!officers.containsKey(id)) {
				throw new FieldRejectedException("complaintAgainst", "complaintAgainstUnknown");
			}
			out.add(new ConductComplaintView.Against(id, officers.get(id)));
		}
		return out;
	}

	private FollowUp doneBy(FollowUp f, GuidanceAct visit) {
		f.done(visit.id(), OffsetDateTime.now(clock));
		return f;
	}

	void scheduleFollowUp(GuidanceAct act, String partyName, LocalDate due, String reason, boolean remind) {
		FollowUp f = followUps
			.saveAndFlush(new FollowUp(UUID.randomUUID(), act, partyName, due, reason, OffsetDateTime.now(clock)));
		if (remind) {
			reminders.scheduleFollowUp(f.id(), due);
		}
	}

	private void checkLinks(GiveGuidanceCommand c, UUID agencyId) {
		if (c.inspectionId() != null) {
			InspectionView i = linked("inspectionId", () -> inspections.get(c.inspectionId()));
			if (!i.agencyId().equals(agencyId)) {
				throw new FieldRejectedException("inspectionId", "unknownRecord");
			}
			if (!i.partyId().equals(c.partyId())) {
				throw new FieldRejectedException("inspectionId", "otherParty");
			}
		}
		if (c.caseId() != null) {
			CaseView k = linked("caseId", () -> cases.get(c.caseId()));
			if (!k.agencyId().equals(agencyId)) {
				throw new FieldRejectedException("caseId", "unknownRecord");
			}
			if (!k.partyId().equals(c.partyId())) {
				throw new FieldRejectedException("caseId", "otherParty");
			}
		}
		if (c.riskPointId() != null) {
			RiskPointCatalogue catalogue = riskPoints.getIfAvailable();
			if (catalogue == null || catalogue.title(c.riskPointId(), agencyId).isEmpty()) {
				throw new FieldRejectedException("riskPointId", "unknownRecord");
			}
		}
		if (c.followUpOf() != null) {
			GuidanceAct subject = acts.findById(c.followUpOf())
				.filter(a -> actors.scope().includes(a.agencyId()) || a.agencyId().equals(agencyId))
				.orElseThrow(() -> new FieldRejectedException("followUpOf", "unknownRecord"));
			if (!subject.partyId().equals(c.partyId())) {
				throw new FieldRejectedException("followUpOf", "otherParty");
			}
			if (GuidanceForm.FOLLOW_UP.name().equals(subject.view().form())) {
				throw new FieldRejectedException("followUpOf", "followUpOfFollowUp");
			}
		}
	}

	private static <T> T linked(String field, java.util.function.Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (NotFoundException ex) {
			throw new FieldRejectedException(field, "unknownRecord");
		}
	}

	@Transactional(readOnly = true)
	public GuidanceActView get(UUID id) {
		actors.require(READERS);
		return actors.noteRead(SharedRecordType.GUIDANCE_OUTCOMES, loadReadable(id).view(), GuidanceActView::agencyId,
				GuidanceActView::id);
	}

	/**
	 * The acts addressed to the signed-in party (a citizen or an enterprise on the
	 * portal), newest first: what the party may read and answer itself (G2).
	 */
	@Transactional(readOnly = true)
	public List<GuidanceActView> mine() {
		Actor actor = actors.require(Role.PUBLIC);
		if (actor.partyId() == null) {
			return List.of();
		}
		List<UUID> ids = jdbc.sql("""
				select id from guidance.guidance_act where party_id = :party
				order by issued_on desc, created_at desc limit 100
				""").param("party", actor.partyId()).query(UUID.class).list();
		java.util.Map<UUID, GuidanceActView> byId = new java.util.HashMap<>();
		acts.findAllById(ids).forEach(a -> byId.put(a.id(), a.view()));
		return ids.stream().map(byId::get).toList();
	}

	/** An act addressed to the signed-in party; another party's is not found (404). */
	@Transactional(readOnly = true)
	public GuidanceActView mine(UUID id) {
		Actor actor = actors.require(Role.PUBLIC);
		return acts.findById(id)
			.filter(a -> a.partyId().equals(actor.partyId()))
			.orElseThrow(() -> NotFoundException.forId("guidance-act", id))
			.view();
	}

	/**
	 * The party's response (G2), recorded by the officer or given by the party on the
	 * portal. A respondent other than the act's party is refused (422).
	 */
	@Transactional
	public GuidanceActView respond(UUID id, @Valid RespondCommand command) {
		Actor actor = actors.current();
		GuidanceAct act;
		if (actor.isPublic()) {
			act = acts.findById(id)
				.filter(a -> a.partyId().equals(actor.partyId()))
				.orElseThrow(() -> NotFoundException.forId("guidance-act", id));
		}
		else {
			actors.require(GIVERS);
			act = loadForChange(id, actor);
		}
		if (command.partyId() != null && !command.partyId().equals(act.partyId())) {
			throw RuleViolationException.rule("respondent-not-party");
		}
		act.respond(command.accepted(), command.note(), actor.accountId(), OffsetDateTime.now(clock));
		return acts.saveAndFlush(act).view();
	}

	/**
	 * The rectification outcome (G5). Not corrected opens an enforcement case in the same
	 * transaction; the answer names it in {@code escalatedCaseId}.
	 */
	@Transactional
	public GuidanceActView recordOutcome(UUID id, @Valid OutcomeCommand command) {
		Actor actor = actors.require(GIVERS);
		GuidanceAct act = loadForChange(id, actor);
		outcome(act, command.corrected(), command.note(), command.violationCode(), actor.accountId());
		return acts.saveAndFlush(act).view();
	}

	private void outcome(GuidanceAct act, boolean corrected, String note, String violationCode, UUID officer) {
		if (!corrected && violationCode != null && !violationCode.isBlank()
				&& violationTypes.find(act.agencyId(), violationCode.strip()).isEmpty()) {
			throw new FieldRejectedException("violationCode", "unknownViolationCode");
		}
		act.recordOutcome(corrected, note, violationCode, LocalDate.now(clock.withZone(ZONE)), officer,
				OffsetDateTime.now(clock), corrected ? null : UUID.randomUUID());
	}

	/** A page of acts matching the filter, newest first (G7). */
	@Transactional(readOnly = true)
	public PageView<GuidanceActView> search(GuidanceFilter filter, Integer page, Integer size) {
		return search(filter, null, false, page, size);
	}

	/**
	 * The columns a list of acts sorts by: {@code issuedOn}, {@code party} (the party's
	 * name), {@code subject}.
	 */
	public static final java.util.Set<String> SORTS = java.util.Set.of("issuedOn", "party", "subject");

	/**
	 * A page of acts matching the filter in the order of a list page: {@code sort} one of
	 * {@link #SORTS} ({@code null}: newest first).
	 */
	@Transactional(readOnly = true)
	public PageView<GuidanceActView> search(GuidanceFilter filter, String sort, boolean ascending, Integer page,
			Integer size) {
		actors.require(READERS);
		PageRequest paging = PageRequests.of(page, size, Sort.unsorted());
		Query q = query(filter == null ? GuidanceFilter.none() : filter);
		long total = jdbc.sql("select count(*) from guidance.guidance_act a where " + q.where)
			.params(q.params)
			.query(Long.class)
			.single();
		Map<String, Object> params = new HashMap<>(q.params);
		params.put("limit", paging.getPageSize());
		params.put("offset", paging.getOffset());
		List<UUID> ids = jdbc
			.sql("select id from guidance.guidance_act a where " + q.where + " order by " + order(sort, ascending)
					+ " limit :limit offset :offset")
			.params(params)
			.query(UUID.class)
			.list();
		return new PageView<>(actors.noteReads(SharedRecordType.GUIDANCE_OUTCOMES, "list", inOrder(ids),
				GuidanceActView::agencyId, GuidanceActView::id), paging.getPageNumber(), paging.getPageSize(), total);
	}

	/** Every act matching the filter, newest first, at most {@code limit} (exports). */
	@Transactional(readOnly = true)
	public List<GuidanceActView> all(GuidanceFilter filter, int limit) {
		return all(filter, null, false, limit);
	}

	/**
	 * As {@link #all(GuidanceFilter, int)} in the order of a list page (see
	 * {@link #SORTS}).
	 */
	@Transactional(readOnly = true)
	public List<GuidanceActView> all(GuidanceFilter filter, String sort, boolean ascending, int limit) {
		actors.require(READERS);
		Query q = query(filter == null ? GuidanceFilter.none() : filter);
		Map<String, Object> params = new HashMap<>(q.params);
		params.put("limit", limit);
		List<UUID> ids = jdbc
			.sql("select id from guidance.guidance_act a where " + q.where + " order by " + order(sort, ascending)
					+ " limit :limit")
			.params(params)
			.query(UUID.class)
			.list();
		List<GuidanceActView> result = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i += 500) {
			result.addAll(inOrder(ids.subList(i, Math.min(ids.size(), i + 500))));
		}
		return actors.noteReads(SharedRecordType.GUIDANCE_OUTCOMES, "export", result, GuidanceActView::agencyId,
				GuidanceActView::id);
	}

	private static String order(String sort, boolean ascending) {
		String direction = ascending ? " asc" : " desc";
		if (sort == null) {
			return "issued_on desc, created_at desc, id";
		}
		return switch (sort) {
			case "party" -> "party_name" + direction + ", issued_on desc, id";
			case "subject" -> "subject" + direction + ", issued_on desc, id";
			default -> "issued_on" + direction + ", created_at" + direction + ", id";
		};
	}

	private List<GuidanceActView> inOrder(List<UUID> ids) {
		Map<UUID, GuidanceActView> byId = new HashMap<>();
		acts.findAllById(ids).forEach(a -> byId.put(a.id(), a.view()));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	private record Query(String where, Map<String, Object> params) {
	}

	private Query query(GuidanceFilter f) {
		AgencyScope scope = actors.readScope(SharedRecordType.GUIDANCE_OUTCOMES);
		StringBuilder where = new StringBuilder("(:all or a.agency_id in (:agencies))");
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("all", scope.all());
		p.put("agencies", scope.idsForQuery());
		add(where, p, "a.party_id = :party", "party", f.partyId());
		add(where, p, "a.form = :form", "form", blankToNull(f.form()));
		add(where, p, "a.status = :status", "status", f.status() == null ? null : f.status().name());
		add(where, p, "a.officer_id = :officer", "officer", f.officerId());
		add(where, p, "a.issued_on >= :from", "from", f.from());
		add(where, p, "a.issued_on <= :to", "to", f.to());
		add(where, p, "a.party_category = :category", "category", blankToNull(f.partyCategory()));
		add(where, p, "(a.case_id = :case or a.escalated_case_id = :case)", "case", f.caseId());
		add(where, p, "a.inspection_id = :inspection", "inspection", f.inspectionId());
		add(where, p, "a.risk_point_id = :riskPoint", "riskPoint", f.riskPointId());
		if (Boolean.TRUE.equals(f.overdue())) {
			add(where, p, "a.rect_deadline is not null and a.rect_corrected is null and a.rect_deadline < :today",
					"today", LocalDate.now(clock.withZone(ZONE)));
		}
		if (f.q() != null && !f.q().isBlank()) {
			if (f.q().length() > 200) {
				throw new FieldRejectedException("q", "tooLong");
			}
			List<String> terms = ChineseText.queryTerms(f.q());
			if (terms.isEmpty()) {
				where.append(" and false");
			}
			else {
				add(where, p, "a.search_terms @> cast(:terms as text[])", "terms", terms.toArray(String[]::new));
			}
		}
		return new Query(where.toString(), p);
	}

	private static void add(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
		if (value != null) {
			where.append(" and ").append(clause);
			params.put(name, value);
		}
	}

	/** Counts per form and outcome of the actor's agencies, issued in the period (G7). */
	@Transactional(readOnly = true)
	public GuidanceStatistics statistics(LocalDate from, LocalDate to) {
		actors.require(READERS);
		AgencyScope scope = actors.scope();
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : from;
		LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
		Map<String, Object> p = Map.of("all", scope.all(), "agencies", scope.idsForQuery(), "from", start, "to", end,
				"today", today);
		List<GuidanceStatistics.FormCount> byForm = jdbc.sql("""
				select form, count(*),
				       count(*) filter (where status = 'ISSUED'), count(*) filter (where status = 'ACCEPTED'),
				       count(*) filter (where status = 'DECLINED'), count(*) filter (where status = 'CORRECTED'),
				       count(*) filter (where status = 'NOT_CORRECTED'), count(*) filter (where status = 'COMPLETED')
				from guidance.guidance_act
				where (:all or agency_id in (:agencies)) and issued_on between :from and :to
				group by form order by count(*) desc, form
				""")
			.params(p)
			.query((rs, n) -> new GuidanceStatistics.FormCount(rs.getString(1), rs.getLong(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
			.list();
		long overdue = jdbc.sql("""
				select count(*) from guidance.guidance_act where (:all or agency_id in (:agencies))
				  and rect_deadline is not null and rect_corrected is null and rect_deadline < :today
				""").params(p).query(Long.class).single();
		long due = jdbc.sql("""
				select count(*) from guidance.follow_up where (:all or agency_id in (:agencies))
				  and status = 'SCHEDULED' and due_on <= :today
				""").params(p).query(Long.class).single();
		long open = jdbc
			.sql("""
					select count(*) from guidance.conduct_complaint where (:all or agency_id in (:agencies)) and status = 'OPEN'
					""")
			.params(p)
			.query(Long.class)
			.single();
		Double satisfaction = jdbc.sql("""
				select avg((follow_up ->> 'satisfaction')::int) from guidance.guidance_act
				where (:all or agency_id in (:agencies)) and follow_up is not null and issued_on between :from and :to
				""").params(p).query(Double.class).optional().orElse(null);
		long total = byForm.stream().mapToLong(GuidanceStatistics.FormCount::total).sum();
		return new GuidanceStatistics(byForm, total, overdue, due, open,
				satisfaction == null ? null : Math.round(satisfaction * 100) / 100.0);
	}

	/** The follow-up visits scheduled for an act. */
	@Transactional(readOnly = true)
	public List<FollowUpView> followUpsOf(UUID actId) {
		actors.require(READERS);
		GuidanceAct act = loadReadable(actId);
		actors.noteRead(SharedRecordType.GUIDANCE_OUTCOMES, act.view(), GuidanceActView::agencyId, GuidanceActView::id);
		return followUps.findByActIdOrderByDueOn(actId).stream().map(FollowUp::view).toList();
	}

	/** The FOLLOW_UP acts that visited an act. */
	@Transactional(readOnly = true)
	public List<GuidanceActView> visitsOf(UUID actId) {
		actors.require(READERS);
		loadReadable(actId);
		List<UUID> ids = jdbc.sql("select id from guidance.guidance_act where follow_up_of = :act order by issued_on")
			.param("act", actId)
			.query(UUID.class)
			.list();
		return actors.noteReads(SharedRecordType.GUIDANCE_OUTCOMES, "list", inOrder(ids), GuidanceActView::agencyId,
				GuidanceActView::id);
	}

	/** Schedules a follow-up visit on request (G6), for an act of the actor's agency. */
	@Transactional
	public FollowUpView requestFollowUp(UUID actId, LocalDate dueOn) {
		Actor actor = actors.require(GIVERS);
		GuidanceAct act = loadForChange(actId, actor);
		if (GuidanceForm.FOLLOW_UP.name().equals(act.view().form())) {
			throw RuleViolationException.rule("follow-up-of-follow-up");
		}
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		if (dueOn == null || dueOn.isBefore(today)) {
			throw new FieldRejectedException("dueOn", "notInPast");
		}
		FollowUp f = followUps.saveAndFlush(new FollowUp(UUID.randomUUID(), act, act.view().partyName(), dueOn,
				FollowUp.REQUESTED, OffsetDateTime.now(clock)));
		reminders.scheduleFollowUp(f.id(), dueOn);
		return f.view();
	}

	/** An act the actor may read: their agency's or one shared with it (J2). */
	private GuidanceAct loadReadable(UUID id) {
		AgencyScope scope = actors.readScope(SharedRecordType.GUIDANCE_OUTCOMES);
		return acts.findById(id)
			.filter(a -> scope.includes(a.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("guidance-act", id));
	}

	GuidanceAct load(UUID id) {
		AgencyScope scope = actors.scope();
		return acts.findById(id)
			.filter(a -> scope.includes(a.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("guidance-act", id));
	}

	GuidanceAct loadForChange(UUID id, Actor actor) {
		GuidanceAct act = loadReadable(id);
		if (!act.agencyId().equals(actor.agencyId())) {
			throw new AccessDeniedException("only the act's agency changes it");
		}
		return act;
	}

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String join(String... parts) {
		StringBuilder b = new StringBuilder();
		for (String s : parts) {
			if (s != null) {
				b.append(s).append('\n');
			}
		}
		return b.toString();
	}

}
