package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.shanzhi.security.Actors;
import org.shanzhi.shared.AgencyMeasures;
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

	/**
	 * A case decided in a period, for the assessment's figures (S2): guided first when it
	 * was escalated from guidance or its first act of guidance came on or before the
	 * decision day.
	 */
	public record DecidedCase(UUID id, UUID agencyId, String number, String origin, LocalDate decidedOn,
			LocalDate firstGuidedOn) {

		public boolean guidedFirst() {
			return CaseOrigin.GUIDANCE.name().equals(origin)
					|| (firstGuidedOn != null && !firstGuidedOn.isAfter(decidedOn));
		}

	}

	/**
	 * Every case decided in [from, to] (Asia/Shanghai days), streamed in a stable order:
	 * the denominator of "guidance before penalty" (S2).
	 */
	@Transactional(readOnly = true)
	public void forEachDecided(LocalDate from, LocalDate to, UUID agencyId,
			java.util.function.Consumer<DecidedCase> sink) {
		require();
		jdbc.sql(
				"""
						select id, agency_id, number, origin, cast(decided_at at time zone 'Asia/Shanghai' as date), first_guided_on
						from enforcement.enforcement_case
						where decided_at >= :from and decided_at < :to and (cast(:agency as uuid) is null or agency_id = :agency)
						order by decided_at, id
						""")
			.param("from", AgencyMeasures.startOf(from))
			.param("to", AgencyMeasures.after(to))
			.param("agency", agencyId)
			.withFetchSize(20_000)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink
				.accept(new DecidedCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class))));
	}

	/**
	 * Per agency, of the cases decided in [from, to]: how many were guided first
	 * ({@link DecidedCase#guidedFirst()}, the day of the first guidance being kept on the
	 * case from {@link CaseGuided}) and how many there were.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, AgencyMeasures.Figure> guidedFirst(LocalDate from, LocalDate to) {
		require();
		return AgencyMeasures.byAgency(jdbc.sql("""
				select agency_id,
				       count(*) filter (where origin = 'GUIDANCE'
				                        or first_guided_on <= cast(decided_at at time zone 'Asia/Shanghai' as date)),
				       count(*)
				from enforcement.enforcement_case
				where decided_at >= :from and decided_at < :to
				group by agency_id
				""").param("from", AgencyMeasures.startOf(from)).param("to", AgencyMeasures.after(to)));
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

	/**
	 * A party's enforcement record for its risk score (R6): its cases (violation found or
	 * not, treatment, how the case began) and its inspections, newest first.
	 */
	@Transactional(readOnly = true)
	public PartyRecord partyRecord(UUID partyId) {
		require();
		java.util.List<CaseLine> cases = jdbc.sql("""
				select c.id, c.number, c.agency_id, c.violation_code, c.occurred_on, c.status, c.treatment, c.origin,
				       t.title
				from enforcement.enforcement_case c
				left join enforcement.violation_type t on t.id = c.violation_type_id
				where c.party_id = :party order by c.occurred_on desc limit 500
				""")
			.param("party", partyId)
			.query((rs, n) -> new CaseLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9)))
			.list();
		java.util.List<InspectionLine> inspections = jdbc.sql("""
				select id, agency_id, inspected_on, violation_found from enforcement.inspection
				where party_id = :party order by inspected_on desc limit 100
				""")
			.param("party", partyId)
			.query((rs, n) -> new InspectionLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, LocalDate.class), rs.getBoolean(4)))
			.list();
		return new PartyRecord(cases, inspections);
	}

	/**
	 * Every party's enforcement indicators at once, for a full rescoring (R6): per party,
	 * the decayed sums of its violations, penalties and complaint-born cases since
	 * {@code horizon}, each record counting 0.5^(age / half-life); streamed, not loaded.
	 */
	@Transactional(readOnly = true)
	public void forEachPartyAggregate(LocalDate today, LocalDate horizon, int violationsHalfLife, int penaltiesHalfLife,
			int complaintsHalfLife, java.util.function.BiConsumer<UUID, double[]> sink) {
		require();
		jdbc.sql(
				"""
						select party_id,
						  sum(case when coalesce(treatment, '') <> 'NOT_ESTABLISHED'
						      then power(0.5, greatest(:today - occurred_on, 0)::float8 / :hv) else 0 end),
						  sum(case when treatment in ('STANDARD', 'LIGHTER', 'MITIGATED')
						      then power(0.5, greatest(:today - occurred_on, 0)::float8 / :hp) else 0 end),
						  sum(case when origin = 'COMPLAINT'
						      then power(0.5, greatest(:today - occurred_on, 0)::float8 / :hc) else 0 end)
						from enforcement.enforcement_case where occurred_on >= :horizon and occurred_on <= :today group by party_id
						""")
			.param("today", today)
			.param("horizon", horizon)
			.param("hv", violationsHalfLife)
			.param("hp", penaltiesHalfLife)
			.param("hc", complaintsHalfLife)
			.query((java.sql.ResultSet rs) -> {
				sink.accept(rs.getObject(1, UUID.class),
						new double[] { rs.getDouble(2), rs.getDouble(3), rs.getDouble(4) });
			});
	}

	/** Every inspected party's last inspection, streamed. */
	@Transactional(readOnly = true)
	public void forEachLastInspection(java.util.function.BiConsumer<UUID, LocalDate> sink) {
		require();
		forEachLastInspection(LocalDate.of(9999, 12, 31), sink);
	}

	/** Every inspected party's last inspection on or before {@code asOf}, streamed. */
	@Transactional(readOnly = true)
	public void forEachLastInspection(LocalDate asOf, java.util.function.BiConsumer<UUID, LocalDate> sink) {
		require();
		jdbc.sql("select party_id, max(inspected_on) from enforcement.inspection where inspected_on <= :asOf"
				+ " group by party_id")
			.param("asOf", asOf)
			.query((java.sql.ResultSet rs) -> {
				sink.accept(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
			});
	}

	/**
	 * For a backtest (R6): every party's first violation (not found unestablished) that
	 * occurred after {@code after} and up to {@code until}, and the day its case was
	 * opened, streamed.
	 */
	@Transactional(readOnly = true)
	public void forEachFirstViolation(LocalDate after, LocalDate until,
			java.util.function.BiConsumer<UUID, LocalDate[]> sink) {
		require();
		jdbc.sql("""
				select party_id, min(occurred_on), min((created_at at time zone 'Asia/Shanghai')::date)
				from enforcement.enforcement_case
				where occurred_on > :after and occurred_on <= :until and coalesce(treatment, '') <> 'NOT_ESTABLISHED'
				group by party_id
				""").param("after", after).param("until", until).query((java.sql.ResultSet rs) -> {
			sink.accept(rs.getObject(1, UUID.class),
					new LocalDate[] { rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class) });
		});
	}

	/** The first and last days on which a violation occurred, if any. */
	@Transactional(readOnly = true)
	public LocalDate[] violationSpan() {
		require();
		return jdbc.sql("select min(occurred_on), max(occurred_on) from enforcement.enforcement_case")
			.query((rs, n) -> new LocalDate[] { rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class) })
			.single();
	}

	/** A party's cases and inspections. */
	public record PartyRecord(java.util.List<CaseLine> cases, java.util.List<InspectionLine> inspections) {
	}

	/** A case as a risk score reads it. */
	public record CaseLine(UUID id, String number, UUID agencyId, String violationCode, LocalDate occurredOn,
			String status, String treatment, String origin, String violationTitle) {

		/** The violation was established, or may still be (not found unestablished). */
		public boolean violation() {
			return !"NOT_ESTABLISHED".equals(treatment);
		}

		/** Decided with a penalty. */
		public boolean penalised() {
			return "STANDARD".equals(treatment) || "LIGHTER".equals(treatment) || "MITIGATED".equals(treatment);
		}

	}

	/** An inspection as a risk score reads it. */
	public record InspectionLine(UUID id, UUID agencyId, LocalDate inspectedOn, boolean violationFound) {
	}

	private void require() {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN);
	}

}
