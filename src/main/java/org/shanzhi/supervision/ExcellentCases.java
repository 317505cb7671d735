package org.shanzhi.supervision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NominableRecords;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excellent cases (S3, LH31, LY19): the rule-of-law office opens a round; agency heads
 * nominate their own acts of guidance, mediation cases or enforcement cases with a
 * write-up (once per record and round); reviewers score them — a reviewer of the
 * nominating agency is recused, and anyone may recuse themselves; the office selects,
 * records the commendation and publishes the selected ones to the public case library,
 * with the names in the record and any identity or phone number removed.
 */
@Service
public class ExcellentCases {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** An 18-character resident ID or credit code, or an 11-digit mobile number. */
	private static final Pattern IDENTIFIERS = Pattern.compile("[0-9A-Z]{17}[0-9X]|1[3-9][0-9]{9}");

	private final JdbcClient jdbc;

	private final Actors actors;

	private final List<NominableRecords> records;

	private final Clock clock;

	ExcellentCases(JdbcClient jdbc, Actors actors, List<NominableRecords> records, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.records = records;
		this.clock = clock;
	}

	public record RoundView(UUID id, String title, int year, String status, long version) {
	}

	public record NominationView(UUID id, UUID roundId, UUID agencyId, String subjectType, UUID subjectId,
			String subjectLabel, String title, String writeUp, Boolean selected, String commendation, int reviews,
			Double meanScore) {
	}

	/** A published case as the public reads it. */
	public record PublishedCase(UUID id, String roundTitle, int year, UUID agencyId, String subjectType, String title,
			String text, String commendation) {
	}

