package org.shanzhi.enforcement.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.shanzhi.joint.JointTargeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inspections that make a joint action's target a conflict (J1): any agency's
 * inspection of the party in the period.
 */
@Component
class JointVisitHistory implements JointTargeting.VisitHistory {

	private final JdbcClient jdbc;

	JointVisitHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<JointTargeting.Visit> visits(Collection<UUID> parties, LocalDate from, LocalDate to) {
		if (parties.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					select party_id, agency_id, inspected_on from enforcement.inspection
					where party_id = any(cast(string_to_array(:parties, ',') as uuid[])) and inspected_on between :from and :to
					order by inspected_on
					""")
			.param("parties", String.join(",", parties.stream().map(UUID::toString).toList()))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new JointTargeting.Visit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

}
