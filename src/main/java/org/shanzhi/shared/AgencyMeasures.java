package org.shanzhi.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Figures a module gives about each agency's work over a period, for the assessment (S2):
 * a numerator over a denominator (a rate) or a count, computed from the module's own
 * records only, and the records behind one agency's figure for the drill-down. The same
 * records always give the same figures.
 */
public interface AgencyMeasures {

	/**
	 * A measure: its code (unique across the platform) and whether it is a rate or a
	 * count.
	 */
	record Measure(String code, Kind kind) {
	}

	/** A rate (numerator over denominator) or a count (numerator only). */
	enum Kind {

		RATE, COUNT

	}

	/** One agency's figure over the period. */
	record Figure(long numerator, long denominator) {

		public static final Figure NONE = new Figure(0, 0);

	}

	/**
	 * A record behind a figure: what it is, where to open it, and whether it counts in
	 * the numerator (otherwise only in the denominator).
	 */
	record Line(String type, UUID id, String label, LocalDate on, boolean counted, String link) {
	}

	/**
	 * Each agency's figure from a statement whose rows are (agency, numerator,
	 * denominator), one row per agency.
	 */
	static Map<UUID, Figure> byAgency(org.springframework.jdbc.core.simple.JdbcClient.StatementSpec statement) {
		Map<UUID, Figure> out = new java.util.HashMap<>();
		statement.query((rs, n) -> out.put(rs.getObject(1, UUID.class), new Figure(rs.getLong(2), rs.getLong(3))))
			.list();
		return out;
	}

	/** The first instant of a day in Asia/Shanghai: where a period of days starts. */
	static java.time.OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(org.shanzhi.shared.PeopleTime.ZONE).toOffsetDateTime();
	}

	/** The first instant after a day in Asia/Shanghai: where a period of days ends. */
	static java.time.OffsetDateTime after(LocalDate day) {
		return startOf(day.plusDays(1));
	}

	List<Measure> measures();

	/** Every agency's figure (agencies without any record are absent). */
	Map<UUID, Figure> compute(String code, LocalDate from, LocalDate to);

	/**
	 * The records behind one agency's figure, at most {@code limit}, counted ones first.
	 */
	List<Line> lines(String code, UUID agencyId, LocalDate from, LocalDate to, int limit);

}
