package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What enforcement has on record about a party, for the modules that judge a party by its
 * history (leniency, risk, guidance). No actor check: callers apply their own.
 */
@Service
public class EnforcementRecords {

	private final JdbcClient jdbc;

	EnforcementRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Established violations of a party that occurred on or after {@code from} and before
	 * {@code before}, newest first, at most {@code limit}; of one violation code, or of
	 * any when {@code violationCode} is {@code null}; the case {@code excluding} left
	 * out.
	 */
	@Transactional(readOnly = true)
	public List<PriorViolation> establishedViolations(UUID partyId, String violationCode, LocalDate from,
			LocalDate before, UUID excluding, int limit) {
		// two statements rather than "(:code is null or ...)" so that each uses its own
		// index
		String sql = """
				select id, agency_id, violation_code, occurred_on, treatment from enforcement.enforcement_case
				where party_id = :party and status in ('DECIDED', 'DELIVERED', 'ENFORCEMENT_APPLIED', 'CLOSED')
				  and treatment <> 'NOT_ESTABLISHED'
				  %s and occurred_on >= :from and occurred_on < :before
				order by occurred_on desc limit :limit
				""".formatted(violationCode == null ? "" : "and violation_code = :code");
		return jdbc.sql(sql)
			.param("party", partyId)
			.params(violationCode == null ? java.util.Map.<String, Object>of()
					: java.util.Map.<String, Object>of("code", violationCode))
			.param("from", from)
			.param("before", before)
			.param("limit", excluding == null ? limit : limit + 1)
			.query((rs, n) -> new PriorViolation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getObject(4, LocalDate.class), Treatment.valueOf(rs.getString(5))))
			.list()
			.stream()
			.filter(p -> !p.caseId().equals(excluding))
			.limit(limit)
			.toList();
	}

	/** The date of the party's most recent inspection by any agency. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> lastInspection(UUID partyId) {
		return jdbc.sql("select max(inspected_on) from enforcement.inspection where party_id = :party")
			.param("party", partyId)
			.query(LocalDate.class)
			.optional();
	}

}
