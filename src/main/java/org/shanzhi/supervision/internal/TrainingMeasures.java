package org.shanzhi.supervision.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.AgencyMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The training figure of the assessment (S1, S2): of the agency's officers (enabled
 * accounts with the officer role), the share who passed an exam in the period.
 */
@Component
class TrainingMeasures implements AgencyMeasures {

	static final String COMPLETION = "TRAINING_COMPLETION";

	private final JdbcClient jdbc;

	private final Accounts accounts;

	TrainingMeasures(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public List<Measure> measures() {
		return List.of(new Measure(COMPLETION, Kind.RATE));
	}

	private Map<UUID, List<org.shanzhi.security.AccountView>> officers() {
		return Actors.runAs(Actor.SYSTEM, accounts::officersByAgency);
	}

	private java.util.Set<UUID> passed(LocalDate from, LocalDate to) {
		return new java.util.HashSet<>(jdbc.sql("""
				select distinct account_id from supervision.exam_paper
				where passed and submitted_at >= :from and submitted_at < :to
				""")
			.param("from", AgencyMeasures.startOf(from))
			.param("to", AgencyMeasures.after(to))
			.query(UUID.class)
			.list());
	}

	@Override
	public Map<UUID, Figure> compute(String code, LocalDate from, LocalDate to) {
		java.util.Set<UUID> passed = passed(from, to);
		Map<UUID, Figure> out = new HashMap<>();
		officers().forEach((agency, list) -> out.put(agency,
				new Figure(list.stream().filter(a -> passed.contains(a.id())).count(), list.size())));
		return out;
	}

	@Override
	public List<Line> lines(String code, UUID agencyId, LocalDate from, LocalDate to, int limit) {
		java.util.Set<UUID> passed = passed(from, to);
		return officers().getOrDefault(agencyId, List.of())
			.stream()
			.map(a -> new Line("OFFICER", a.id(), a.displayName(), null, passed.contains(a.id()), null))
			.sorted(java.util.Comparator.comparing((Line l) -> !l.counted()).thenComparing(Line::label))
			.limit(limit)
			.toList();
	}

}
