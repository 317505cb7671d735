package org.shanzhi.risk.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.shanzhi.joint.JointTargeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The risk-ranked draw of a joint action's targets (J1, R6): the parties' kept scores,
 * highest first (ties by party, so the same data always gives the same draw).
 */
@Component
class JointRiskRanking implements JointTargeting.RiskRanking {

	private final JdbcClient jdbc;

	JointRiskRanking(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<JointTargeting.Ranked> highest(Collection<UUID> parties, int limit) {
		if (parties.isEmpty() || limit <= 0) {
			return List.of();
		}
		return jdbc.sql("""
				select party_id, score, grade from risk.party_score
				where party_id = any(cast(string_to_array(:parties, ',') as uuid[]))
				order by score desc, party_id limit :limit
				""")
			.param("parties", String.join(",", parties.stream().map(UUID::toString).toList()))
			.param("limit", limit)
			.query((rs, n) -> new JointTargeting.Ranked(rs.getObject(1, UUID.class), rs.getDouble(2), rs.getString(3)))
			.list();
	}

}
