package org.shanzhi.enforcement;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.enforcement.internal.CoerciveMeasure;
import org.shanzhi.enforcement.internal.CoerciveMeasureRepository;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Coercive measures (L4, C1): recorded only with the reason why non-coercive means cannot
 * reach the purpose and the scope; never scheduled at night or on a statutory holiday
 * unless urgent with the urgency stated (行政强制法 第四十三条); effective once the agency head
 * approves.
 */
@Service
@Validated
public class CoerciveMeasures {

	private final CoerciveMeasureRepository measures;

	private final EnforcementCases cases;

	private final ProhibitedPeriods prohibited;

	private final Actors actors;

	private final Clock clock;

	CoerciveMeasures(CoerciveMeasureRepository measures, EnforcementCases cases, ProhibitedPeriods prohibited,
			Actors actors, Clock clock) {
		this.measures = measures;
		this.cases = cases;
		this.prohibited = prohibited;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public CoerciveMeasureView request(@Valid RequestCoerciveMeasureCommand command) {
		Actor actor = actors.require(EnforcementCases.HANDLERS);
		EnforcementCase c = cases.loadForChange(command.caseId(), actor);
		if (c.status() == CaseStatus.CLOSED) {
			throw RuleViolationException.conflict("case-transition-not-allowed", "coercive-measure", c.status().name());
		}
		// the aggregate checks the reason, the scope and the urgency first
		CoerciveMeasure measure = new CoerciveMeasure(UUID.randomUUID(), c.agencyId(), command, actor.accountId(),
				OffsetDateTime.now(clock));
		prohibited.check(command.scheduledAt(), command.urgent());
		return measures.saveAndFlush(measure).view();
	}

	/** The agency head approves (the measure may then take effect) or rejects it. */
	@Transactional
	public CoerciveMeasureView decide(UUID id, boolean approve, String note) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		CoerciveMeasure measure = measures.findById(id)
			.filter(m -> m.agencyId().equals(actor.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("coercive-measure", id));
		measure.decide(approve, note, actor.accountId(), OffsetDateTime.now(clock));
		return measures.saveAndFlush(measure).view();
	}

	@Transactional(readOnly = true)
	public List<CoerciveMeasureView> ofCase(UUID caseId) {
		actors.require(EnforcementCases.READERS);
		cases.get(caseId);
		return measures.findByCaseIdOrderByCreatedAt(caseId).stream().map(CoerciveMeasure::view).toList();
	}

}