	@Transactional
	public RoundView open(String title, int year) {
		Actor actor = actors.require(Role.SUPERVISOR);
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new FieldRejectedException("title", title == null || title.isBlank() ? "required" : "textTooLong");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into supervision.award_round (id, title, year, status, created_by, created_at)
				values (:id, :t, :y, 'OPEN', :by, :at)
				""")
			.param("id", id)
			.param("t", title.strip())
			.param("y", year)
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		return round(id);
	}

	@Transactional(readOnly = true)
	public RoundView round(UUID id) {
		return jdbc.sql("select id, title, year, status, version from supervision.award_round where id = :id")
			.param("id", id)
			.query((rs, n) -> new RoundView(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getLong(5)))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("award-round", id));
	}

	@Transactional(readOnly = true)
	public List<RoundView> rounds() {
		actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD, Role.OFFICER);
		return jdbc.sql("select id, title, year, status, version from supervision.award_round order by created_at desc")
			.query((rs, n) -> new RoundView(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getLong(5)))
			.list();
	}

	/** An agency head nominates one of the agency's records, once per round. */
	@Transactional
	public NominationView nominate(UUID roundId, String subjectType, UUID subjectId, String title, String writeUp) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		UUID agency = actor.requireAgency();
		RoundView round = round(roundId);
		if (!"OPEN".equals(round.status())) {
			throw RuleViolationException.conflict("award-round-status", round.status());
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new FieldRejectedException("title", title == null || title.isBlank() ? "required" : "textTooLong");
		}
		if (writeUp == null || writeUp.isBlank() || writeUp.length() > 8000) {
			throw new FieldRejectedException("writeUp",
					writeUp == null || writeUp.isBlank() ? "required" : "textTooLong");
		}
		if (subjectId == null) {
			throw new FieldRejectedException("subjectId", "required");
		}
		NominableRecords owner = records.stream()
			.filter(r -> r.type().equals(subjectType))
			.findFirst()
			.orElseThrow(() -> new FieldRejectedException("subjectType", "invalid"));
		NominableRecords.Nominable record = owner.find(subjectId)
			.filter(n -> n.agencyId().equals(agency))
			.orElseThrow(() -> new FieldRejectedException("subjectId", "unknownRecord"));
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql(
					"""
							insert into supervision.nomination (id, round_id, agency_id, subject_type, subject_id, subject_label, title,
							    write_up, redact, nominated_by, nominated_at)
							values (:id, :round, :agency, :type, :subject, :label, :title, :writeUp, cast(:redact as jsonb), :by, :at)
							""")
				.param("id", id)
				.param("round", roundId)
				.param("agency", agency)
				.param("type", subjectType)
				.param("subject", subjectId)
				.param("label", record.label())
				.param("title", title.strip())
				.param("writeUp", writeUp.strip())
				.param("redact", JSON.writeValueAsString(record.names()))
				.param("by", actor.accountId())
				.param("at", OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw RuleViolationException.conflict("nomination-twice", record.label());
		}
		return nomination(id);
	}

	/** The round's nominations: the office sees all, a head their agency's. */
	@Transactional(readOnly = true)
	public List<NominationView> nominations(UUID roundId) {
		Actor actor = actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD);
		round(roundId);
		return jdbc.sql(
				"select id from supervision.nomination where round_id = :r and (:all or agency_id = :a) order by nominated_at")
			.param("r", roundId)
			.param("all", actor.seesAllAgencies())
			.param("a", actor.agencyId() == null ? new UUID(0, 0) : actor.agencyId())
			.query(UUID.class)
			.list()
			.stream()
			.map(this::nomination)
			.toList();
	}

	NominationView nomination(UUID id) {
		return jdbc
			.sql("""
					select n.id, n.round_id, n.agency_id, n.subject_type, n.subject_id, n.subject_label, n.title, n.write_up,
					       n.selected, n.commendation,
					       (select count(*) from supervision.nomination_review r where r.nomination_id = n.id and not r.recused),
					       (select avg(score) from supervision.nomination_review r where r.nomination_id = n.id and not r.recused)
					from supervision.nomination n where n.id = :id
					""")
			.param("id", id)
			.query((rs, n) -> new NominationView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
					rs.getString(7), rs.getString(8), (Boolean) rs.getObject(9), rs.getString(10), rs.getInt(11),
					rs.getObject(12) == null ? null : rs.getDouble(12)))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("nomination", id));
	}

	/**
	 * The office moves a round on: OPEN → REVIEW → PUBLISHED (publishing the selected).
	 */
	@Transactional
	public RoundView advance(UUID roundId, long version) {
		actors.require(Role.SUPERVISOR);
		RoundView round = round(roundId);
		if (round.version() != version) {
			throw RuleViolationException.conflict("stale-version", version, round.version());
		}
		String next = switch (round.status()) {
			case "OPEN" -> "REVIEW";
			case "REVIEW" -> "PUBLISHED";
			default -> throw RuleViolationException.conflict("award-round-status", round.status());
		};
		if ("PUBLISHED".equals(next) && jdbc.sql("""
				select count(*) from supervision.nomination where round_id = :r and selected is null
				""").param("r", roundId).query(Long.class).single() > 0) {
			throw RuleViolationException.rule("award-undecided-nominations");
		}
		jdbc.sql(
				"update supervision.award_round set status = :s, version = version + 1 where id = :id and version = :v")
			.param("s", next)
			.param("id", roundId)
			.param("v", version)
			.update();
		return round(roundId);
	}

	/**
	 * A reviewer scores a nomination (0-100) or recuses themselves; a reviewer of the
	 * nominating agency is recused and cannot score it.
	 */
	@Transactional
	public NominationView review(UUID nominationId, boolean recuse, Integer score, String comment) {
		Actor actor = actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD);
		NominationView n = nomination(nominationId);
		if (!"REVIEW".equals(round(n.roundId()).status())) {
			throw RuleViolationException.conflict("award-round-status", round(n.roundId()).status());
		}
		if (!recuse && n.agencyId().equals(actor.agencyId())) {
			throw RuleViolationException.rule("review-conflict-of-interest");
		}
		if (!recuse && (score == null || score < 0 || score > 100)) {
			throw new FieldRejectedException("score", score == null ? "required" : "outOfRange", 0, 100);
		}
		if (comment != null && comment.length() > 1000) {
			throw new FieldRejectedException("comment", "textTooLong");
		}
		jdbc.sql(
				"""
						insert into supervision.nomination_review (nomination_id, reviewer_id, reviewer_name, recused, score, comment,
						    reviewed_at)
						values (:n, :r, :name, :recused, :score, :comment, :at)
						on conflict (nomination_id, reviewer_id) do update set recused = excluded.recused, score = excluded.score,
						    comment = excluded.comment, reviewed_at = excluded.reviewed_at
						""")
			.param("n", nominationId)
			.param("r", actor.accountId())
			.param("name", actor.displayName() == null ? actor.username() : actor.displayName())
			.param("recused", recuse)
			.param("score", recuse ? null : score)
			.param("comment", comment == null || comment.isBlank() ? null : comment.strip())
			.param("at", OffsetDateTime.now(clock))
			.update();
		return nomination(nominationId);
	}

	/** The office selects a reviewed nomination (with its commendation) or not. */
	@Transactional
	public NominationView select(UUID nominationId, boolean selected, String commendation) {
		actors.require(Role.SUPERVISOR);
		NominationView n = nomination(nominationId);
		if (!"REVIEW".equals(round(n.roundId()).status())) {
			throw RuleViolationException.conflict("award-round-status", round(n.roundId()).status());
		}
		if (selected && n.reviews() == 0) {
			throw RuleViolationException.rule("award-not-reviewed");
		}
		if (selected && (commendation == null || commendation.isBlank())) {
			throw new FieldRejectedException("commendation", "required");
		}
		jdbc.sql("update supervision.nomination set selected = :s, commendation = :c where id = :id")
			.param("s", selected)
			.param("c", selected ? commendation.strip() : null)
			.param("id", nominationId)
			.update();
		return nomination(nominationId);
	}

	/**
	 * The public case library: the selected cases of published rounds, without personal
	 * data.
	 */
	@Transactional(readOnly = true)
	public List<PublishedCase> library() {
		return jdbc.sql("""
				select n.id, r.title, r.year, n.agency_id, n.subject_type, n.title, n.write_up, n.redact, n.commendation
				from supervision.nomination n join supervision.award_round r on r.id = n.round_id
				where r.status = 'PUBLISHED' and n.selected order by r.year desc, n.nominated_at
				""")
			.query((rs, k) -> new PublishedCase(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
					rs.getObject(4, UUID.class), rs.getString(5), redact(rs.getString(6), rs.getString(8)),
					redact(rs.getString(7), rs.getString(8)), rs.getString(9)))
			.list();
	}

	/** Removes the record's names (replaced by 某某) and identity or phone numbers. */
	static String redact(String text, String namesJson) {
		List<String> names = JSON.readValue(namesJson, new TypeReference<List<String>>() {
		});
		String out = text;
		for (String name : names) {
			if (name != null && name.length() >= 2) {
				out = out.replace(name, "某某");
			}
		}
		return IDENTIFIERS.matcher(out).replaceAll("****");
	}

}
