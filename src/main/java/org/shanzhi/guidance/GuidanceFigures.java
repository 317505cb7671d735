package org.shanzhi.guidance;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of an agency's guidance over a period, for the reports of other modules (the
 * risk evaluation report, R5): the acts that named risk points — how many, per point, the
 * parties they reached, the latest of them in detail — and the satisfaction the parties
 * gave at follow-up visits (G6).
 */
@Service
public class GuidanceFigures {

	private final JdbcClient jdbc;

	private final Actors actors;

	GuidanceFigures(JdbcClient jdbc, Actors actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	/** The acts of the agency in [from, to] that named a risk point. */
	@Transactional(readOnly = true)
	public RiskPointActivity riskPointActs(UUID agencyId, LocalDate from, LocalDate to, int lines) {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN);
		Map<UUID, Long> byPoint = new LinkedHashMap<>();
		jdbc.sql("""
				select risk_point_id, count(*) from guidance.guidance_act
				where agency_id = :agency and risk_point_id is not null and issued_on between :from and :to
				group by risk_point_id order by count(*) desc
				""")
			.param("agency", agencyId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> byPoint.put(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
		Set<UUID> parties = new HashSet<>(jdbc.sql("""
				select distinct party_id from guidance.guidance_act
				where agency_id = :agency and risk_point_id is not null and issued_on between :from and :to
				""").param("agency", agencyId).param("from", from).param("to", to).query(UUID.class).list());
		List<ActLine> latest = jdbc.sql("""
				select id, issued_on, party_name, officer_id, form, channel, subject, risk_point_id
				from guidance.guidance_act
				where agency_id = :agency and risk_point_id is not null and issued_on between :from and :to
				order by issued_on desc, created_at desc limit :lines
				""")
			.param("agency", agencyId)
			.param("from", from)
			.param("to", to)
			.param("lines", lines)
			.query((rs, n) -> new ActLine(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getObject(8, UUID.class)))
			.list();
		long acts = byPoint.values().stream().mapToLong(Long::longValue).sum();
		return new RiskPointActivity(acts, byPoint, parties, latest);
	}

	/**
	 * The satisfaction (1-5) the parties gave at the agency's follow-up visits in [from,
	 * to]: how many answered, and the mean.
	 */
	@Transactional(readOnly = true)
	public Satisfaction satisfaction(UUID agencyId, LocalDate from, LocalDate to) {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN);
		return jdbc.sql("""
				select count(*), avg((follow_up ->> 'satisfaction')::numeric) from guidance.guidance_act
				where agency_id = :agency and form = 'FOLLOW_UP' and follow_up is not null
				  and issued_on between :from and :to
				""")
			.param("agency", agencyId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Satisfaction(rs.getLong(1),
					rs.getBigDecimal(2) == null ? null
							: rs.getBigDecimal(2).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue()))
			.single();
	}

	/**
	 * A party's guidance record for its risk score (R6): its acts, how it answered,
	 * whether it corrected, and what follow-up visits found, newest first.
	 */
	@Transactional(readOnly = true)
	public List<PartyAct> partyRecord(UUID partyId) {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN);
		return jdbc.sql("""
				select id, agency_id, issued_on, form, subject, response_accepted, rect_corrected,
				       (follow_up ->> 'rectificationHeld')::boolean, (follow_up ->> 'satisfaction')::int,
				       coalesce((follow_up ->> 'conductLawful')::boolean, true)
				         and coalesce((follow_up ->> 'conductCivil')::boolean, true)
				         and not coalesce((follow_up ->> 'favourRequested')::boolean, false)
				from guidance.guidance_act where party_id = :party order by issued_on desc limit 500
				""")
			.param("party", partyId)
			.query((rs, n) -> new PartyAct(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), (Boolean) rs.getObject(6),
					(Boolean) rs.getObject(7), (Boolean) rs.getObject(8), (Integer) rs.getObject(9), rs.getBoolean(10)))
			.list();
	}

	/**
	 * Every party's guidance indicators at once, for a full rescoring (R6): per party,
	 * the decayed sums of guidance declined, rectifications not made and follow-ups that
	 * found the rectification had not held since {@code horizon}, and the mean
	 * satisfaction at follow-up visits (NaN when none); streamed, not loaded.
	 */
	@Transactional(readOnly = true)
	public void forEachPartyAggregate(LocalDate today, LocalDate horizon, int declinedHalfLife,
			int notCorrectedHalfLife, int followUpHalfLife, java.util.function.BiConsumer<UUID, double[]> sink) {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN);
		jdbc.sql("""
				select party_id,
				  sum(case when response_accepted = false
				      then power(0.5, greatest(:today - issued_on, 0)::float8 / :hd) else 0 end),
				  sum(case when rect_corrected = false
				      then power(0.5, greatest(:today - issued_on, 0)::float8 / :hn) else 0 end),
				  sum(case when (follow_up ->> 'rectificationHeld')::boolean = false
				      then power(0.5, greatest(:today - issued_on, 0)::float8 / :hf) else 0 end),
				  avg((follow_up ->> 'satisfaction')::int)
				from guidance.guidance_act where issued_on >= :horizon and issued_on <= :today group by party_id
				""")
			.param("today", today)
			.param("horizon", horizon)
			.param("hd", declinedHalfLife)
			.param("hn", notCorrectedHalfLife)
			.param("hf", followUpHalfLife)
			.query((java.sql.ResultSet rs) -> {
				java.math.BigDecimal mean = rs.getBigDecimal(5);
				sink.accept(rs.getObject(1, UUID.class), new double[] { rs.getDouble(2), rs.getDouble(3),
						rs.getDouble(4), mean == null ? Double.NaN : mean.doubleValue() });
			});
	}

	/** An act as a risk score reads it. */
	public record PartyAct(UUID id, UUID agencyId, LocalDate issuedOn, String form, String subject,
			Boolean responseAccepted, Boolean corrected, Boolean rectificationHeld, Integer satisfaction,
			boolean conductProper) {
	}

	/**
	 * The acts that named risk points: how many, per point, whom they reached, the
	 * latest.
	 */
	public record RiskPointActivity(long acts, Map<UUID, Long> actsByPoint, Set<UUID> partiesGuided,
			List<ActLine> latest) {
	}

	/** One act as a report lists it: when, to whom, by whom, how, about what. */
	public record ActLine(UUID actId, LocalDate issuedOn, String partyName, UUID officerId, String form, String channel,
			String subject, UUID riskPointId) {
	}

	/** Answers at follow-up visits and their mean satisfaction (1-5), if any. */
	public record Satisfaction(long answers, Double mean) {
	}

}
