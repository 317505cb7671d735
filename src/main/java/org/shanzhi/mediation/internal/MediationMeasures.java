package org.shanzhi.mediation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AgencyMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mediation figure of the assessment (S2): of the cases that ended in the period
 * (agreed or terminated), the share agreed.
 */
@Component
class MediationMeasures implements AgencyMeasures {

	static final String SUCCESS = "MEDIATION_SUCCESS";

	private final JdbcClient jdbc;

	MediationMeasures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Measure> measures() {
		return List.of(new Measure(SUCCESS, Kind.RATE));
	}

	@Override
	public Map<UUID, Figure> compute(String code, LocalDate from, LocalDate to) {
		return AgencyMeasures.byAgency(jdbc
			.sql("""
					select agency_id, count(*) filter (where status = 'AGREED'), count(*)
					from mediation.mediation_case
					where status in ('AGREED', 'TERMINATED') and coalesce(closed_at, agreed_at) >= :from and coalesce(closed_at, agreed_at) < :to
					group by agency_id
					""")
			.param("from", AgencyMeasures.startOf(from))
			.param("to", AgencyMeasures.after(to)));
	}

	@Override
	public List<Line> lines(String code, UUID agencyId, LocalDate from, LocalDate to, int limit) {
		return jdbc
			.sql("""
					select id, number, status = 'AGREED', cast(coalesce(closed_at, agreed_at) at time zone 'Asia/Shanghai' as date)
					from mediation.mediation_case
					where agency_id = :agency and status in ('AGREED', 'TERMINATED')
					  and coalesce(closed_at, agreed_at) >= :from and coalesce(closed_at, agreed_at) < :to
					order by 3 desc, 4, 1 limit :limit
					""")
			.param("agency", agencyId)
			.param("from", AgencyMeasures.startOf(from))
			.param("to", AgencyMeasures.after(to))
			.param("limit", limit)
			.query((rs, n) -> new Line("MEDIATION_CASE", rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(4, LocalDate.class), rs.getBoolean(3), "/mediation/" + rs.getObject(1, UUID.class)))
			.list();
	}

}
