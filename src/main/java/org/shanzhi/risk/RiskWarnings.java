package org.shanzhi.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.security.SharedRecordType;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.PageRequests;
import org.shanzhi.shared.PageView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Early warnings (R6): opened automatically — when a party's grade rises to HIGH, or when
 * a rectification was not made — at most one open per party and reason (a second trigger
 * while one is open adds nothing), assigned to the agency whose record triggered it, with
 * a proposed intervention from the risk catalogue; the officer records the intervention;
 * an open warning not handled within its days expires.
 */
@Service
@Validated
public class RiskWarnings {

	static final int DAYS_TO_HANDLE = 30;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Clock clock;

	RiskWarnings(JdbcClient jdbc, Actors actors, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * Opens a warning unless one is open for the party and reason; returns whether it
	 * opened one.
	 */
	@Transactional
	public boolean open(Opening w) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc
			.sql("""
					insert into risk.warning (id, party_id, agency_id, reason, status, trigger_type, trigger_id, score, factors,
					  proposed_form, proposed_measures, proposed_point_id, opened_at, expires_on)
					values (:id, :party, :agency, :reason, 'OPEN', :triggerType, :triggerId, :score, cast(:factors as jsonb),
					  :form, :measures, :point, :at, :expires)
					on conflict (party_id, reason) where status = 'OPEN' do nothing
					""")
			.param("id", UUID.randomUUID())
			.param("party", w.partyId())
			.param("agency", w.agencyId())
			.param("reason", w.reason().name())
			.param("triggerType", w.triggerType())
			.param("triggerId", w.triggerId())
			.param("score", w.score())
			.param("factors", JSON.writeValueAsString(w.factors()))
			.param("form", w.proposedForm())
			.param("measures", w.proposedMeasures())
			.param("point", w.proposedPointId())
			.param("at", now)
			.param("expires", today().plusDays(DAYS_TO_HANDLE))
			.update() > 0;
	}

	/** The warnings of the actor's agencies, newest first, of a status. */
	@Transactional
	public List<WarningView> list(Status status, int limit) {
		actors.require(RiskCatalogues.READERS);
		expireDue();
		return actors.noteReads(SharedRecordType.RISK_WARNINGS, "list",
				select(status, null, Math.max(1, Math.min(limit, 500)), 0), WarningView::agencyId, WarningView::id);
	}

	/**
	 * One page of the warnings of the actor's agencies, newest first, of a status: only
	 * the page's shared warnings are logged as read.
	 */
	@Transactional
	public PageView<WarningView> page(Status status, Integer page, Integer size) {
		actors.require(RiskCatalogues.READERS);
		PageRequest request = PageRequests.of(page, size, Sort.unsorted());
		expireDue();
		AgencyScope scope = actors.readScope(SharedRecordType.RISK_WARNINGS);
		long total = jdbc.sql("""
				select count(*) from risk.warning where (:all or agency_id in (:agencies))
				  and (cast(:status as varchar) is null or status = cast(:status as varchar))
				""")
			.param("all", scope.all())
			.param("agencies", scope.idsForQuery())
			.param("status", status == null ? null : status.name())
			.query(Long.class)
			.single();
		List<WarningView> items = total <= request.getOffset() ? List.of()
				: select(status, null, request.getPageSize(), request.getOffset());
		return new PageView<>(
				actors.noteReads(SharedRecordType.RISK_WARNINGS, "list", items, WarningView::agencyId, WarningView::id),
				request.getPageNumber(), request.getPageSize(), total);
	}

