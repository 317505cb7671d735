package org.shanzhi.joint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.AgencyLevel;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.directory.Agencies;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.AuditedEvent;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Multi-level linkage (J1): a joint action or an enforcement case referred up (county to
 * city), down (city to county) or across districts by the head of the agency it belongs
 * to, or assigned by a supervisor (指派); the receiving agency's head accepts — the record
 * then belongs to it — or declines with a reason. One referral of a record may be pending
 * at a time; the referrals of a record are its history. A matter goes only to an agency
 * competent for it.
 */
@Service
@Validated
public class Referrals {

	/** What may be referred. */
	public enum Kind {

		JOINT_ACTION, ENFORCEMENT_CASE

	}

	/** Which way a referral goes between the levels. */
	public enum Direction {

		UP, DOWN, ACROSS

	}

	/** Where a referral stands. */
	public enum Status {

		REFERRED, ACCEPTED, DECLINED, WITHDRAWN

	}

	/** A referral asked for. */
	public record Request(@NotNull Kind kind, @NotNull UUID subjectId, @NotNull UUID toAgencyId,
			@NotBlank @Size(max = 1000) String reason) {
	}

	/** A referral as shown. */
	public record ReferralView(UUID id, Kind kind, UUID subjectId, String subjectLabel, UUID fromAgencyId,
			String fromAgencyName, UUID toAgencyId, String toAgencyName, Direction direction, String reason,
			Status status, UUID referredBy, OffsetDateTime referredAt, UUID answeredBy, OffsetDateTime answeredAt,
			String answerNote, long version) {
	}

	/** A change of a referral, for the audit trail. */
	public record ReferralChanged(UUID referralId, UUID agencyId, String action,
			Map<String, Object> after) implements AuditedEvent {

		@Override
		public String subjectType() {
			return "REFERRAL";
		}

		@Override
		public String subjectId() {
			return referralId.toString();
		}

	}

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Agencies agencies;

	private final JointActions actions;

	private final MatterCatalogue matters;

	private final List<ReferableRecords> referables;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Referrals(JdbcClient jdbc, Actors actors, Agencies agencies, JointActions actions, MatterCatalogue matters,
			List<ReferableRecords> referables, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.agencies = agencies;
		this.actions = actions;
		this.matters = matters;
		this.referables = referables;
		this.events = events;
		this.clock = clock;
	}

