package org.shanzhi.joint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Agencies;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.security.SharedRecordType;
import org.shanzhi.shared.AuditedEvent;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.PageView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Sharing rules (J2): agency A shares record types with agency B, for a purpose and a
 * period. A's head proposes; a supervisor other than the proposer approves or rejects;
 * A's head or a supervisor revokes, effective at once. While a rule is approved and in
 * its period, the isolation rules open A's records of those types to B, read-only, and
 * every read is logged for A to see ({@link #reads}). Every change is in the audit trail.
 */
@Service
@Validated
public class SharingRules {

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	/** The longest period a rule may run: three years. */
	static final int MAX_YEARS = 3;

	/** Where a rule stands. */
	public enum Status {

		PROPOSED, APPROVED, REJECTED, REVOKED

	}

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Agencies agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SharingRules(JdbcClient jdbc, Actors actors, Agencies agencies, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A proposed rule: the recipient, what is shared, why, on what basis, for how long.
	 */
	public record Proposal(@NotNull UUID recipientAgencyId, @NotEmpty Set<@NotNull SharedRecordType> recordTypes,
			@NotBlank @Size(max = 500) String purpose, @Size(max = 300) String legalBasis, @NotNull LocalDate validFrom,
			@NotNull LocalDate validUntil) {
	}

	/** A rule as shown, with whether it opens records today. */
	public record RuleView(UUID id, UUID ownerAgencyId, String ownerAgencyName, UUID recipientAgencyId,
			String recipientAgencyName, List<SharedRecordType> recordTypes, String purpose, String legalBasis,
			LocalDate validFrom, LocalDate validUntil, Status status, boolean effective, UUID proposedBy,
			OffsetDateTime proposedAt, UUID decidedBy, OffsetDateTime decidedAt, String decisionNote, UUID revokedBy,
			OffsetDateTime revokedAt, String revokeReason, long version) {
	}

	/** One logged read of a shared record. */
	public record ReadView(long id, UUID ruleId, UUID readerAgencyId, String readerAgencyName, String readerName,
			SharedRecordType recordType, UUID recordId, String via, OffsetDateTime readAt) {
	}

	/**
	 * A change of a rule, for the audit trail; shared with other systems: topic
	 * {@code shanzhi.joint.sharing-rule-changed}, keyed by the rule.
	 */
	@org.springframework.modulith.events.Externalized("shanzhi.joint.sharing-rule-changed::#{#this.ruleId()}")
	public record RuleChanged(UUID ruleId, UUID ownerAgencyId, String action,
			Map<String, Object> after) implements AuditedEvent {

		@Override
		public String subjectType() {
			return "SHARING_RULE";
		}

		@Override
		public String subjectId() {
			return ruleId.toString();
		}

		@Override
		public UUID agencyId() {
			return ownerAgencyId;
		}

	}

	/** The head of the owning agency proposes sharing its records with another agency. */
	@Transactional
	public RuleView propose(@Valid Proposal p) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		UUID owner = actor.requireAgency();
		if (p.recipientAgencyId().equals(owner)) {
			throw new FieldRejectedException("recipientAgencyId", "notOwnAgency");
		}
		agencies.get(p.recipientAgencyId());
		if (p.validUntil().isBefore(p.validFrom())) {
			throw new FieldRejectedException("validUntil", "notBeforeFrom");
		}
		if (p.validUntil().isBefore(today())) {
			throw new FieldRejectedException("validUntil", "notInPast");
		}
		if (p.validUntil().isAfter(p.validFrom().plusYears(MAX_YEARS))) {
			throw RuleViolationException.rule("sharing-period-too-long", MAX_YEARS);
		}
		UUID id = UUID.randomUUID();
		List<SharedRecordType> types = p.recordTypes().stream().sorted().toList();
		jdbc.sql(
				"""
						insert into joint.sharing_rule (id, owner_agency_id, recipient_agency_id, record_types, purpose, legal_basis,
						    valid_from, valid_until, status, proposed_by, proposed_at)
						values (:id, :owner, :recipient, string_to_array(:types, ','), :purpose, :basis, :from, :until, 'PROPOSED',
						    :by, :at)
						""")
			.param("id", id)
			.param("owner", owner)
			.param("recipient", p.recipientAgencyId())
			.param("types", String.join(",", types.stream().map(Enum::name).toList()))
			.param("purpose", p.purpose().strip())
			.param("basis", p.legalBasis() == null || p.legalBasis().isBlank() ? null : p.legalBasis().strip())
			.param("from", p.validFrom())
			.param("until", p.validUntil())
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		RuleView view = load(id);
		events.publishEvent(changed(view, "PROPOSED"));
		return view;
	}

	/** A supervisor other than the proposer approves or rejects a proposed rule. */
	@Transactional
	public RuleView decide(UUID id, boolean approve, String note, long version) {
		Actor actor = actors.require(Role.SUPERVISOR);
		RuleView rule = get(id);
		requireVersion(rule, version);
		if (rule.status() != Status.PROPOSED) {
			throw RuleViolationException.conflict("sharing-status", rule.status().name());
		}
		if (rule.proposedBy().equals(actor.accountId())) {
			throw RuleViolationException.rule("sharing-four-eyes");
		}
		if (!approve && (note == null || note.isBlank())) {
			throw new FieldRejectedException("note", "required");
		}
		if (note != null && note.length() > 500) {
			throw new FieldRejectedException("note", "textTooLong");
		}
		int updated = jdbc
			.sql("""
					update joint.sharing_rule set status = :status, decided_by = :by, decided_at = :at, decision_note = :note,
					    version = version + 1
					where id = :id and version = :version
					""")
			.param("status", approve ? "APPROVED" : "REJECTED")
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("id", id)
			.param("version", version)
			.update();
		requireUpdated(updated, version);
		RuleView view = load(id);
		events.publishEvent(changed(view, approve ? "APPROVED" : "REJECTED"));
		return view;
	}

	/**
	 * The owning agency's head or a supervisor revokes a rule: the records it opened are
	 * hidden from the recipient at once.
	 */
	@Transactional
	public RuleView revoke(UUID id, String reason, long version) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.SUPERVISOR);
		RuleView rule = get(id);
		requireVersion(rule, version);
		if (!actor.seesAllAgencies() && !rule.ownerAgencyId().equals(actor.agencyId())) {
			throw RuleViolationException.rule("sharing-owner-only");
		}
		if (rule.status() != Status.PROPOSED && rule.status() != Status.APPROVED) {
			throw RuleViolationException.conflict("sharing-status", rule.status().name());
		}
		if (reason == null || reason.isBlank()) {
			throw new FieldRejectedException("reason", "required");
		}
		if (reason.length() > 500) {
			throw new FieldRejectedException("reason", "textTooLong");
		}
		int updated = jdbc
			.sql("""
					update joint.sharing_rule set status = 'REVOKED', revoked_by = :by, revoked_at = :at, revoke_reason = :reason,
					    version = version + 1
					where id = :id and version = :version
					""")
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.param("reason", reason.strip())
			.param("id", id)
			.param("version", version)
			.update();
		requireUpdated(updated, version);
		RuleView view = load(id);
		events.publishEvent(changed(view, "REVOKED"));
		return view;
	}

	/**
	 * A rule the actor's agency owns or receives (supervisors: any); any other: 404.
	 */
	@Transactional(readOnly = true)
	public RuleView get(UUID id) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.OFFICER, Role.SUPERVISOR, Role.ADMIN);
		RuleView rule = load(id);
		if (!actor.seesAllAgencies() && !rule.ownerAgencyId().equals(actor.agencyId())
				&& !rule.recipientAgencyId().equals(actor.agencyId())) {
			throw NotFoundException.forId("sharing-rule", id);
		}
		return rule;
	}

	/** The rules the actor's agency owns or receives (supervisors: all), newest first. */
	@Transactional(readOnly = true)
	public List<RuleView> visible() {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.OFFICER, Role.SUPERVISOR, Role.ADMIN);
		UUID agency = actor.agencyId() == null ? new UUID(0, 0) : actor.agencyId();
		return jdbc.sql(SELECT + """
				where :all or r.owner_agency_id = :agency or r.recipient_agency_id = :agency
				order by r.proposed_at desc limit 500
				""").param("all", actor.seesAllAgencies()).param("agency", agency).query(rowMapper()).list();
	}

	/**
	 * The logged reads of the actor's agency's shared records (supervisors: all), newest
	 * first; optionally of one rule.
	 */
	@Transactional(readOnly = true)
	public PageView<ReadView> reads(UUID ruleId, int page, int size) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.OFFICER, Role.SUPERVISOR, Role.ADMIN);
		int s = Math.min(Math.max(size, 1), PageView.MAX_SIZE);
		int p = Math.max(page, 0);
		UUID agency = actor.agencyId() == null ? new UUID(0, 0) : actor.agencyId();
		String where = " where (:all or owner_agency_id = :agency) and (cast(:rule as uuid) is null or rule_id = :rule)";
		long total = jdbc.sql("select count(*) from joint.shared_read" + where)
			.param("all", actor.seesAllAgencies())
			.param("agency", agency)
			.param("rule", ruleId)
			.query(Long.class)
			.single();
		Map<UUID, String> names = agencies.names();
		List<ReadView> items = jdbc.sql("""
				select id, rule_id, reader_agency_id, reader_name, record_type, record_id, via, read_at
				from joint.shared_read""" + where + " order by read_at desc, id desc limit :limit offset :offset")
			.param("all", actor.seesAllAgencies())
			.param("agency", agency)
			.param("rule", ruleId)
			.param("limit", s)
			.param("offset", (long) p * s)
			.query((rs, n) -> {
				UUID reader = rs.getObject("reader_agency_id", UUID.class);
				return new ReadView(rs.getLong("id"), rs.getObject("rule_id", UUID.class), reader, names.get(reader),
						rs.getString("reader_name"), SharedRecordType.valueOf(rs.getString("record_type")),
						rs.getObject("record_id", UUID.class), rs.getString("via"),
						rs.getObject("read_at", OffsetDateTime.class));
			})
			.list();
		return new PageView<>(items, p, s, total);
	}

	private static final String SELECT = """
			select r.id, r.owner_agency_id, r.recipient_agency_id, r.record_types, r.purpose, r.legal_basis, r.valid_from,
			    r.valid_until, r.status, r.proposed_by, r.proposed_at, r.decided_by, r.decided_at, r.decision_note,
			    r.revoked_by, r.revoked_at, r.revoke_reason, r.version
			from joint.sharing_rule r
			""";

	private RuleView load(UUID id) {
		return jdbc.sql(SELECT + " where r.id = :id")
			.param("id", id)
			.query(rowMapper())
			.optional()
			.orElseThrow(() -> NotFoundException.forId("sharing-rule", id));
	}

	/** Rows of rules, the agencies' names read once for all of them. */
	private org.springframework.jdbc.core.RowMapper<RuleView> rowMapper() {
		Map<UUID, String> names = agencies.names();
		return (rs, n) -> row(rs, names);
	}

	private RuleView row(ResultSet rs, Map<UUID, String> names) throws SQLException {
		UUID owner = rs.getObject("owner_agency_id", UUID.class);
		UUID recipient = rs.getObject("recipient_agency_id", UUID.class);
		Status status = Status.valueOf(rs.getString("status"));
		LocalDate from = rs.getObject("valid_from", LocalDate.class);
		LocalDate until = rs.getObject("valid_until", LocalDate.class);
		LocalDate today = today();
		List<SharedRecordType> types = Arrays.stream((String[]) rs.getArray("record_types").getArray())
			.map(SharedRecordType::valueOf)
			.toList();
		return new RuleView(rs.getObject("id", UUID.class), owner, names.get(owner), recipient, names.get(recipient),
				types, rs.getString("purpose"), rs.getString("legal_basis"), from, until, status,
				status == Status.APPROVED && !today.isBefore(from) && !today.isAfter(until),
				rs.getObject("proposed_by", UUID.class), rs.getObject("proposed_at", OffsetDateTime.class),
				rs.getObject("decided_by", UUID.class), rs.getObject("decided_at", OffsetDateTime.class),
				rs.getString("decision_note"), rs.getObject("revoked_by", UUID.class),
				rs.getObject("revoked_at", OffsetDateTime.class), rs.getString("revoke_reason"), rs.getLong("version"));
	}

	/** A concurrent change won the race: nothing was changed, 409. */
	private static void requireUpdated(int updated, long version) {
		if (updated == 0) {
			throw RuleViolationException.conflict("stale-version", version, version + 1);
		}
	}

	private static void requireVersion(RuleView rule, long version) {
		if (rule.version() != version) {
			throw RuleViolationException.conflict("stale-version", version, rule.version());
		}
	}

	private static RuleChanged changed(RuleView v, String action) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", v.status().name());
		after.put("recipientAgencyId", v.recipientAgencyId().toString());
		after.put("recordTypes", v.recordTypes().stream().map(Enum::name).toList());
		after.put("purpose", v.purpose());
		after.put("validFrom", v.validFrom().toString());
		after.put("validUntil", v.validUntil().toString());
		if (v.decisionNote() != null) {
			after.put("decisionNote", v.decisionNote());
		}
		if (v.revokeReason() != null) {
			after.put("revokeReason", v.revokeReason());
		}
		return new RuleChanged(v.id(), v.ownerAgencyId(), action, after);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