	/**
	 * The warnings of the actor's agencies, of a status and (when given) the one with
	 * {@code id}, newest first.
	 */
	private List<WarningView> select(Status status, UUID id, int limit, long offset) {
		AgencyScope scope = actors.readScope(SharedRecordType.RISK_WARNINGS);
		return jdbc.sql("""
				select id, party_id, agency_id, reason, status, trigger_type, trigger_id, score, factors::text,
				       proposed_form, proposed_measures, proposed_point_id, opened_at, expires_on,
				       intervention_form, intervention_note, intervention_act_id, handled_at
				from risk.warning where (:all or agency_id in (:agencies))
				  and (cast(:status as varchar) is null or status = cast(:status as varchar))
				  and (cast(:id as uuid) is null or id = cast(:id as uuid))
				order by opened_at desc, id desc limit :limit offset :offset
				""")
			.param("all", scope.all())
			.param("agencies", scope.idsForQuery())
			.param("status", status == null ? null : status.name())
			.param("id", id)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new WarningView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), Reason.valueOf(rs.getString(4)), Status.valueOf(rs.getString(5)),
					rs.getString(6), rs.getObject(7, UUID.class), (java.math.BigDecimal) rs.getObject(8),
					JSON.readTree(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getObject(12, UUID.class),
					rs.getObject(13, OffsetDateTime.class).atZoneSameInstant(RiskCatalogues.ZONE).toOffsetDateTime(),
					rs.getObject(14, LocalDate.class), rs.getString(15), rs.getString(16), rs.getObject(17, UUID.class),
					rs.getObject(18, OffsetDateTime.class)))
			.list();
	}

	/** Records the intervention on an open warning of the officer's agency. */
	@Transactional
	public WarningView intervene(UUID id, @Valid Intervention intervention) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		expireDue();
		String status = jdbc.sql("select status from risk.warning where id = :id and agency_id = :agency")
			.param("id", id)
			.param("agency", actor.requireAgency())
			.query(String.class)
			.optional()
			.orElseThrow(() -> NotFoundException.forId("risk-warning", id));
		if (!"OPEN".equals(status)) {
			throw RuleViolationException.conflict("warning-not-open", status);
		}
		jdbc.sql("""
				update risk.warning set status = 'HANDLED', intervention_form = :form, intervention_note = :note,
				  intervention_act_id = cast(:act as uuid), handled_by = :by, handled_at = now()
				where id = :id and status = 'OPEN'
				""")
			.param("form", intervention.form())
			.param("note", intervention.note().strip())
			.param("act", intervention.actId())
			.param("by", actor.accountId())
			.param("id", id)
			.update();
		return select(null, id, 1, 0).get(0);
	}

	/** How many warnings of the actor's agencies are open, handled, expired. */
	@Transactional
	public Map<Status, Long> figures() {
		actors.require(RiskCatalogues.READERS);
		expireDue();
		AgencyScope scope = actors.scope();
		Map<Status, Long> counts = new java.util.EnumMap<>(Status.class);
		for (Status s : Status.values()) {
			counts.put(s, 0L);
		}
		jdbc.sql("select status, count(*) from risk.warning where (:all or agency_id in (:agencies)) group by status")
			.param("all", scope.all())
			.param("agencies", scope.idsForQuery())
			.query((rs, n) -> counts.put(Status.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	private void expireDue() {
		jdbc.sql("update risk.warning set status = 'EXPIRED' where status = 'OPEN' and expires_on < :today")
			.param("today", today())
			.update();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(RiskCatalogues.ZONE));
	}

	public enum Reason {

		/** The party's grade rose to HIGH. */
		GRADE_HIGH,
		/** A rectification the party was guided to make was not made by its deadline. */
		RECTIFICATION_NOT_MADE

	}

	public enum Status {

		OPEN, HANDLED, EXPIRED

	}

	/** A warning to open, with what triggered it and the intervention proposed. */
	public record Opening(UUID partyId, UUID agencyId, Reason reason, String triggerType, UUID triggerId, Double score,
			List<RiskScores.Factor> factors, String proposedForm, String proposedMeasures, UUID proposedPointId) {
	}

	/**
	 * The intervention recorded: the guidance form used, what was done, the act if any.
	 */
	public record Intervention(@NotBlank @Size(max = 40) String form, @NotBlank @Size(max = 2000) String note,
			UUID actId) {
	}

	public record WarningView(UUID id, UUID partyId, UUID agencyId, Reason reason, Status status, String triggerType,
			UUID triggerId, java.math.BigDecimal score, tools.jackson.databind.JsonNode factors, String proposedForm,
			String proposedMeasures, UUID proposedPointId, OffsetDateTime openedAt, LocalDate expiresOn,
			String interventionForm, String interventionNote, UUID interventionActId, OffsetDateTime handledAt) {
	}

}
