package org.shanzhi.guidance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.enforcement.EnforcementFigures;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.AgencyMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The guidance figures of the assessment (S2): the share of decided cases that guidance
 * came before (the case was escalated from guidance, or an act of guidance about it was
 * issued on or before the decision); the share of follow-up visits due in the period that
 * were made; the share of rectifications with their deadline in the period that were
 * corrected (of those whose outcome was recorded); and the number of conduct complaints.
 */
@Component
class GuidanceMeasures implements AgencyMeasures {

	static final String GUIDED_FIRST = "GUIDANCE_BEFORE_PENALTY";

	static final String FOLLOW_UPS = "FOLLOW_UP_COMPLETION";

	static final String RECTIFIED = "RECTIFICATION_RATE";

	static final String COMPLAINTS = "CONDUCT_COMPLAINTS";

	private final JdbcClient jdbc;

	private final EnforcementFigures enforcement;

	GuidanceMeasures(JdbcClient jdbc, EnforcementFigures enforcement) {
		this.jdbc = jdbc;
		this.enforcement = enforcement;
	}

	@Override
	public List<Measure> measures() {
		return List.of(new Measure(GUIDED_FIRST, Kind.RATE), new Measure(FOLLOW_UPS, Kind.RATE),
				new Measure(RECTIFIED, Kind.RATE), new Measure(COMPLAINTS, Kind.COUNT));
	}

	@Override
	public Map<UUID, Figure> compute(String code, LocalDate from, LocalDate to) {
		return switch (code) {
			case GUIDED_FIRST -> Actors.runAs(Actor.SYSTEM, () -> enforcement.guidedFirst(from, to));
			case FOLLOW_UPS -> AgencyMeasures.byAgency(jdbc.sql("""
					select agency_id, count(*) filter (where status = 'DONE'), count(*) from guidance.follow_up
					where due_on between :from and :to group by agency_id
					""").param("from", from).param("to", to));
			case RECTIFIED -> AgencyMeasures.byAgency(jdbc.sql("""
					select agency_id, count(*) filter (where rect_corrected), count(*) from guidance.guidance_act
					where rect_deadline between :from and :to and rect_corrected is not null group by agency_id
					""").param("from", from).param("to", to));
			case COMPLAINTS -> AgencyMeasures.byAgency(jdbc.sql("""
					select agency_id, count(*), 0 from guidance.conduct_complaint
					where created_at >= :from and created_at < :to group by agency_id
					""").param("from", AgencyMeasures.startOf(from)).param("to", AgencyMeasures.after(to)));
			default -> throw new IllegalArgumentException(code);
		};
	}

	@Override
	public List<Line> lines(String code, UUID agencyId, LocalDate from, LocalDate to, int limit) {
		return switch (code) {
			case GUIDED_FIRST -> {
				List<Line> counted = new ArrayList<>();
				List<Line> not = new ArrayList<>();
				Actors.runAs(Actor.SYSTEM, () -> {
					enforcement.forEachDecided(from, to, agencyId, c -> {
						boolean yes = c.guidedFirst();
						Line line = new Line("ENFORCEMENT_CASE", c.id(), c.number(), c.decidedOn(), yes,
								"/cases/" + c.id());
						(yes ? counted : not).add(line);
					});
					return null;
				});
				List<Line> all = new ArrayList<>(counted);
				all.addAll(not);
				yield all.subList(0, Math.min(limit, all.size()));
			}
			case FOLLOW_UPS -> jdbc.sql("""
					select id, party_name, due_on, status = 'DONE' from guidance.follow_up
					where agency_id = :agency and due_on between :from and :to
					order by 4 desc, 3, 1 limit :limit
					""")
				.param("agency", agencyId)
				.param("from", from)
				.param("to", to)
				.param("limit", limit)
				.query((rs, n) -> new Line("FOLLOW_UP", rs.getObject(1, UUID.class), rs.getString(2),
						rs.getObject(3, LocalDate.class), rs.getBoolean(4),
						"/guidance/follow-ups/" + rs.getObject(1, UUID.class)))
				.list();
			case RECTIFIED -> jdbc.sql("""
					select id, party_name || '：' || subject, rect_deadline, rect_corrected from guidance.guidance_act
					where agency_id = :agency and rect_deadline between :from and :to and rect_corrected is not null
					order by 4 desc, 3, 1 limit :limit
					""")
				.param("agency", agencyId)
				.param("from", from)
				.param("to", to)
				.param("limit", limit)
				.query((rs, n) -> new Line("GUIDANCE_ACT", rs.getObject(1, UUID.class), rs.getString(2),
						rs.getObject(3, LocalDate.class), rs.getBoolean(4), "/guidance/" + rs.getObject(1, UUID.class)))
				.list();
			case COMPLAINTS -> jdbc
				.sql("""
						select id, party_name, cast(created_at at time zone 'Asia/Shanghai' as date) from guidance.conduct_complaint
						where agency_id = :agency and created_at >= :from and created_at < :to
						order by created_at, id limit :limit
						""")
				.param("agency", agencyId)
				.param("from", AgencyMeasures.startOf(from))
				.param("to", AgencyMeasures.after(to))
				.param("limit", limit)
				.query((rs, n) -> new Line("CONDUCT_COMPLAINT", rs.getObject(1, UUID.class), rs.getString(2),
						rs.getObject(3, LocalDate.class), true, "/guidance/complaints"))
				.list();
			default -> throw new IllegalArgumentException(code);
		};
	}

}
