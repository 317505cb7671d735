package org.shanzhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.Agencies;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The time limits of the penalty procedure: each agency's figures (the statutory defaults
 * until its head sets its province's own), and a case's limits counted from them with the
 * official calendar's working days.
 */
@Service
@Validated
public class PenaltyTimeLimits {

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final Actors actors;

	private final WorkingDays workingDays;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PenaltyTimeLimits(JdbcClient jdbc, Agencies agencies, Actors actors, WorkingDays workingDays,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.actors = actors;
		this.workingDays = workingDays;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The agency's figures (the head of that agency, ADMIN); default: the actor's agency.
	 */
	@Transactional(readOnly = true)
	public TimeLimitsView get(UUID agencyId) {
		return of(permittedAgency(agencyId));
	}

	/**
	 * Sets the agency's figures (the head of that agency, ADMIN); a simple-procedure
	 * maximum above APL art. 51 → 422 {@code threshold-above-statute}.
	 */
	@Transactional
	public TimeLimitsView set(UUID agencyId, @Valid SetTimeLimitsCommand c) {
		UUID agency = permittedAgency(agencyId);
		if (c.simpleFineMaxPerson().compareTo(TimeLimitsView.STATUTE_SIMPLE_MAX_PERSON) > 0) {
			throw RuleViolationException.rule("threshold-above-statute", "simpleFineMaxPerson",
					TimeLimitsView.STATUTE_SIMPLE_MAX_PERSON);
		}
		if (c.simpleFineMaxOrganization().compareTo(TimeLimitsView.STATUTE_SIMPLE_MAX_ORGANIZATION) > 0) {
			throw RuleViolationException.rule("threshold-above-statute", "simpleFineMaxOrganization",
					TimeLimitsView.STATUTE_SIMPLE_MAX_ORGANIZATION);
		}
		TimeLimitsView before = of(agency);
		jdbc.sql("""
				insert into enforcement.time_limits (agency_id, decision_days, extension_days, statement_working_days,
				    publication_working_days, simple_fine_max_person, simple_fine_max_organization,
				    hearing_fine_min_person, hearing_fine_min_organization, hearing_value_min_person,
				    hearing_value_min_organization, filing_working_days, payment_due_days, updated_by, updated_at)
				values (:agency, :decision, :extension, :statement, :publication, :simplePerson, :simpleOrg,
				    :hearingPerson, :hearingOrg, :valuePerson, :valueOrg, :filing, :payment, :by, :at)
				on conflict (agency_id) do update set decision_days = excluded.decision_days,
				    extension_days = excluded.extension_days, statement_working_days = excluded.statement_working_days,
				    publication_working_days = excluded.publication_working_days,
				    simple_fine_max_person = excluded.simple_fine_max_person,
				    simple_fine_max_organization = excluded.simple_fine_max_organization,
				    hearing_fine_min_person = excluded.hearing_fine_min_person,
				    hearing_fine_min_organization = excluded.hearing_fine_min_organization,
				    hearing_value_min_person = excluded.hearing_value_min_person,
				    hearing_value_min_organization = excluded.hearing_value_min_organization,
				    filing_working_days = excluded.filing_working_days, payment_due_days = excluded.payment_due_days,
				    updated_by = excluded.updated_by, updated_at = excluded.updated_at,
				    version = enforcement.time_limits.version + 1
				""")
			.param("agency", agency)
			.param("decision", c.decisionDays())
			.param("extension", c.extensionDays())
			.param("statement", c.statementWorkingDays())
			.param("publication", c.publicationWorkingDays())
			.param("simplePerson", c.simpleFineMaxPerson())
			.param("simpleOrg", c.simpleFineMaxOrganization())
			.param("hearingPerson", c.hearingFineMinPerson())
			.param("hearingOrg", c.hearingFineMinOrganization())
			.param("valuePerson", c.hearingValueMinPerson())
			.param("valueOrg", c.hearingValueMinOrganization())
			.param("filing", c.filingWorkingDays())
			.param("payment", c.paymentDueDays())
			.param("by", actors.current().accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		TimeLimitsView after = of(agency);
		events.publishEvent(new EnforcementEvents.TimeLimitsSet(agency,
				before.defaults() ? java.util.Map.of() : before.figures(), after.figures(), before.defaults()));
		return after;
	}

	/** The agency's figures, without a role check (for the facades of this module). */
	TimeLimitsView of(UUID agencyId) {
		return jdbc.sql("""
				select decision_days, extension_days, statement_working_days, publication_working_days,
				       simple_fine_max_person, simple_fine_max_organization, hearing_fine_min_person,
				       hearing_fine_min_organization, hearing_value_min_person, hearing_value_min_organization,
				       filing_working_days, payment_due_days, updated_at, version
				from enforcement.time_limits where agency_id = :agency
				""")
			.param("agency", agencyId)
			.query((rs, n) -> new TimeLimitsView(agencyId, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
					rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getInt(11), rs.getInt(12), false,
					rs.getObject(13, OffsetDateTime.class), rs.getLong(14)))
			.optional()
			.orElseGet(() -> TimeLimitsView.defaultsFor(agencyId));
	}

	/**
	 * The day filing falls due: {@code filingWorkingDays} working days from discovery.
	 */
	LocalDate filingDue(UUID agencyId, LocalDate discoveredOn) {
		return workingDays.plusWorkingDays(discoveredOn, of(agencyId).filingWorkingDays());
	}

	private UUID permittedAgency(UUID agencyId) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.ADMIN);
		if (actor.has(Role.ADMIN)) {
			if (agencyId == null) {
				throw new org.shanzhi.shared.FieldRejectedException("agencyId", "required");
			}
			return agencies.get(agencyId).id();
		}
		UUID own = actor.requireAgency();
		if (agencyId != null && !agencyId.equals(own)) {
			throw new AccessDeniedException("only the agency's own head");
		}
		return own;
	}

}
