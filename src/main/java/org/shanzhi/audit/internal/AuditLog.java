package org.shanzhi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.shanzhi.audit.AuditEntryView;
import org.shanzhi.audit.AuditVerification;
import org.shanzhi.security.Actor;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.shared.AuditedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * Appends to and reads the chain in {@code audit.entry}. Appends are serialised by a
 * transaction advisory lock so that each entry links to the one committed before it. A
 * trigger refuses every UPDATE and DELETE of the table; the hash chain detects what is
 * done around it.
 */
@Component
public class AuditLog {

	/** Key of the advisory lock that orders appends: "shanzhi-audit". */
	private static final long LOCK_KEY = 0x5348_415a_4155_4454L;

	private static final java.time.ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Must run inside the transaction of the change it records. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(AuditedEvent event, Actor actor) {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query((rs, n) -> 1).list();
		var last = jdbc.sql("select seq, hash from audit.entry order by seq desc limit 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		long seq = last.map(l -> (Long) l[0] + 1).orElse(1L);
		String previous = last.map(l -> (String) l[1]).orElse(AuditChain.GENESIS);
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		String before = canonical(event.before());
		String after = canonical(event.after());
		String hash = AuditChain.hash(previous, seq, id, now, actor.username(), actor.agencyId(), event.subjectType(),
				event.subjectId(), event.agencyId(), event.action(), before, after);
		jdbc.sql(
				"""
						insert into audit.entry (seq, id, occurred_at, actor, actor_agency_id, subject_type, subject_id,
						                         agency_id, action, before_state, after_state, prev_hash, hash)
						values (:seq, :id, :at, :actor, :actorAgency, :type, :subject, :agency, :action, :before, :after, :prev, :hash)
						""")
			.param("seq", seq)
			.param("id", id)
			.param("at", now)
			.param("actor", actor.username())
			.param("actorAgency", actor.agencyId())
			.param("type", event.subjectType())
			.param("subject", event.subjectId())
			.param("agency", event.agencyId())
			.param("action", event.action())
			.param("before", before)
			.param("after", after)
			.param("prev", previous)
			.param("hash", hash)
			.update();
	}

	/** Sorted keys, so that the stored text is the hashed text. */
	private String canonical(Map<String, Object> values) {
		return json.writeValueAsString(values == null ? Map.of() : new TreeMap<>(values));
	}

	public List<AuditEntryView> forSubject(String subjectType, String subjectId, AgencyScope scope, int limit) {
		return jdbc.sql("""
				select * from audit.entry
				where subject_type = :type and subject_id = :subject
				  and (:all or agency_id is null or agency_id in (:agencies))
				order by seq desc limit :limit
				""")
			.param("type", subjectType)
			.param("subject", subjectId)
			.param("all", scope.all())
			.param("agencies", scope.idsForQuery())
			.param("limit", limit)
			.query(AuditLog::entry)
			.list();
	}

	public List<AuditEntryView> recent(AgencyScope scope, int limit) {
		return jdbc.sql("""
				select * from audit.entry where (:all or agency_id in (:agencies) or actor_agency_id in (:agencies))
				order by seq desc limit :limit
				""")
			.param("all", scope.all())
			.param("agencies", scope.idsForQuery())
			.param("limit", limit)
			.query(AuditLog::entry)
			.list();
	}

	/**
	 * A page of the entries in the scope (by the record's agency or the actor's), of a
	 * kind of record and a period of Beijing dates when given, by time in either
	 * direction.
	 */
	public org.shanzhi.shared.PageView<AuditEntryView> page(AgencyScope scope, String subjectType,
			java.time.LocalDate from, java.time.LocalDate to, boolean ascending, int page, int size) {
		String where = "(:all or agency_id in (:agencies) or actor_agency_id in (:agencies))"
				+ (subjectType == null ? "" : " and subject_type = :type")
				+ (from == null ? "" : " and occurred_at >= :from") + (to == null ? "" : " and occurred_at < :to");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("all", scope.all());
		params.put("agencies", scope.idsForQuery());
		if (subjectType != null) {
			params.put("type", subjectType);
		}
		if (from != null) {
			params.put("from", from.atStartOfDay(org.shanzhi.shared.PeopleTime.ZONE).toOffsetDateTime());
		}
		if (to != null) {
			params.put("to", to.plusDays(1).atStartOfDay(org.shanzhi.shared.PeopleTime.ZONE).toOffsetDateTime());
		}
		long total = jdbc.sql("select count(*) from audit.entry where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<AuditEntryView> items = jdbc
			.sql("select * from audit.entry where " + where + " order by seq" + (ascending ? " asc" : " desc")
					+ " limit :limit offset :offset")
			.params(params)
			.query(AuditLog::entry)
			.list();
		return new org.shanzhi.shared.PageView<>(items, page, size, total);
	}

	/** Walks the whole chain in order, recomputing every hash, in batches. */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		String previous = AuditChain.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		long after = 0;
		while (true) {
			List<Linked> batch = jdbc.sql("select * from audit.entry where seq > :after order by seq limit 5000")
				.param("after", after)
				.query((rs, n) -> new Linked(entry(rs, n), rs.getString("prev_hash")))
				.list();
			if (batch.isEmpty()) {
				return new AuditVerification(true, checked, null, null);
			}
			for (Linked link : batch) {
				AuditEntryView e = link.entry();
				if (e.seq() != expectedSeq) {
					return new AuditVerification(false, checked, expectedSeq, "missing");
				}
				if (!previous.equals(link.prevHash())) {
					return new AuditVerification(false, checked, e.seq(), "broken-link");
				}
				String recomputed = AuditChain.hash(previous, e.seq(), e.id(), e.occurredAt(), e.actor(),
						e.actorAgencyId(), e.subjectType(), e.subjectId(), e.agencyId(), e.action(), e.before(),
						e.after());
				if (!recomputed.equals(e.hash())) {
					return new AuditVerification(false, checked, e.seq(), "altered");
				}
				previous = e.hash();
				expectedSeq++;
				checked++;
				after = e.seq();
			}
		}
	}

	private record Linked(AuditEntryView entry, String prevHash) {
	}

	private static AuditEntryView entry(ResultSet rs, int n) throws SQLException {
		return new AuditEntryView(rs.getLong("seq"), rs.getObject("id", UUID.class),
				rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(ZONE).toOffsetDateTime(),
				rs.getString("actor"), rs.getObject("actor_agency_id", UUID.class), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getObject("agency_id", UUID.class), rs.getString("action"),
				rs.getString("before_state"), rs.getString("after_state"), rs.getString("hash"));
	}

}
