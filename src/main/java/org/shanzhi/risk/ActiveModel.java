package org.shanzhi.risk;

import java.util.EnumMap;
import java.util.Map;

import org.shanzhi.risk.Scorecard.Indicator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model scores are computed with (R6): the version reviewed and activated, or, before
 * any, the hand-set default with the grade thresholds of the configuration
 * ({@code shanzhi.risk.high-from}, {@code shanzhi.risk.medium-from}: probabilities of a
 * violation in the next period).
 */
@Component
class ActiveModel {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Scorecard fallback;

	ActiveModel(JdbcClient jdbc, @Value("${shanzhi.risk.high-from:0.35}") double highFrom,
			@Value("${shanzhi.risk.medium-from:0.12}") double mediumFrom) {
		if (!(0 < mediumFrom && mediumFrom < highFrom && highFrom < 1)) {
			throw new IllegalStateException("shanzhi.risk thresholds must satisfy 0 < medium-from < high-from < 1, are "
					+ mediumFrom + " and " + highFrom);
		}
		this.jdbc = jdbc;
		Scorecard d = Scorecard.DEFAULT;
		this.fallback = new Scorecard(d.version(), d.intercept(), d.weights(), d.halfLifeDays(), highFrom, mediumFrom);
	}

	/** The hand-set default with the configured thresholds. */
	Scorecard fallback() {
		return fallback;
	}

	Scorecard current() {
		return jdbc.sql("""
				select version, intercept, weights, half_lives, high_from, medium_from from risk.model_version
				where status = 'ACTIVE'
				""").query((rs, n) -> scorecard(rs)).optional().orElse(fallback);
	}

	static Scorecard scorecard(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Scorecard(rs.getString("version"), rs.getDouble("intercept"), doubles(rs.getString("weights")),
				ints(rs.getString("half_lives")), rs.getDouble("high_from"), rs.getDouble("medium_from"));
	}

	private static Map<Indicator, Double> doubles(String json) {
		Map<Indicator, Double> out = new EnumMap<>(Indicator.class);
		JSON.readValue(json, new TypeReference<Map<String, Double>>() {
		}).forEach((k, v) -> out.put(Indicator.valueOf(k), v));
		return out;
	}

	private static Map<Indicator, Integer> ints(String json) {
		Map<Indicator, Integer> out = new EnumMap<>(Indicator.class);
		JSON.readValue(json, new TypeReference<Map<String, Integer>>() {
		}).forEach((k, v) -> out.put(Indicator.valueOf(k), v));
		return out;
	}

	static String json(Map<Indicator, ? extends Number> values) {
		Map<String, Number> out = new java.util.LinkedHashMap<>();
		values.forEach((k, v) -> out.put(k.name(), v));
		return JSON.writeValueAsString(out);
	}

}