	/** Refers a record of the actor's agency (a supervisor: of any agency) to another. */
	@Transactional
	public ReferralView refer(@Valid Request r) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.SUPERVISOR);
		JointActions.ActionView action = r.kind() == Kind.JOINT_ACTION ? plannedAction(r.subjectId()) : null;
		ReferableRecords.Subject subject = action != null
				? new ReferableRecords.Subject(action.leadAgencyId(), action.number(), null)
				: describe(r.kind(), r.subjectId());
		if (!actor.seesAllAgencies() && !subject.agencyId().equals(actor.agencyId())) {
			throw RuleViolationException.rule("referral-own-records-only");
		}
		if (subject.agencyId().equals(r.toAgencyId())) {
			throw new FieldRejectedException("toAgencyId", "notOwnAgency");
		}
		AgencyView from = agency(subject.agencyId());
		AgencyView to;
		try {
			to = agency(r.toAgencyId());
		}
		catch (NotFoundException ex) {
			throw new FieldRejectedException("toAgencyId", "unknownRecord");
		}
		if (action != null && action.participants().stream().noneMatch(p -> p.agencyId().equals(to.id()))) {
			throw RuleViolationException.rule("referral-needs-participant");
		}
		if (subject.matter() != null && !matters.covers(to.id(), subject.matter())) {
			throw RuleViolationException.rule("referral-outside-competence", subject.matter());
		}
		boolean pending = jdbc
			.sql("select exists (select 1 from joint.referral where subject_id = :s and status = 'REFERRED')")
			.param("s", r.subjectId())
			.query(Boolean.class)
			.single();
		if (pending) {
			throw RuleViolationException.conflict("referral-pending");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into joint.referral (id, kind, subject_id, subject_label, from_agency_id, to_agency_id, direction,
						    reason, status, referred_by, referred_at)
						values (:id, :kind, :subject, :label, :from, :to, :direction, :reason, 'REFERRED', :by, :at)
						""")
			.param("id", id)
			.param("kind", r.kind().name())
			.param("subject", r.subjectId())
			.param("label", subject.label())
			.param("from", from.id())
			.param("to", to.id())
			.param("direction", direction(from, to).name())
			.param("reason", r.reason().strip())
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		ReferralView view = load(id);
		events.publishEvent(new ReferralChanged(id, from.id(), "REFERRED", Map.of("to", to.id().toString(), "direction",
				view.direction().name(), "subject", subject.label(), "reason", view.reason())));
		return view;
	}

	/**
	 * The receiving agency's head accepts (the record moves to the agency) or declines
	 * with a reason.
	 */
	@Transactional
	public ReferralView answer(UUID id, boolean accept, String note, long version) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		ReferralView r = get(id);
		if (!r.toAgencyId().equals(actor.agencyId())) {
			throw RuleViolationException.rule("referral-receiver-only");
		}
		requirePending(r, version);
		if (!accept && (note == null || note.isBlank())) {
			throw new FieldRejectedException("note", "required");
		}
		if (note != null && note.length() > 1000) {
			throw new FieldRejectedException("note", "textTooLong");
		}
		update(r, accept ? Status.ACCEPTED : Status.DECLINED, actor, note);
		if (accept) {
			if (r.kind() == Kind.JOINT_ACTION) {
				actions.transferLead(r.subjectId(), r.toAgencyId(), actor.accountId());
			}
			events.publishEvent(
					new JointEvents.ReferralAccepted(id, r.kind(), r.subjectId(), r.fromAgencyId(), r.toAgencyId()));
		}
		events.publishEvent(new ReferralChanged(id, r.toAgencyId(), accept ? "ACCEPTED" : "DECLINED",
				note == null || note.isBlank() ? Map.of() : Map.of("note", note.strip())));
		return load(id);
	}

	/** The referring agency's head (or a supervisor) withdraws a pending referral. */
	@Transactional
	public ReferralView withdraw(UUID id, long version) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.SUPERVISOR);
		ReferralView r = get(id);
		if (!actor.seesAllAgencies() && !r.fromAgencyId().equals(actor.agencyId())) {
			throw RuleViolationException.rule("referral-own-records-only");
		}
		requirePending(r, version);
		update(r, Status.WITHDRAWN, actor, null);
		events.publishEvent(new ReferralChanged(id, r.fromAgencyId(), "WITHDRAWN", Map.of()));
		return load(id);
	}

	/** A referral from or to the actor's agency (supervisors: any); any other: 404. */
	@Transactional(readOnly = true)
	public ReferralView get(UUID id) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.OFFICER, Role.SUPERVISOR);
		ReferralView r = load(id);
		if (!actor.seesAllAgencies() && !r.fromAgencyId().equals(actor.agencyId())
				&& !r.toAgencyId().equals(actor.agencyId())) {
			throw NotFoundException.forId("referral", id);
		}
		return r;
	}

	/**
	 * The referrals from or to the actor's agency (supervisors: all), or the history of
	 * one record, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ReferralView> list(UUID subjectId) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.OFFICER, Role.SUPERVISOR);
		UUID agency = actor.agencyId() == null ? new UUID(0, 0) : actor.agencyId();
		return jdbc.sql(SELECT + """
				where (:all or from_agency_id = :agency or to_agency_id = :agency)
				  and (cast(:subject as uuid) is null or subject_id = :subject)
				order by referred_at desc limit 500
				""")
			.param("all", actor.seesAllAgencies())
			.param("agency", agency)
			.param("subject", subjectId)
			.query(rowMapper())
			.list();
	}

	private static final String SELECT = """
			select id, kind, subject_id, subject_label, from_agency_id, to_agency_id, direction, reason, status,
			    referred_by, referred_at, answered_by, answered_at, answer_note, version
			from joint.referral
			""";

	private void update(ReferralView r, Status status, Actor actor, String note) {
		int n = jdbc.sql("""
				update joint.referral set status = :status, answered_by = :by, answered_at = :at, answer_note = :note,
				    version = version + 1
				where id = :id and version = :version and status = 'REFERRED'
				""")
			.param("status", status.name())
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("id", r.id())
			.param("version", r.version())
			.update();
		if (n == 0) {
			throw RuleViolationException.conflict("stale-version", r.version(), r.version() + 1);
		}
	}

	private static void requirePending(ReferralView r, long version) {
		if (r.version() != version) {
			throw RuleViolationException.conflict("stale-version", version, r.version());
		}
		if (r.status() != Status.REFERRED) {
			throw RuleViolationException.conflict("referral-status", r.status().name());
		}
	}

	/** A joint action is referred only while planned. */
	private JointActions.ActionView plannedAction(UUID id) {
		JointActions.ActionView a;
		try {
			a = actions.get(id);
		}
		catch (NotFoundException ex) {
			throw new FieldRejectedException("subjectId", "unknownRecord");
		}
		if (a.status() != JointAction.Status.PLANNED) {
			throw RuleViolationException.conflict("joint-status", a.status().name());
		}
		return a;
	}

	private ReferableRecords.Subject describe(Kind kind, UUID id) {
		return referables.stream()
			.filter(r -> r.kind() == kind)
			.findFirst()
			.flatMap(r -> r.describe(id))
			.orElseThrow(() -> new FieldRejectedException("subjectId", "unknownRecord"));
	}

	static Direction direction(AgencyView from, AgencyView to) {
		if (from.level() == AgencyLevel.COUNTY && to.level() == AgencyLevel.CITY) {
			return Direction.UP;
		}
		if (from.level() == AgencyLevel.CITY && to.level() == AgencyLevel.COUNTY) {
			return Direction.DOWN;
		}
		return Direction.ACROSS;
	}

	private AgencyView agency(UUID id) {
		return agencies.get(id);
	}

	private ReferralView load(UUID id) {
		return jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query(rowMapper())
			.optional()
			.orElseThrow(() -> NotFoundException.forId("referral", id));
	}

	/** Rows of referrals, the agencies' names read once for all of them. */
	private org.springframework.jdbc.core.RowMapper<ReferralView> rowMapper() {
		Map<UUID, String> names = agencies.names();
		return (rs, n) -> row(rs, names);
	}

	private ReferralView row(ResultSet rs, Map<UUID, String> names) throws SQLException {
		UUID from = rs.getObject("from_agency_id", UUID.class);
		UUID to = rs.getObject("to_agency_id", UUID.class);
		return new ReferralView(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
				rs.getObject("subject_id", UUID.class), rs.getString("subject_label"), from, names.get(from), to,
				names.get(to), Direction.valueOf(rs.getString("direction")), rs.getString("reason"),
				Status.valueOf(rs.getString("status")), rs.getObject("referred_by", UUID.class),
				rs.getObject("referred_at", OffsetDateTime.class), rs.getObject("answered_by", UUID.class),
				rs.getObject("answered_at", OffsetDateTime.class), rs.getString("answer_note"), rs.getLong("version"));
	}

}
