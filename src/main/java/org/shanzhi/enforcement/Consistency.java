package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consistency of enforcement (C2): per violation type, agency and officer, how decisions
 * were treated and what fines were imposed, with the decisions outside the discretion
 * benchmark or departing from the leniency proposal without an approved reason flagged.
 * Supervisors see every agency; an agency's head and legal reviewer see their own.
 */
@Service
public class Consistency {

	static final Role[] READERS = { Role.SUPERVISOR, Role.ADMIN, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER };

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Agencies agencies;

	private final Accounts accounts;

	Consistency(JdbcClient jdbc, Actors actors, Agencies agencies, Accounts accounts) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.agencies = agencies;
		this.accounts = accounts;
	}

	/**
	 * One line of the table: decisions of one officer of one agency on one violation
	 * type.
	 */
	public record Row(String violationCode, UUID agencyId, String agencyName, UUID officerId, String officerName,
			long decisions, long noPenalty, long lighter, long mitigated, long standard, long notEstablished,
			BigDecimal minAmount, BigDecimal avgAmount, BigDecimal maxAmount, long outsideBenchmark, long departures,
			long unapprovedDepartures) {
	}

	/** A decision a supervisor should look at, and why. */
	public record Flagged(UUID caseId, String number, String violationCode, UUID agencyId, String agencyName,
			String officerName, String treatment, BigDecimal amount, String proposed, boolean outsideBenchmark,
			boolean unapprovedDeparture, LocalDate decidedOn) {
	}

	@Transactional(readOnly = true)
	public List<Row> rows(String violationCode) {
		actors.require(READERS);
		AgencyScope scope = actors.scope();
		List<Object[]> raw = jdbc.sql("""
				select violation_code, agency_id, decided_by, count(*),
				  count(*) filter (where treatment = 'NO_PENALTY'), count(*) filter (where treatment = 'LIGHTER'),
				  count(*) filter (where treatment = 'MITIGATED'), count(*) filter (where treatment = 'STANDARD'),
				  count(*) filter (where treatment = 'NOT_ESTABLISHED'),
				  min(amount), round(avg(amount), 2), max(amount),
				  count(*) filter (where outside_benchmark), count(*) filter (where departed),
				  count(*) filter (where departed and review <> 'APPROVED')
				from enforcement.enforcement_case
				where status in ('DECIDED', 'DELIVERED', 'ENFORCEMENT_APPLIED', 'CLOSED', 'AWAITING_REVIEW')
				  and (:all or agency_id in (:agencies))
				  and (cast(:code as varchar) is null or violation_code = :code)
				group by violation_code, agency_id, decided_by
				order by violation_code, agency_id, count(*) desc
				limit 2000
				""")
			.param("all", scope.all())
			.param("agencies", scope.idsForQuery())
			.param("code", blankToNull(violationCode))
			.query((rs,
					n) -> new Object[] { rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
							rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
							rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getLong(13),
							rs.getLong(14), rs.getLong(15) })
			.list();
		Map<UUID, String> names = officerNames(raw, 2);
		Map<UUID, String> agencyNames = agencyNames();
		return raw.stream()
			.map(r -> new Row((String) r[0], (UUID) r[1], agencyNames.getOrDefault((UUID) r[1], "?"), (UUID) r[2],
					names.getOrDefault((UUID) r[2], "?"), (long) r[3], (long) r[4], (long) r[5], (long) r[6],
					(long) r[7], (long) r[8], (BigDecimal) r[9], (BigDecimal) r[10], (BigDecimal) r[11], (long) r[12],
					(long) r[13], (long) r[14]))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Flagged> flagged(String violationCode, int limit) {
		actors.require(READERS);
		AgencyScope scope = actors.scope();
		List<Object[]> raw = jdbc.sql("""
				select id, number, violation_code, agency_id, decided_by, treatment, amount, proposed_treatment,
				  outside_benchmark, departed and review <> 'APPROVED', decided_at
				from enforcement.enforcement_case
				where status in ('DECIDED', 'DELIVERED', 'ENFORCEMENT_APPLIED', 'CLOSED', 'AWAITING_REVIEW')
				  and (outside_benchmark or (departed and review <> 'APPROVED'))
				  and (:all or agency_id in (:agencies))
				  and (cast(:code as varchar) is null or violation_code = :code)
				order by decided_at desc limit :limit
				""")
			.param("all", scope.all())
			.param("agencies", scope.idsForQuery())
			.param("code", blankToNull(violationCode))
			.param("limit", Math.min(Math.max(limit, 1), 500))
			.query((rs,
					n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
							rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6),
							rs.getBigDecimal(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10),
							rs.getObject(11, java.time.OffsetDateTime.class) })
			.list();
		Map<UUID, String> names = officerNames(raw, 4);
		Map<UUID, String> agencyNames = agencyNames();
		return raw.stream()
			.map(r -> new Flagged((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3],
					agencyNames.getOrDefault((UUID) r[3], "?"), names.getOrDefault((UUID) r[4], "?"), (String) r[5],
					(BigDecimal) r[6], (String) r[7], (boolean) r[8], (boolean) r[9],
					((java.time.OffsetDateTime) r[10]).atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE)
						.toLocalDate()))
			.toList();
	}

	private Map<UUID, String> officerNames(List<Object[]> raw, int column) {
		Set<UUID> officers = new HashSet<>();
		raw.forEach(r -> officers.add((UUID) r[column]));
		return accounts.displayNames(officers);
	}

	private Map<UUID, String> agencyNames() {
		Map<UUID, String> m = new java.util.HashMap<>();
		for (AgencyView a : agencies.all()) {
			m.put(a.id(), a.name());
		}
		return m;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
