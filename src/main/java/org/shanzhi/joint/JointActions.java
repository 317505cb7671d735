package org.shanzhi.joint;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Parties;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Joint enforcement actions (J1) kept as versioned snapshots of {@link JointAction}:
 * planned by the lead agency's head or officers, answered by each participating agency,
 * started on the day, findings recorded by the officers on the action (each published for
 * the recording agency's own records), concluded with one combined notice per party. Only
 * the agencies taking part see an action; a concurrent change gives 409.
 */
@Service
@Validated
public class JointActions {

	static final Role[] PLANNERS = { Role.AGENCY_HEAD, Role.OFFICER };

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Parties parties;

	private final org.shanzhi.directory.Agencies agencies;

	private final MatterCatalogue matters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<JointTargeting.VisitHistory> visits;

	private final List<JointTargeting.RiskRanking> ranking;

	JointActions(JdbcClient jdbc, Actors actors, Parties parties, org.shanzhi.directory.Agencies agencies,
			MatterCatalogue matters, ApplicationEventPublisher events, Clock clock,
			org.springframework.beans.factory.ObjectProvider<JointTargeting.VisitHistory> visits,
			List<JointTargeting.RiskRanking> ranking) {
		this.visits = visits;
		this.ranking = ranking;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.actors = actors;
		this.parties = parties;
		this.matters = matters;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A plan: the title, the day, the parties, the matters per agency (the lead's
	 * included).
	 */
	@Schema(description = "matters: for the lead agency and each invited agency (by id), what it inspects",
			example = "{\"title\":\"城区餐饮联合检查\",\"day\":\"2027-03-01\",\"targets\":[\"00000000-0000-4000-8000-000000000001\"],"
					+ "\"matters\":{\"00000000-0000-4000-8000-000000000002\":[\"食品安全\"],"
					+ "\"00000000-0000-4000-8000-000000000003\":[\"消防安全\"]}}")
	public record Plan(@NotBlank @Size(max = 200) String title, @NotNull LocalDate day,
			@NotEmpty @Size(max = 200) Set<UUID> targets, @NotEmpty @Size(
					max = 10) Map<UUID, @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 40) String>> matters) {
	}

	/**
	 * An action as shown: its number, title, state and figures, and while it is planned
	 * or running the conflicts of its targets.
	 */
	public record ActionView(UUID id, String number, String title, UUID leadAgencyId, LocalDate day,
			JointAction.Status status, List<UUID> targets, List<JointAction.Participant> participants,
			List<JointAction.Finding> findings, int visitsSaved, String cancelReason, long version,
			List<Conflict> conflicts) {
	}

	/**
	 * A target already visited in the action's month: inspected by an agency, or a target
	 * of another joint action. The agency and the other action's number are given only
	 * where the viewer may know them (otherwise {@code null}: "another agency").
	 */
	public record Conflict(UUID partyId, UUID agencyId, LocalDate on, String kind, String reference) {
	}

	/** A party drawn as a target, by risk. */
	public record Candidate(UUID partyId, String name, Double score, String grade) {
	}

	@Transactional
	public ActionView plan(@Valid Plan plan) {
		Actor actor = actors.require(PLANNERS);
		UUID lead = actor.requireAgency();
		plan.matters().forEach((agency, list) -> list.forEach(m -> {
			if (!matters.covers(agency, m)) {
				throw RuleViolationException.rule("joint-matter-outside-competence", m);
			}
		}));
		Actors.runAs(Actor.SYSTEM, () -> {
			plan.targets().forEach(parties::get);
			return null;
		});
		JointAction action = JointAction.plan(UUID.randomUUID(), lead, actor.accountId(), plan.day(), today(),
				plan.targets(), plan.matters());
		OffsetDateTime now = OffsetDateTime.now(clock);
		long n = jdbc.sql("select count(*) from joint.action where extract(year from day) = :y")
			.param("y", plan.day().getYear())
			.query(Long.class)
			.single();
		String number = "联合〔" + plan.day().getYear() + "〕" + String.format("%04d", n + 1) + "号";
		jdbc.sql("""
				insert into joint.action (id, number, title, lead_agency_id, day, status, state, created_by, created_at)
				values (:id, :number, :title, :lead, :day, :status, cast(:state as jsonb), :by, :at)
				""")
			.param("id", action.id())
			.param("number", number)
			.param("title", plan.title().strip())
			.param("lead", lead)
			.param("day", plan.day())
			.param("status", action.status().name())
			.param("state", JSON.writeValueAsString(action.snapshot()))
			.param("by", actor.accountId())
			.param("at", now)
			.update();
		for (JointAction.Participant p : action.participants()) {
			jdbc.sql("insert into joint.action_agency (action_id, agency_id) values (:a, :g)")
				.param("a", action.id())
				.param("g", p.agencyId())
				.update();
		}
		return get(action.id());
	}

	/** The actor's agency accepts (naming its officers) or declines. */
	@Transactional
	public ActionView answer(UUID id, boolean accept, Set<UUID> officers, long version) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.OFFICER);
		return change(id, version, a -> a.answer(actor.requireAgency(), accept, officers));
	}

	/** The lead starts the action on its day. */
	@Transactional
	public ActionView start(UUID id, long version) {
		return change(id, version, a -> {
			requireLead(a);
			a.start(today());
		});
	}

	/**
	 * A finding for a party, recorded by an officer on the action for the officer's
	 * agency.
	 */
	public record FindingInput(@NotNull UUID partyId, @NotBlank @Size(max = 40) String matter,
			@NotNull JointAction.Result result, @Size(max = 2000) String note, @Size(max = 1000) String requirement,
			LocalDate deadline) {
	}

	@Transactional
	public ActionView record(UUID id, @Valid FindingInput input, long version) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		ActionView view = change(id, version,
				a -> a.record(new JointAction.Finding(actor.requireAgency(), input.partyId(), actor.accountId(),
						input.matter(), input.result(), input.note(), input.requirement(), input.deadline())));
		events.publishEvent(new JointEvents.FindingRecorded(id, view.number(), actor.requireAgency(), input.partyId(),
				actor.accountId(), view.day(), input.matter(), input.result(), input.note(), input.requirement(),
				input.deadline()));
		return view;
	}

	@Transactional
	public ActionView conclude(UUID id, long version) {
		ActionView view = change(id, version, a -> {
			requireLead(a);
			a.conclude(today());
		});
		jdbc.sql("update joint.action set concluded_at = :at where id = :id")
			.param("at", OffsetDateTime.now(clock))
			.param("id", id)
			.update();
		events.publishEvent(new JointEvents.ActionConcluded(id, view.number(), view.leadAgencyId(),
				view.targets().size(), view.visitsSaved()));
		return view;
	}

	/**
	 * The accepted referral of a planned action makes the accepting agency its lead (J1);
	 * the caller checked the referral.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	void transferLead(UUID id, UUID newLead, UUID acceptingOfficer) {
		Loaded before = Actors.runAs(Actor.SYSTEM, () -> load(id));
		JointAction a = before.action();
		a.transferLead(newLead, acceptingOfficer);
		int updated = jdbc.sql("""
				update joint.action set state = cast(:state as jsonb), lead_agency_id = :lead, version = version + 1
				where id = :id and version = :version
				""")
			.param("state", JSON.writeValueAsString(a.snapshot()))
			.param("lead", newLead)
			.param("id", id)
			.param("version", before.version())
			.update();
		if (updated == 0) {
			throw RuleViolationException.conflict("stale-version", before.version(), before.version() + 1);
		}
	}

	@Transactional
	public ActionView cancel(UUID id, String reason, long version) {
		return change(id, version, a -> {
			requireLead(a);
			a.cancel(reason);
		});
	}

	/** An action the actor's agency takes part in, with its conflicts; any other: 404. */
	@Transactional(readOnly = true)
	public ActionView get(UUID id) {
		Loaded l = load(id);
		return view(l.action(), l.number(), l.title(), l.version());
	}

	/**
	 * An action as stored, after the same access check as {@link #get}, without its view.
	 */
	private record Loaded(JointAction action, String number, String title, long version) {
	}

	private Loaded load(UUID id) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.OFFICER, Role.SUPERVISOR, Role.LEGAL_REVIEWER);
		var row = jdbc.sql("select number, title, state, version from joint.action where id = :id")
			.param("id", id)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4) })
			.optional()
			.orElseThrow(() -> NotFoundException.forId("joint-action", id));
		JointAction a = JointAction.restore(JSON.readValue((String) row[2], JointAction.Snapshot.class));
		if (!actor.seesAllAgencies()
				&& a.participants().stream().noneMatch(p -> p.agencyId().equals(actor.agencyId()))) {
			throw NotFoundException.forId("joint-action", id);
		}
		return new Loaded(a, (String) row[0], (String) row[1], (long) row[3]);
	}

	/**
	 * The risk-ranked draw of targets (J1, R6): the parties of the category with the
	 * highest risk scores that nobody visited in the month of the day, at most
	 * {@code count}; parties not yet scored come after the scored ones.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> draw(org.shanzhi.directory.PartyCategory category, int count, LocalDate day) {
		actors.require(PLANNERS);
		if (category == null) {
			throw new org.shanzhi.shared.FieldRejectedException("category", "required");
		}
		if (count < 1 || count > 200) {
			throw new org.shanzhi.shared.FieldRejectedException("count", "outOfRange", 1, 200);
		}
		LocalDate on = day == null ? today() : day;
		List<UUID> ids = parties.ofCategory(category, 100_000);
		Set<UUID> visited = new java.util.HashSet<>();
		visits.ifAvailable(v -> v.visits(ids, on.withDayOfMonth(1), on.withDayOfMonth(on.lengthOfMonth()))
			.forEach(x -> visited.add(x.partyId())));
		List<UUID> open = ids.stream().filter(id -> !visited.contains(id)).toList();
		List<JointTargeting.Ranked> ranked = ranking.stream().flatMap(r -> r.highest(open, count).stream()).toList();
		java.util.LinkedHashMap<UUID, Candidate> drawn = new java.util.LinkedHashMap<>();
		ranked.forEach(r -> drawn.put(r.partyId(), new Candidate(r.partyId(), null, r.score(), r.grade())));
		for (UUID id : open) {
			if (drawn.size() >= count) {
				break;
			}
			drawn.putIfAbsent(id, new Candidate(id, null, null, null));
		}
		Map<UUID, String> names = parties.namesForDocument(drawn.keySet());
		return drawn.values()
			.stream()
			.limit(count)
			.map(c -> new Candidate(c.partyId(), names.get(c.partyId()), c.score(), c.grade()))
			.toList();
	}

	private List<Conflict> conflicts(JointAction a) {
		if (a.status() != JointAction.Status.PLANNED && a.status() != JointAction.Status.IN_PROGRESS) {
			return List.of();
		}
		LocalDate from = a.day().withDayOfMonth(1);
		LocalDate to = a.day().withDayOfMonth(a.day().lengthOfMonth());
		// which agency visited is shown only where the viewer may know it: a participant
		// of
		// this action, an agency sharing its violations with the viewer's, or a
		// supervisor
		Actor viewer = actors.current();
		org.shanzhi.security.AgencyScope known = actors.readScope(org.shanzhi.security.SharedRecordType.VIOLATIONS);
		Set<UUID> participants = new java.util.HashSet<>();
		a.participants().forEach(p -> participants.add(p.agencyId()));
		List<Conflict> found = new java.util.ArrayList<>();
		visits.ifAvailable(v -> v.visits(a.targets(), from, to)
			.forEach(x -> found.add(new Conflict(x.partyId(),
					known.includes(x.agencyId()) || participants.contains(x.agencyId()) ? x.agencyId() : null, x.on(),
					"INSPECTION", null))));
		jdbc.sql(
				"""
						select t.party, a.lead_agency_id, a.day, a.number,
						       :all or exists (select 1 from joint.action_agency g where g.action_id = a.id and g.agency_id = :viewer)
						from joint.action a
						cross join lateral jsonb_array_elements_text(a.state -> 'targets') t(party)
						where a.id <> :id and a.status <> 'CANCELLED' and a.day between :from and :to
						  and t.party = any(string_to_array(:targets, ','))
						order by a.day
						""")
			.param("all", viewer.seesAllAgencies())
			.param("viewer", viewer.agencyId() == null ? new UUID(0, 0) : viewer.agencyId())
			.param("id", a.id())
			.param("from", from)
			.param("to", to)
			.param("targets", String.join(",", a.targets().stream().map(UUID::toString).toList()))
			.query((rs, n) -> rs.getBoolean(5)
					? new Conflict(UUID.fromString(rs.getString(1)), rs.getObject(2, UUID.class),
							rs.getObject(3, LocalDate.class), "JOINT_ACTION", rs.getString(4))
					: new Conflict(UUID.fromString(rs.getString(1)), null, rs.getObject(3, LocalDate.class),
							"JOINT_ACTION", null))
			.list()
			.forEach(found::add);
		found.sort(java.util.Comparator.comparing(Conflict::on));
		return found;
	}

	/** The actions the actor's agency takes part in, newest day first. */
	@Transactional(readOnly = true)
	public List<ActionView> mine() {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.OFFICER, Role.SUPERVISOR);
		return jdbc
			.sql("""
					select a.id from joint.action a
					where :all or exists (select 1 from joint.action_agency g where g.action_id = a.id and g.agency_id = :agency)
					order by a.day desc limit 200
					""")
			.param("all", actor.seesAllAgencies())
			.param("agency", actor.agencyId() == null ? new UUID(0, 0) : actor.agencyId())
			.query(UUID.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/**
	 * The combined notice to a party (J1): every agency's results and follow-up
	 * requirements from the one visit.
	 */
	@Transactional(readOnly = true)
	public String notice(UUID id, UUID partyId) {
		ActionView a = get(id);
		if (a.status() != JointAction.Status.CONCLUDED) {
			throw RuleViolationException.conflict("joint-status", a.status().name());
		}
		if (!a.targets().contains(partyId)) {
			throw NotFoundException.forId("party", partyId);
		}
		Map<UUID, String> names = new LinkedHashMap<>();
		StringBuilder text = new StringBuilder();
		String partyName = Actors.runAs(Actor.SYSTEM, () -> parties.get(partyId).name());
		text.append("联合执法检查结果告知书（").append(a.number()).append("）\n\n").append(partyName).append("：\n");
		text.append("　　").append(a.day()).append("，以下机关对你单位进行了联合检查（进一次门、查多项事），结果告知如下：\n");
		for (JointAction.Finding f : a.findings()) {
			if (!f.partyId().equals(partyId)) {
				continue;
			}
			String agency = names.computeIfAbsent(f.agencyId(), this::agencyName);
			text.append("　　").append(agency).append(" · ").append(f.matter()).append("：").append(switch (f.result()) {
				case NO_VIOLATION -> "未发现违法";
				case VIOLATION -> "发现违法，另行依法处理";
				case GUIDANCE_GIVEN -> "已给予行政指导";
			});
			if (f.note() != null && !f.note().isBlank()) {
				text.append("（").append(f.note().strip()).append("）");
			}
			if (f.requirement() != null && !f.requirement().isBlank()) {
				text.append("；整改要求：").append(f.requirement().strip());
			}
			text.append("\n");
		}
		return text.toString();
	}

	private String agencyName(UUID agencyId) {
		return agencies.get(agencyId).name();
	}

	private ActionView change(UUID id, long version, java.util.function.Consumer<JointAction> step) {
		Loaded before = load(id);
		if (before.version() != version) {
			throw RuleViolationException.conflict("stale-version", version, before.version());
		}
		JointAction a = before.action();
		step.accept(a);
		int updated = jdbc.sql("""
				update joint.action set state = cast(:state as jsonb), status = :status, version = version + 1
				where id = :id and version = :version
				""")
			.param("state", JSON.writeValueAsString(a.snapshot()))
			.param("status", a.status().name())
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw RuleViolationException.conflict("stale-version", version, version + 1);
		}
		return get(id);
	}

	private void requireLead(JointAction a) {
		Actor actor = actors.require(PLANNERS);
		if (!a.leadAgencyId().equals(actor.agencyId())) {
			throw RuleViolationException.rule("joint-lead-only");
		}
	}

	private ActionView view(JointAction a, String number, String title, long version) {
		return new ActionView(a.id(), number, title, a.leadAgencyId(), a.day(), a.status(), List.copyOf(a.targets()),
				a.participants(), a.findings(), a.visitsSaved(), a.cancelReason(), version, conflicts(a));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
