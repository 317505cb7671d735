package org.shanzhi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.security.AccountView;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training courses (S1, LH28, LY7): city-wide courses set by the office or an agency's
 * own set by its head — a topic, a day and a format (study, exam, on-site observation) —
 * and who of the agency's officers attended; each officer's record lists them.
 */
@Service
public class Courses {

	/** How a course is held. */
	public enum Format {

		STUDY, EXAM, OBSERVATION

	}

	public record CourseView(UUID id, String title, String topic, Format format, LocalDate heldOn, UUID agencyId) {
	}

	public record AttendanceLine(UUID courseId, String title, LocalDate heldOn, boolean attended) {
	}

	/** An officer of the agency on a course's register. */
	public record Attendee(UUID accountId, String name, boolean attended) {
	}

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Accounts accounts;

	private final Clock clock;

	Courses(JdbcClient jdbc, Actors actors, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional
	public CourseView create(String title, String topic, Format format, LocalDate heldOn) {
		Actor actor = actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD);
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new FieldRejectedException("title", title == null || title.isBlank() ? "required" : "textTooLong");
		}
		if (topic == null || topic.isBlank() || topic.length() > 200) {
			throw new FieldRejectedException("topic", topic == null || topic.isBlank() ? "required" : "textTooLong");
		}
		if (format == null) {
			throw new FieldRejectedException("format", "required");
		}
		if (heldOn == null) {
			throw new FieldRejectedException("heldOn", "required");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into supervision.course (id, title, topic, format, held_on, agency_id, created_by, created_at)
				values (:id, :t, :topic, :f, :on, :a, :by, :at)
				""")
			.param("id", id)
			.param("t", title.strip())
			.param("topic", topic.strip())
			.param("f", format.name())
			.param("on", heldOn)
			.param("a", actor.seesAllAgencies() ? null : actor.requireAgency())
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		return course(id);
	}

	/**
	 * The head records which of the agency's officers attended (the others: absent); the
	 * office may record any agency's.
	 */
	@Transactional
	public List<Attendee> attendance(UUID courseId, UUID agencyId, Set<UUID> attended) {
		UUID agency = registerAgency(courseId, agencyId);
		List<AccountView> officers = officers(agency);
		Set<UUID> known = new java.util.HashSet<>(officers.stream().map(AccountView::id).toList());
		if (attended != null && !known.containsAll(attended)) {
			throw new FieldRejectedException("attended", "unknownRecord");
		}
		for (AccountView o : officers) {
			jdbc.sql("""
					insert into supervision.attendance (course_id, account_id, agency_id, name, attended)
					values (:c, :a, :agency, :name, :yes)
					on conflict (course_id, account_id) do update set attended = excluded.attended
					""")
				.param("c", courseId)
				.param("a", o.id())
				.param("agency", agency)
				.param("name", o.displayName())
				.param("yes", attended != null && attended.contains(o.id()))
				.update();
		}
		return jdbc.sql("""
				select account_id, name, attended from supervision.attendance where course_id = :c and agency_id = :a
				order by name
				""")
			.param("c", courseId)
			.param("a", agency)
			.query((rs, n) -> new Attendee(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	/**
	 * The agency whose register of the course is meant: the head's own, any the office
	 * names; a course of another agency is not found.
	 */
	private UUID registerAgency(UUID courseId, UUID agencyId) {
		Actor actor = actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD);
		CourseView course = course(courseId);
		UUID agency = actor.seesAllAgencies() ? agencyId : actor.requireAgency();
		if (agency == null) {
			throw new FieldRejectedException("agencyId", "required");
		}
		if (course.agencyId() != null && !course.agencyId().equals(agency)) {
			throw NotFoundException.forId("course", courseId);
		}
		return agency;
	}

	/**
	 * A course's register for an agency: each of its officers, attended as recorded (not
	 * yet recorded: not attended). The head sees its own agency's, the office any.
	 */
	@Transactional(readOnly = true)
	public List<Attendee> register(UUID courseId, UUID agencyId) {
		UUID agency = registerAgency(courseId, agencyId);
		java.util.Map<UUID, Boolean> recorded = new java.util.HashMap<>();
		jdbc.sql("select account_id, attended from supervision.attendance where course_id = :c and agency_id = :a")
			.param("c", courseId)
			.param("a", agency)
			.query((rs, n) -> recorded.put(rs.getObject(1, UUID.class), rs.getBoolean(2)))
			.list();
		return register(officers(agency), recorded);
	}

	/** The officers by name, each attended as marked (unmarked: not attended). */
	private static List<Attendee> register(List<AccountView> officers, java.util.Map<UUID, Boolean> marks) {
		return officers.stream()
			.map(o -> new Attendee(o.id(), o.displayName(), marks.getOrDefault(o.id(), false)))
			.sorted(java.util.Comparator.comparing(Attendee::name))
			.toList();
	}

	/**
	 * The head's registers of every course its agency may attend, with one read of the
	 * officers and one of the attendance.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, List<Attendee>> registers() {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		UUID agency = actor.requireAgency();
		List<AccountView> officers = officers(agency);
		java.util.Map<UUID, java.util.Map<UUID, Boolean>> recorded = new java.util.HashMap<>();
		jdbc.sql("select course_id, account_id, attended from supervision.attendance where agency_id = :a")
			.param("a", agency)
			.query((rs, n) -> recorded.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.HashMap<>())
				.put(rs.getObject(2, UUID.class), rs.getBoolean(3)))
			.list();
		java.util.Map<UUID, List<Attendee>> out = new java.util.LinkedHashMap<>();
		for (CourseView c : list()) {
			if (c.agencyId() != null && !c.agencyId().equals(agency)) {
				continue;
			}
			out.put(c.id(), register(officers, recorded.getOrDefault(c.id(), java.util.Map.of())));
		}
		return out;
	}

	private List<AccountView> officers(UUID agency) {
		return Actors.runAs(Actor.SYSTEM, accounts::officersByAgency).getOrDefault(agency, List.of());
	}

	@Transactional(readOnly = true)
	public List<CourseView> list() {
		Actor actor = actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD, Role.OFFICER);
		return jdbc.sql("""
				select id, title, topic, format, held_on, agency_id from supervision.course
				where :all or agency_id is null or agency_id = :a order by held_on desc
				""")
			.param("all", actor.seesAllAgencies())
			.param("a", actor.agencyId() == null ? new UUID(0, 0) : actor.agencyId())
			.query((rs, n) -> new CourseView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					Format.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class)))
			.list();
	}

	/** The signed-in officer's courses and whether they attended. */
	@Transactional(readOnly = true)
	public List<AttendanceLine> mine() {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		return jdbc.sql("""
				select c.id, c.title, c.held_on, a.attended from supervision.attendance a
				join supervision.course c on c.id = a.course_id where a.account_id = :me order by c.held_on desc
				""")
			.param("me", actor.accountId())
			.query((rs, n) -> new AttendanceLine(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getBoolean(4)))
			.list();
	}

	CourseView course(UUID id) {
		return jdbc.sql("select id, title, topic, format, held_on, agency_id from supervision.course where id = :id")
			.param("id", id)
			.query((rs, n) -> new CourseView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					Format.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class)))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("course", id));
	}

}
