package org.shanzhi.mediation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.AuditedEvent;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Mediators (M5; LY14): an agency's full-time and part-time mediators and the external
 * experts it calls on; their assignment to a case; and the recusal of a mediator with a
 * conflict of interest, recorded with its reason, after which the mediator is off the
 * case for good.
 */
@Service
@Validated
public class Mediators {

	/** 专职, 兼职 or 外聘专家. */
	public enum Kind {

		FULL_TIME, PART_TIME, EXPERT

	}

	private final JdbcClient jdbc;

	private final MediationCases cases;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Mediators(JdbcClient jdbc, MediationCases cases, Actors actors, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** Registers a mediator of the head's agency. */
	@Transactional
	public MediatorView register(@Valid Register command) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		UUID agency = actor.requireAgency();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into mediation.mediator (id, agency_id, name, kind, account_id, specialty, created_at)
				values (:id, :agency, :name, :kind, :account, :specialty, :at)
				""")
			.param("id", id)
			.param("agency", agency)
			.param("name", command.name().strip())
			.param("kind", command.kind().name())
			.param("account", command.accountId())
			.param("specialty", command.specialty())
			.param("at", OffsetDateTime.now(clock))
			.update();
		return list(agency).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
	}

	/** The mediators of an agency. */
	@Transactional(readOnly = true)
	public List<MediatorView> list(UUID agencyId) {
		actors.require(MediationCases.READERS);
		return jdbc
			.sql("select id, agency_id, name, kind, account_id, specialty from mediation.mediator "
					+ "where agency_id = :agency order by kind, name")
			.param("agency", agencyId)
			.query((rs, n) -> new MediatorView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), Kind.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6)))
			.list();
	}

	/**
	 * Assigns a mediator of the case's agency to the case; a recused one cannot return.
	 */
	@Transactional
	public List<AssignmentView> assign(UUID caseId, UUID mediatorId) {
		Actor actor = actors.require(MediationCases.HANDLERS);
		MediationCaseView c = caseForChange(caseId, actor);
		MediatorView m = list(c.agencyId()).stream()
			.filter(x -> x.id().equals(mediatorId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.forId("mediator", mediatorId));
		var existing = assignments(caseId).stream().filter(a -> a.mediatorId().equals(m.id())).findFirst();
		if (existing.isPresent()) {
			throw RuleViolationException.conflict(
					existing.get().recusedAt() != null ? "mediator-recused" : "mediator-already-assigned", m.name());
		}
		jdbc.sql("""
				insert into mediation.assignment (case_id, mediator_id, assigned_by, assigned_at)
				values (:case, :mediator, :by, :at)
				""")
			.param("case", caseId)
			.param("mediator", mediatorId)
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		events.publishEvent(new MediatorChanged(caseId, c.agencyId(), mediatorId, m.name(), "MEDIATOR_ASSIGNED", null));
		return assignments(caseId);
	}

	/**
	 * A mediator steps aside for a conflict of interest (related to a party, or any other
	 * reason that could affect impartiality), with the reason recorded.
	 */
	@Transactional
	public List<AssignmentView> recuse(UUID caseId, UUID mediatorId, String reason) {
		Actor actor = actors.require(MediationCases.HANDLERS);
		MediationCaseView c = caseForChange(caseId, actor);
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.rule("recusal-needs-reason");
		}
		AssignmentView a = assignments(caseId).stream()
			.filter(x -> x.mediatorId().equals(mediatorId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.forId("assignment", mediatorId));
		if (a.recusedAt() != null) {
			throw RuleViolationException.conflict("mediator-recused", a.name());
		}
		jdbc.sql("""
				update mediation.assignment set recused_at = :at, recusal_reason = :reason
				where case_id = :case and mediator_id = :mediator
				""")
			.param("at", OffsetDateTime.now(clock))
			.param("reason", reason.strip())
			.param("case", caseId)
			.param("mediator", mediatorId)
			.update();
		events.publishEvent(
				new MediatorChanged(caseId, c.agencyId(), mediatorId, a.name(), "MEDIATOR_RECUSED", reason.strip()));
		return assignments(caseId);
	}

	/** The mediators of a case, recused ones with their reason. */
	@Transactional(readOnly = true)
	public List<AssignmentView> assignments(UUID caseId) {
		return jdbc.sql("""
				select a.mediator_id, m.name, m.kind, a.assigned_at, a.recused_at, a.recusal_reason
				from mediation.assignment a join mediation.mediator m on m.id = a.mediator_id
				where a.case_id = :case order by a.assigned_at
				""")
			.param("case", caseId)
			.query((rs, n) -> new AssignmentView(rs.getObject(1, UUID.class), rs.getString(2),
					Kind.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class),
					rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
			.list();
	}

	private MediationCaseView caseForChange(UUID caseId, Actor actor) {
		MediationCaseView c = cases.get(caseId);
		if (!c.agencyId().equals(actor.agencyId())) {
			throw new org.springframework.security.access.AccessDeniedException("only the case's agency");
		}
		if (c.status().closed()) {
			throw RuleViolationException.conflict("mediation-closed", c.status().name());
		}
		return c;
	}

	public record Register(@NotBlank @Size(max = 100) String name, @NotNull Kind kind, UUID accountId,
			@Size(max = 200) String specialty) {
	}

	public record MediatorView(UUID id, UUID agencyId, String name, Kind kind, UUID accountId, String specialty) {
	}

	public record AssignmentView(UUID mediatorId, String name, Kind kind, OffsetDateTime assignedAt,
			OffsetDateTime recusedAt, String recusalReason) {
	}

	/** A mediator was assigned to a case, or stepped aside. */
	public record MediatorChanged(UUID caseId, UUID agencyId, UUID mediatorId, String name, String action,
			String reason) implements AuditedEvent {

		public String subjectType() {
			return "MEDIATION_CASE";
		}

		public String subjectId() {
			return caseId.toString();
		}

		public Map<String, Object> after() {
			return reason == null ? Map.of("mediator", name) : Map.of("mediator", name, "reason", reason);
		}
	}

}
