package org.shanzhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.directory.Parties;
import org.shanzhi.enforcement.internal.Inspection;
import org.shanzhi.enforcement.internal.InspectionRepository;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.SharedRecordType;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Inspections (检查) of parties, with their findings; a case may be opened from one. */
@Service
@Validated
public class Inspections {

	private final InspectionRepository inspections;

	private final Parties parties;

	private final Actors actors;

	private final Clock clock;

	Inspections(InspectionRepository inspections, Parties parties, Actors actors, Clock clock) {
		this.inspections = inspections;
		this.parties = parties;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public InspectionView record(@Valid RecordInspectionCommand command) {
		Actor actor = actors.require(EnforcementCases.HANDLERS);
		UUID agencyId = actor.requireAgency();
		parties.get(command.partyId());
		if (command.inspectedOn().isAfter(LocalDate.now(clock))) {
			throw new FieldRejectedException("inspectedOn", "notInFuture");
		}
		return inspections
			.saveAndFlush(
					new Inspection(UUID.randomUUID(), agencyId, actor.accountId(), command, OffsetDateTime.now(clock)))
			.view();
	}

	@Transactional(readOnly = true)
	public InspectionView get(UUID id) {
		actors.require(EnforcementCases.READERS);
		AgencyScope scope = actors.readScope(SharedRecordType.VIOLATIONS);
		InspectionView view = inspections.findById(id)
			.map(Inspection::view)
			.filter(i -> scope.includes(i.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("inspection", id));
		return actors.noteRead(SharedRecordType.VIOLATIONS, view, InspectionView::agencyId, InspectionView::id);
	}

	@Transactional(readOnly = true)
	public List<InspectionView> ofParty(UUID partyId) {
		actors.require(EnforcementCases.READERS);
		AgencyScope scope = actors.readScope(SharedRecordType.VIOLATIONS);
		return actors.noteReads(SharedRecordType.VIOLATIONS, "list",
				inspections.ofParty(partyId, scope.all(), scope.idsForQuery()).stream().map(Inspection::view).toList(),
				InspectionView::agencyId, InspectionView::id);
	}

}
