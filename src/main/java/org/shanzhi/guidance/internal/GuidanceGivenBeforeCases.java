package org.shanzhi.guidance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shanzhi.enforcement.GuidanceGiven;
import org.shanzhi.enforcement.ProcedureRecords.PriorGuidance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guidance acts given to a party before its case, read from this module's own table.
 */
@Component
class GuidanceGivenBeforeCases implements GuidanceGiven {

	private final JdbcClient jdbc;

	GuidanceGivenBeforeCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PriorGuidance> before(UUID agencyId, UUID partyId, LocalDate until) {
		return jdbc.sql("""
				select id, document_number, form, issued_on from guidance.guidance_act
				 where agency_id = :agency and party_id = :party and issued_on <= :until
				 order by issued_on desc, id limit 20
				""")
			.param("agency", agencyId)
			.param("party", partyId)
			.param("until", until)
			.query((rs, n) -> new PriorGuidance(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

}
