package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of an agency's enforcement over a period, for the reports of other modules (the
 * risk evaluation report, R5). A violation is a case of the agency whose violation
 * occurred in the period, unless it was found not established.
 */
@Service
public class EnforcementFigures {

	private final JdbcClient jdbc;

	private final Actors actors;

	EnforcementFigures(JdbcClient jdbc, Actors actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	/** The violations of the given types (all the agency's when empty) in [from, to]. */
	@Transactional(readOnly = true)
	public long violations(UUID agencyId, Collection<String> codes, LocalDate from, LocalDate to) {
		require();
		return jdbc.sql("""
				select count(*) from enforcement.enforcement_case
				where agency_id = :agency and (cast(:all as boolean) or violation_code = any(:codes))
				  and occurred_on between :from and :to and coalesce(treatment, '') <> 'NOT_ESTABLISHED'
				""")
			.param("agency", agencyId)
			.param("all", codes.isEmpty())
			.param("codes", codes.toArray(String[]::new))
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	/**
	 * How many of {@code parties} committed a violation of the given types (all when
	 * empty) in [from, to].
	 */
	@Transactional(readOnly = true)
	public long partiesWithViolations(UUID agencyId, Collection<String> codes, LocalDate from, LocalDate to,
			Collection<UUID> parties) {
		require();
		if (parties.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				select count(distinct party_id) from enforcement.enforcement_case
				where agency_id = :agency and (cast(:all as boolean) or violation_code = any(:codes))
				  and occurred_on between :from and :to and coalesce(treatment, '') <> 'NOT_ESTABLISHED'
				  and party_id = any(:parties)
				""")
			.param("agency", agencyId)
			.param("all", codes.isEmpty())
			.param("codes", codes.toArray(String[]::new))
			.param("from", from)
			.param("to", to)
			.param("parties", parties.toArray(UUID[]::new))
			.query(Long.class)
			.single();
	}

	private void require() {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN);
	}

}
