package org.shanzhi.portal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AgencyMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The satisfaction figures of the assessment (S2, S5): the stars the applicants gave the
 * services completed, as a share of the most they could give (five a rating); and the
 * stars the parties gave in the agency's satisfaction surveys, likewise.
 */
@Component
class PortalMeasures implements AgencyMeasures {

	static final String SATISFACTION = "SERVICE_SATISFACTION";

	static final String SURVEYS = "SURVEY_SATISFACTION";

	private final JdbcClient jdbc;

	PortalMeasures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Measure> measures() {
		return List.of(new Measure(SATISFACTION, Kind.RATE), new Measure(SURVEYS, Kind.RATE));
	}

	@Override
	public Map<UUID, Figure> compute(String code, LocalDate from, LocalDate to) {
		return AgencyMeasures.byAgency(jdbc.sql(SURVEYS.equals(code) ? """
				select agency_id, sum(stars), sum(stars_max) from portal.survey_response
				where created_at >= :from and created_at < :to group by agency_id
				""" : """
				select agency_id, sum(stars), 5 * count(*) from portal.rating
				where created_at >= :from and created_at < :to group by agency_id
				""").param("from", AgencyMeasures.startOf(from)).param("to", AgencyMeasures.after(to)));
	}

	@Override
	public List<Line> lines(String code, UUID agencyId, LocalDate from, LocalDate to, int limit) {
		if (SURVEYS.equals(code)) {
			return jdbc.sql("""
					select s.id, s.title || ' · ' || r.stars || '/' || r.stars_max || '★',
					       cast(r.created_at at time zone 'Asia/Shanghai' as date), 5 * r.stars >= 4 * r.stars_max
					from portal.survey_response r join portal.survey s on s.id = r.survey_id
					where r.agency_id = :agency and r.created_at >= :from and r.created_at < :to
					order by r.created_at, r.survey_id, r.party_id limit :limit
					""")
				.param("agency", agencyId)
				.param("from", AgencyMeasures.startOf(from))
				.param("to", AgencyMeasures.after(to))
				.param("limit", limit)
				.query((rs, n) -> new Line("SURVEY_RESPONSE", rs.getObject(1, UUID.class), rs.getString(2),
						rs.getObject(3, LocalDate.class), rs.getBoolean(4),
						"/satisfaction/surveys/" + rs.getObject(1, UUID.class)))
				.list();
		}
		return jdbc
			.sql("""
					select r.application_id, a.tracking_number || ' · ' || r.stars || '★', cast(r.created_at at time zone 'Asia/Shanghai' as date),
					       r.stars >= 4
					from portal.rating r join portal.application a on a.id = r.application_id
					where r.agency_id = :agency and r.created_at >= :from and r.created_at < :to
					order by r.created_at, r.application_id limit :limit
					""")
			.param("agency", agencyId)
			.param("from", AgencyMeasures.startOf(from))
			.param("to", AgencyMeasures.after(to))
			.param("limit", limit)
			.query((rs, n) -> new Line("PORTAL_APPLICATION", rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getBoolean(4),
					"/hall/applications/" + rs.getObject(1, UUID.class)))
			.list();
	}

}
