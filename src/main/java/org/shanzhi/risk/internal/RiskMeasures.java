package org.shanzhi.risk.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AgencyMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The risk figure of the assessment (S2): of the early warnings opened in the period and
 * settled, the share handled before they expired.
 */
@Component
class RiskMeasures implements AgencyMeasures {

	static final String IN_TIME = "WARNINGS_HANDLED_IN_TIME";

	/** A warning's reason in words, as the drill-down shows it. */
	static final java.util.Map<String, String> REASONS = java.util.Map.of("GRADE_HIGH", "风险等级升为高风险",
			"RECTIFICATION_NOT_MADE", "未按期整改");

	private final JdbcClient jdbc;

	RiskMeasures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Measure> measures() {
		return List.of(new Measure(IN_TIME, Kind.RATE));
	}

	@Override
	public Map<UUID, Figure> compute(String code, LocalDate from, LocalDate to) {
		return AgencyMeasures.byAgency(jdbc.sql("""
				select agency_id, count(*) filter (where status = 'HANDLED'), count(*) from risk.warning
				where opened_at >= :from and opened_at < :to and status in ('HANDLED', 'EXPIRED') group by agency_id
				""").param("from", AgencyMeasures.startOf(from)).param("to", AgencyMeasures.after(to)));
	}

	@Override
	public List<Line> lines(String code, UUID agencyId, LocalDate from, LocalDate to, int limit) {
		return jdbc
			.sql("""
					select id, party_id, reason, cast(opened_at at time zone 'Asia/Shanghai' as date), status = 'HANDLED'
					from risk.warning
					where agency_id = :agency and opened_at >= :from and opened_at < :to and status in ('HANDLED', 'EXPIRED')
					order by 5 desc, opened_at, id limit :limit
					""")
			.param("agency", agencyId)
			.param("from", AgencyMeasures.startOf(from))
			.param("to", AgencyMeasures.after(to))
			.param("limit", limit)
			.query((rs, n) -> new Line("RISK_WARNING", rs.getObject(1, UUID.class),
					REASONS.getOrDefault(rs.getString(3), rs.getString(3)), rs.getObject(4, LocalDate.class),
					rs.getBoolean(5), "/parties/" + rs.getObject(2, UUID.class)))
			.list();
	}

}
