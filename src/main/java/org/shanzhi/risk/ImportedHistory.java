package org.shanzhi.risk;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.shanzhi.risk.Scorecard.Indicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An imported legacy history as the source of a backtest or a fit: each party's
 * indicators aggregated in SQL from its rows up to the day, with the same decay and the
 * same units as the platform's own records (a violation found, penalties, complaints,
 * declined guidance, rectifications not made, failed follow-ups, each decayed by the
 * inspection's age; the mean satisfaction; the last inspection; the category's HIGH risk
 * points last reported). Only the parties the history knew by the day are ranked: one
 * first seen later would otherwise look never inspected and leak the future into the fit.
 */
final class ImportedHistory implements History {

	private final JdbcClient jdbc;

	private final RiskHistories.HistoryView view;

	ImportedHistory(JdbcClient jdbc, RiskHistories.HistoryView view) {
		this.jdbc = jdbc;
		this.view = view;
	}

	@Override
	public String source() {
		return "IMPORT";
	}

	@Override
	public UUID id() {
		return view.id();
	}

	@Override
	public LocalDate[] span() {
		return new LocalDate[] { view.firstDate(), view.lastDate() };
	}

	@Override
	public void features(LocalDate asOf, Scorecard model, BiConsumer<Object, Map<Indicator, Double>> sink) {
		jdbc.sql(
				"""
						select party_key,
						  coalesce(sum(power(0.5, (cast(:asOf as date) - inspected_on) / cast(:hv as float8)))
						    filter (where violation and within), 0) as violations,
						  coalesce(sum(penalties * power(0.5, (cast(:asOf as date) - inspected_on) / cast(:hp as float8)))
						    filter (where within), 0) as penalties,
						  coalesce(sum(complaints * power(0.5, (cast(:asOf as date) - inspected_on) / cast(:hc as float8)))
						    filter (where within), 0) as complaints,
						  coalesce(sum(guidance_declined * power(0.5, (cast(:asOf as date) - inspected_on) / cast(:hg as float8)))
						    filter (where within), 0) as declined,
						  coalesce(sum(not_corrected * power(0.5, (cast(:asOf as date) - inspected_on) / cast(:hn as float8)))
						    filter (where within), 0) as not_corrected,
						  coalesce(sum(follow_up_failed * power(0.5, (cast(:asOf as date) - inspected_on) / cast(:hf as float8)))
						    filter (where within), 0) as follow_up_failed,
						  avg(satisfaction) filter (where within) as satisfaction,
						  (array_agg(category_high_risk_points order by inspected_on desc)
						    filter (where category_high_risk_points is not null and inspected_on <= cast(:asOf as date)))[1] as points,
						  max(inspected_on) filter (where inspected_on <= cast(:asOf as date)) as last_inspected
						from (select *, inspected_on <= cast(:asOf as date) and inspected_on > cast(:horizon as date) as within
						      from risk.history_row where import_id = :id) r
						group by party_key
						having min(inspected_on) <= cast(:asOf as date)
						""")
			.param("id", view.id())
			.param("asOf", asOf)
			.param("horizon", asOf.minusDays(Indicators.HORIZON_DAYS))
			.param("hv", model.halfLife(Indicator.VIOLATIONS))
			.param("hp", model.halfLife(Indicator.PENALTIES))
			.param("hc", model.halfLife(Indicator.COMPLAINTS))
			.param("hg", model.halfLife(Indicator.GUIDANCE_DECLINED))
			.param("hn", model.halfLife(Indicator.NOT_CORRECTED))
			.param("hf", model.halfLife(Indicator.FOLLOW_UP_FAILED))
			.query(rs -> {
				double satisfaction = rs.getDouble("satisfaction");
				Double mean = rs.wasNull() ? null : satisfaction;
				double points = rs.getDouble("points");
				sink.accept(rs.getString("party_key"),
						Indicators.fromAggregates(asOf, rs.getDouble("violations"), rs.getDouble("penalties"),
								rs.getDouble("complaints"), rs.getDouble("declined"), rs.getDouble("not_corrected"),
								rs.getDouble("follow_up_failed"), mean, rs.getObject("last_inspected", LocalDate.class),
								points));
			});
	}

	@Override
	public Map<Object, LocalDate[]> outcomes(LocalDate after, LocalDate until) {
		Map<Object, LocalDate[]> out = new HashMap<>();
		jdbc.sql("""
				select party_key, min(inspected_on) as detected,
				  (array_agg(occurred_on order by inspected_on))[1] as occurred
				from risk.history_row
				where import_id = :id and violation and inspected_on > :after and inspected_on <= :until
				group by party_key
				""").param("id", view.id()).param("after", after).param("until", until).query(rs -> {
			out.put(rs.getString("party_key"), new LocalDate[] { rs.getObject("occurred", LocalDate.class),
					rs.getObject("detected", LocalDate.class) });
		});
		return out;
	}

}
