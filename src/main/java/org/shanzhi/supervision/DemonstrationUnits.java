package org.shanzhi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demonstration units of service-oriented enforcement (S4, LH29, LH31): the office
 * designates an agency for a period (one active designation at a time) with its reasons;
 * reviews it periodically against the criteria (each met or not, with a note) — a review
 * that fails revokes it; revokes it with a reason; pairs it with a weaker agency (结对帮扶)
 * with a plan whose progress is recorded; and marks units for recommendation to the
 * province, listed with their reasons.
 */
@Service
public class DemonstrationUnits {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Clock clock;

	DemonstrationUnits(JdbcClient jdbc, Actors actors, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
	}

	public record UnitView(UUID id, UUID agencyId, LocalDate validFrom, LocalDate validUntil, String reason,
			String status, String revokedReason, boolean recommended, String recommendation, long version) {
	}

	public record PairingView(UUID id, UUID unitId, UUID agencyId, String plan, List<String> progress) {
	}

	@Transactional
	public UnitView designate(UUID agencyId, LocalDate from, LocalDate until, String reason) {
		Actor actor = actors.require(Role.SUPERVISOR);
		if (agencyId == null) {
			throw new FieldRejectedException("agencyId", "required");
		}
		if (from == null || until == null) {
			throw new FieldRejectedException(from == null ? "validFrom" : "validUntil", "required");
		}
		if (!until.isAfter(from)) {
			throw new FieldRejectedException("validUntil", "notBeforeFrom");
		}
		requireText("reason", reason, 2000);
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into supervision.demonstration_unit (id, agency_id, valid_from, valid_until, reason, status,
					    designated_by, designated_at)
					values (:id, :a, :from, :until, :reason, 'ACTIVE', :by, :at)
					""")
				.param("id", id)
				.param("a", agencyId)
				.param("from", from)
				.param("until", until)
				.param("reason", reason.strip())
				.param("by", actor.accountId())
				.param("at", OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw RuleViolationException.conflict("demonstration-unit-active");
		}
		return unit(id);
	}

	/**
	 * A periodic review: each criterion met or not; a failed review revokes the
	 * designation.
	 */
	@Transactional
	public UnitView review(UUID unitId, Map<String, Boolean> criteria, String note) {
		Actor actor = actors.require(Role.SUPERVISOR);
		UnitView unit = requireActive(unitId);
		if (criteria == null || criteria.isEmpty()) {
			throw new FieldRejectedException("criteria", "required");
		}
		requireText("note", note, 2000);
		boolean passed = criteria.values().stream().allMatch(Boolean.TRUE::equals);
		jdbc.sql("""
				insert into supervision.unit_review (id, unit_id, reviewed_on, criteria, passed, note, reviewed_by)
				values (:id, :u, :on, cast(:c as jsonb), :passed, :note, :by)
				""")
			.param("id", UUID.randomUUID())
			.param("u", unitId)
			.param("on", LocalDate.now(clock.withZone(ZONE)))
			.param("c", JSON.writeValueAsString(criteria))
			.param("passed", passed)
			.param("note", note.strip())
			.param("by", actor.accountId())
			.update();
		if (!passed) {
			return revoke(unit.id(), "复核未通过：" + note.strip(), unit.version());
		}
		return unit(unitId);
	}

	@Transactional
	public UnitView revoke(UUID unitId, String reason, long version) {
		actors.require(Role.SUPERVISOR);
		UnitView unit = requireActive(unitId);
		requireText("reason", reason, 2000);
		if (unit.version() != version) {
			throw RuleViolationException.conflict("stale-version", version, unit.version());
		}
		jdbc.sql("""
				update supervision.demonstration_unit set status = 'REVOKED', revoked_reason = :r, recommended = false,
				    version = version + 1
				where id = :id and version = :v
				""").param("r", reason.strip()).param("id", unitId).param("v", version).update();
		return unit(unitId);
	}

	@Transactional
	public UnitView recommend(UUID unitId, String reasons) {
		actors.require(Role.SUPERVISOR);
		requireActive(unitId);
		requireText("recommendation", reasons, 2000);
		jdbc.sql("""
				update supervision.demonstration_unit set recommended = true, recommendation = :r, version = version + 1
				where id = :id
				""").param("r", reasons.strip()).param("id", unitId).update();
		return unit(unitId);
	}

	/** Pairing assistance: the unit helps a weaker agency by a plan. */
	@Transactional
	public PairingView pair(UUID unitId, UUID agencyId, String plan) {
		Actor actor = actors.require(Role.SUPERVISOR);
		UnitView unit = requireActive(unitId);
		if (agencyId == null) {
			throw new FieldRejectedException("agencyId", "required");
		}
		if (agencyId.equals(unit.agencyId())) {
			throw new FieldRejectedException("agencyId", "notOwnAgency");
		}
		requireText("plan", plan, 4000);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into supervision.pairing (id, unit_id, agency_id, plan, created_at, created_by)
				values (:id, :u, :a, :p, :at, :by)
				""")
			.param("id", id)
			.param("u", unitId)
			.param("a", agencyId)
			.param("p", plan.strip())
			.param("at", OffsetDateTime.now(clock))
			.param("by", actor.accountId())
			.update();
		return pairing(id);
	}

	/** Progress of a pairing, recorded by the office or the head of either agency. */
	@Transactional
	public PairingView progress(UUID pairingId, String text) {
		Actor actor = actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD);
		PairingView p = pairing(pairingId);
		UnitView unit = unit(p.unitId());
		if (!actor.seesAllAgencies() && !p.agencyId().equals(actor.agencyId())
				&& !unit.agencyId().equals(actor.agencyId())) {
			throw NotFoundException.forId("pairing", pairingId);
		}
		requireText("text", text, 2000);
		jdbc.sql("""
				insert into supervision.pairing_progress (pairing_id, seq, recorded_on, text, recorded_by)
				values (:p, (select coalesce(max(seq), 0) + 1 from supervision.pairing_progress where pairing_id = :p),
				    :on, :t, :by)
				""")
			.param("p", pairingId)
			.param("on", LocalDate.now(clock.withZone(ZONE)))
			.param("t", text.strip())
			.param("by", actor.accountId())
			.update();
		return pairing(pairingId);
	}

	@Transactional(readOnly = true)
	public List<UnitView> units() {
		actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD, Role.OFFICER);
		expire();
		return jdbc.sql(SELECT + " order by designated_at desc").query(this::row).list();
	}

	/** The list for the province: recommended active units with their reasons. */
	@Transactional(readOnly = true)
	public List<UnitView> recommendations() {
		actors.require(Role.SUPERVISOR);
		return jdbc.sql(SELECT + " where recommended and status = 'ACTIVE' order by designated_at")
			.query(this::row)
			.list();
	}

	@Transactional(readOnly = true)
	public List<PairingView> pairings(UUID unitId) {
		actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD, Role.OFFICER);
		return jdbc.sql("select id from supervision.pairing where unit_id = :u order by created_at")
			.param("u", unitId)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::pairing)
			.toList();
	}

	private static final String SELECT = """
			select id, agency_id, valid_from, valid_until, reason, status, revoked_reason, recommended, recommendation, version
			from supervision.demonstration_unit
			""";

	private UnitView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new UnitView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
				rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
				rs.getString(9), rs.getLong(10));
	}

	UnitView unit(UUID id) {
		return jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query(this::row)
			.optional()
			.orElseThrow(() -> NotFoundException.forId("demonstration-unit", id));
	}

	PairingView pairing(UUID id) {
		var p = jdbc.sql("select unit_id, agency_id, plan from supervision.pairing where id = :id")
			.param("id", id)
			.query((rs,
					n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3) })
			.optional()
			.orElseThrow(() -> NotFoundException.forId("pairing", id));
		List<String> progress = jdbc.sql(
				"select recorded_on || '：' || text from supervision.pairing_progress where pairing_id = :p order by seq")
			.param("p", id)
			.query(String.class)
			.list();
		return new PairingView(id, (UUID) p[0], (UUID) p[1], (String) p[2], progress);
	}

	private UnitView requireActive(UUID unitId) {
		expire();
		UnitView unit = unit(unitId);
		if (!"ACTIVE".equals(unit.status())) {
			throw RuleViolationException.conflict("demonstration-unit-status", unit.status());
		}
		return unit;
	}

	/** Designations past their period are expired (dynamic management). */
	private void expire() {
		if (!org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			jdbc.sql(
					"update supervision.demonstration_unit set status = 'EXPIRED' where status = 'ACTIVE' and valid_until < :t")
				.param("t", LocalDate.now(clock.withZone(ZONE)))
				.update();
		}
	}

	private static void requireText(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			throw new FieldRejectedException(field, "required");
		}
		if (text.length() > max) {
			throw new FieldRejectedException(field, "textTooLong");
		}
	}

}
