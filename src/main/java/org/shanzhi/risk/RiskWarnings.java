package org.shanzhi.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.shanzhi.directory.Parties;
import org.shanzhi.enforcement.Inspections;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.security.SharedRecordType;
import org.shanzhi.shared.AuditedEvent;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.PageRequests;
import org.shanzhi.shared.PageView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
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
 * a proposed intervention from the risk catalogue; the officer records the intervention —
 * guidance given, an inspection made, or dismissed with the reason — (an audited event);
 * an open warning not handled within its days expires. Lists filter by status, reason,
 * the party's current grade, party, party name and overdue, sorted by opening or
 * deadline.
 */
@Service
@Validated
public class RiskWarnings {

	static final int DAYS_TO_HANDLE = 30;

	/** The most rows an export holds. */
	public static final int MAX_EXPORT_ROWS = 10_000;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Clock clock;

	private final Parties parties;

	private final GuidanceActs guidance;

	private final Inspections inspections;

	private final ApplicationEventPublisher events;

	RiskWarnings(JdbcClient jdbc, Actors actors, Clock clock, Parties parties, GuidanceActs guidance,
			Inspections inspections, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
		this.parties = parties;
		this.guidance = guidance;
		this.inspections = inspections;
		this.events = events;
	}

	/**
	 * Opens a warning unless one is open for the party and reason; returns whether it
	 * opened one.
	 */
	@Transactional
	public boolean open(Opening w) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String partyName = parties.namesForDocument(List.of(w.partyId())).get(w.partyId());
		return jdbc
			.sql("""
					insert into risk.warning (id, party_id, party_name, agency_id, reason, status, trigger_type, trigger_id, score,
					  factors, proposed_form, proposed_measures, proposed_point_id, opened_at, expires_on)
					values (:id, :party, :partyName, :agency, :reason, 'OPEN', :triggerType, :triggerId, :score,
					  cast(:factors as jsonb), :form, :measures, :point, :at, :expires)
					on conflict (party_id, reason) where status = 'OPEN' do nothing
					""")
			.param("id", UUID.randomUUID())
			.param("party", w.partyId())
			.param("partyName", partyName)
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
				select(Filter.of(status), Sorting.DEFAULT, null, Math.max(1, Math.min(limit, 500)), 0),
				WarningView::agencyId, WarningView::id);
	}

	/**
	 * One page of the warnings of the actor's agencies, newest first, of a status: only
	 * the page's shared warnings are logged as read.
	 */
	@Transactional
	public PageView<WarningView> page(Status status, Integer page, Integer size) {
		return page(Filter.of(status), null, page, size);
	}

	/**
	 * One page of the warnings of the actor's agencies that pass the filter, in the order
	 * {@code sort} names ({@code openedAt} or {@code expiresOn}, {@code ,asc} or
	 * {@code ,desc}; newest first by default): only the page's shared warnings are logged
	 * as read.
	 */
	@Transactional
	public PageView<WarningView> page(Filter filter, String sort, Integer page, Integer size) {
		actors.require(RiskCatalogues.READERS);
		Filter f = checked(filter);
		Sorting sorting = Sorting.parse(sort);
		PageRequest request = PageRequests.of(page, size, Sort.unsorted());
		expireDue();
		long total = bind(jdbc.sql("select count(*) " + FROM_WHERE), f, null).query(Long.class).single();
		List<WarningView> items = total <= request.getOffset() ? List.of()
				: select(f, sorting, null, request.getPageSize(), request.getOffset());
		return new PageView<>(
				actors.noteReads(SharedRecordType.RISK_WARNINGS, "list", items, WarningView::agencyId, WarningView::id),
				request.getPageNumber(), request.getPageSize(), total);
	}

	/**
	 * Every warning of the actor's agencies that passes the filter (at most
	 * {@link #MAX_EXPORT_ROWS}), in the order {@code sort} names: for the export.
	 */
	@Transactional
	public List<WarningView> all(Filter filter, String sort) {
		actors.require(RiskCatalogues.READERS);
		Filter f = checked(filter);
		Sorting sorting = Sorting.parse(sort);
		expireDue();
		return actors.noteReads(SharedRecordType.RISK_WARNINGS, "export", select(f, sorting, null, MAX_EXPORT_ROWS, 0),
				WarningView::agencyId, WarningView::id);
	}

	/** One warning of the actor's agencies (404 for another agency's). */
	@Transactional
	public WarningView get(UUID id) {
		actors.require(RiskCatalogues.READERS);
		expireDue();
		return actors.noteRead(SharedRecordType.RISK_WARNINGS, find(id), WarningView::agencyId, WarningView::id);
	}

	private WarningView find(UUID id) {
		return select(Filter.NONE, Sorting.DEFAULT, id, 1, 0).stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.forId("risk-warning", id));
	}

	private static Filter checked(Filter filter) {
		Filter f = filter == null ? Filter.NONE : filter;
		if (f.q() != null && f.q().length() > 100) {
			throw new FieldRejectedException("q", "tooLong");
		}
		return f;
	}

	private static final String FROM_WHERE = """
			from risk.warning w left join risk.party_score ps on ps.party_id = w.party_id
			where (:all or w.agency_id in (:agencies))
			  and (cast(:status as varchar) is null or w.status = cast(:status as varchar))
			  and (cast(:reason as varchar) is null or w.reason = cast(:reason as varchar))
			  and (cast(:grade as varchar) is null or ps.grade = cast(:grade as varchar))
			  and (cast(:party as uuid) is null or w.party_id = cast(:party as uuid))
			  and (cast(:q as varchar) is null or strpos(lower(w.party_name), lower(cast(:q as varchar))) > 0)
			  and (cast(:overdue as boolean) is null
			       or (w.status <> 'HANDLED' and w.expires_on < cast(:today as date)) = cast(:overdue as boolean))
			  and (cast(:id as uuid) is null or w.id = cast(:id as uuid))
			""";

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f, UUID id) {
		AgencyScope scope = actors.readScope(SharedRecordType.RISK_WARNINGS);
		String q = f.q() == null || f.q().isBlank() ? null : f.q().strip();
		return spec.param("all", scope.all())
			.param("agencies", scope.idsForQuery())
			.param("status", f.status() == null ? null : f.status().name())
			.param("reason", f.reason() == null ? null : f.reason().name())
			.param("grade", f.grade() == null ? null : f.grade().name())
			.param("party", f.partyId())
			.param("q", q)
			.param("overdue", f.overdue())
			.param("today", today())
			.param("id", id);
	}

	/** The warnings of the actor's agencies that pass the filter (and are {@code id}). */
	private List<WarningView> select(Filter f, Sorting sorting, UUID id, int limit, long offset) {
		return bind(jdbc
			.sql("""
					select w.id, w.party_id, w.agency_id, w.reason, w.status, w.trigger_type, w.trigger_id, w.score, w.factors::text,
					       w.proposed_form, w.proposed_measures, w.proposed_point_id, w.opened_at, w.expires_on,
					       w.intervention_form, w.intervention_note, w.intervention_act_id, w.handled_at,
					       w.party_name, ps.grade, w.intervention_outcome, w.intervention_inspection_id, w.handled_by
					"""
					+ FROM_WHERE + " order by " + sorting.sql() + " limit :limit offset :offset"),
				f, id)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new WarningView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), Reason.valueOf(rs.getString(4)), Status.valueOf(rs.getString(5)),
					rs.getString(6), rs.getObject(7, UUID.class), (java.math.BigDecimal) rs.getObject(8),
					JSON.readTree(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getObject(12, UUID.class),
					rs.getObject(13, OffsetDateTime.class).atZoneSameInstant(RiskCatalogues.ZONE).toOffsetDateTime(),
					rs.getObject(14, LocalDate.class), rs.getString(15), rs.getString(16), rs.getObject(17, UUID.class),
					atZone(rs.getObject(18, OffsetDateTime.class)), rs.getString(19),
					rs.getString(20) == null ? null : Grade.valueOf(rs.getString(20)),
					rs.getString(21) == null ? null : Outcome.valueOf(rs.getString(21)), rs.getObject(22, UUID.class),
					rs.getObject(23, UUID.class)))
			.list();
	}

	private static OffsetDateTime atZone(OffsetDateTime t) {
		return t == null ? null : t.atZoneSameInstant(RiskCatalogues.ZONE).toOffsetDateTime();
	}

	/**
	 * Records the intervention on an open warning of the officer's agency: guidance given
	 * (its form; the act, if any, of the warning's party), an inspection made (which one,
	 * of the warning's party) or dismissed (the note gives the reason). The warning is
	 * then handled; an audited event records it.
	 */
	@Transactional
	public WarningView intervene(UUID id, @Valid Intervention intervention) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		expireDue();
		Map<String, Object> row = jdbc
			.sql("select status, party_id from risk.warning where id = :id and agency_id = :agency")
			.param("id", id)
			.param("agency", actor.requireAgency())
			.query((rs, n) -> Map.<String, Object>of("status", rs.getString(1), "party", rs.getObject(2, UUID.class)))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("risk-warning", id));
		if (!"OPEN".equals(row.get("status"))) {
			throw RuleViolationException.conflict("warning-not-open", row.get("status"));
		}
		UUID party = (UUID) row.get("party");
		Outcome outcome = intervention.outcomeOrDefault();
		String form = intervention.form() == null || intervention.form().isBlank() ? null : intervention.form().strip();
		if (outcome == Outcome.GUIDANCE_GIVEN && form == null) {
			throw new FieldRejectedException("form", "required");
		}
		if (outcome == Outcome.INSPECTION && intervention.inspectionId() == null) {
			throw RuleViolationException.rule("intervention-needs-inspection");
		}
		if (intervention.actId() != null
				&& !party.equals(linked("actId", () -> guidance.get(intervention.actId()).partyId()))) {
			throw RuleViolationException.rule("intervention-act-of-other-party");
		}
		if (intervention.inspectionId() != null && !party
			.equals(linked("inspectionId", () -> inspections.get(intervention.inspectionId()).partyId()))) {
			throw RuleViolationException.rule("intervention-act-of-other-party");
		}
		String note = intervention.note().strip();
		int updated = jdbc.sql("""
				update risk.warning set status = 'HANDLED', intervention_outcome = :outcome, intervention_form = :form,
				  intervention_note = :note, intervention_act_id = cast(:act as uuid),
				  intervention_inspection_id = cast(:inspection as uuid), handled_by = :by, handled_at = :at
				where id = :id and status = 'OPEN'
				""")
			.param("outcome", outcome.name())
			.param("form", form)
			.param("note", note)
			.param("act", intervention.actId())
			.param("inspection", intervention.inspectionId())
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.param("id", id)
			.update();
		if (updated == 0) {
			throw RuleViolationException.conflict("warning-not-open", Status.HANDLED);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", Status.HANDLED.name());
		after.put("outcome", outcome.name());
		if (form != null) {
			after.put("form", form);
		}
		after.put("note", note);
		if (intervention.actId() != null) {
			after.put("actId", intervention.actId().toString());
		}
		if (intervention.inspectionId() != null) {
			after.put("inspectionId", intervention.inspectionId().toString());
		}
		events.publishEvent(new WarningHandled(id, actor.agencyId(), party, after));
		return find(id);
	}

	private static <T> T linked(String field, java.util.function.Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (NotFoundException ex) {
			throw new FieldRejectedException(field, "unknownRecord");
		}
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

	/** The directory renamed a party: its warnings show the new name. */
	@Transactional
	public void partyRenamed(UUID partyId, String name) {
		jdbc.sql("update risk.warning set party_name = :name where party_id = :party")
			.param("name", name)
			.param("party", partyId)
			.update();
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

	/** What the officer did about a warning. */
	public enum Outcome {

		/** 已开展行政指导: guidance given (its form; the act, if any). */
		GUIDANCE_GIVEN,
		/** 已开展检查: the party inspected (the inspection named). */
		INSPECTION,
		/** 不予处理并说明理由: dismissed, the note giving the reason. */
		DISMISSED

	}

	/**
	 * What a list of warnings is filtered by, every part optional: the status, the
	 * reason, the party's current grade, the party, a fragment of the party's name, and
	 * whether the deadline passed without the warning being handled.
	 */
	public record Filter(Status status, Reason reason, Grade grade, UUID partyId, String q, Boolean overdue) {

		public static final Filter NONE = new Filter(null, null, null, null, null, null);

		public static Filter of(Status status) {
			return new Filter(status, null, null, null, null, null);
		}

	}

	/**
	 * The order of a list: {@code openedAt} or {@code expiresOn}, ascending or descending
	 * ({@code openedAt,desc} by default).
	 */
	public record Sorting(String field, boolean ascending) {

		public static final Sorting DEFAULT = new Sorting("openedAt", false);

		/**
		 * {@code openedAt} or {@code expiresOn}, optionally followed by {@code ,asc} or
		 * {@code ,desc}; anything else is refused (400 naming {@code sort}).
		 */
		public static Sorting parse(String sort) {
			if (sort == null || sort.isBlank()) {
				return DEFAULT;
			}
			String[] parts = sort.strip().split(",", -1);
			String field = parts[0].strip();
			if (parts.length > 2 || !(field.equals("openedAt") || field.equals("expiresOn"))) {
				throw new FieldRejectedException("sort", "sort");
			}
			String direction = parts.length == 2 ? parts[1].strip().toLowerCase(java.util.Locale.ROOT) : "desc";
			if (!direction.equals("asc") && !direction.equals("desc")) {
				throw new FieldRejectedException("sort", "sort");
			}
			return new Sorting(field, direction.equals("asc"));
		}

		/** The request parameter that asks for this order. */
		public String spec() {
			return field + (ascending ? ",asc" : ",desc");
		}

		/** The same field in the other direction. */
		public Sorting reversed() {
			return new Sorting(field, !ascending);
		}

		String sql() {
			String column = field.equals("expiresOn") ? "w.expires_on" : "w.opened_at";
			String dir = ascending ? " asc" : " desc";
			return column + dir + ", w.opened_at" + dir + ", w.id" + dir;
		}

	}

	/** A warning to open, with what triggered it and the intervention proposed. */
	public record Opening(UUID partyId, UUID agencyId, Reason reason, String triggerType, UUID triggerId, Double score,
			List<RiskScores.Factor> factors, String proposedForm, String proposedMeasures, UUID proposedPointId) {
	}

	/**
	 * The intervention recorded: what came of it ({@code GUIDANCE_GIVEN} by default), the
	 * guidance form used (needed for {@code GUIDANCE_GIVEN}), what was done (for
	 * {@code DISMISSED}, the reason), the act of guidance and the inspection if any.
	 */
	public record Intervention(
			@Schema(description = "the guidance form used; needed for GUIDANCE_GIVEN",
					example = "INTERVIEW") @Size(max = 40) String form,
			@Schema(description = "what was done; for DISMISSED, the reason",
					example = "约谈负责人，讲解相关法律规定") @NotBlank @Size(max = 2000) String note,
			UUID actId, @Schema(description = "GUIDANCE_GIVEN (default), INSPECTION or DISMISSED") Outcome outcome,
			@Schema(description = "the inspection made; needed for INSPECTION") UUID inspectionId) {

		/** Guidance given in a form, as before outcomes were recorded. */
		public Intervention(String form, String note, UUID actId) {
			this(form, note, actId, null, null);
		}

		public Outcome outcomeOrDefault() {
			return outcome == null ? Outcome.GUIDANCE_GIVEN : outcome;
		}

	}

	/**
	 * A warning as the API and pages show it; {@code grade} is the party's current grade
	 * ({@code null} before it was first scored), {@code expiresOn} the deadline.
	 */
	public record WarningView(UUID id, UUID partyId, UUID agencyId, Reason reason, Status status, String triggerType,
			UUID triggerId, java.math.BigDecimal score, tools.jackson.databind.JsonNode factors, String proposedForm,
			String proposedMeasures, UUID proposedPointId, OffsetDateTime openedAt, LocalDate expiresOn,
			String interventionForm, String interventionNote, UUID interventionActId, OffsetDateTime handledAt,
			String partyName, Grade grade, Outcome interventionOutcome, UUID interventionInspectionId, UUID handledBy) {

		/** Whether the deadline passed before the warning was handled. */
		public boolean overdue(LocalDate today) {
			return status != Status.HANDLED && expiresOn.isBefore(today);
		}

	}

	/** The intervention on a warning was recorded (audited). */
	public record WarningHandled(UUID warningId, UUID agencyId, UUID partyId,
			Map<String, Object> after) implements AuditedEvent {

		public String subjectType() {
			return "RISK_WARNING";
		}

		public String subjectId() {
			return warningId.toString();
		}

		public String action() {
			return "HANDLED";
		}

		public Map<String, Object> before() {
			return Map.of("status", Status.OPEN.name());
		}

	}

}
