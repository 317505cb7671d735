package org.shanzhi.mediation.internal;

import java.util.Optional;
import java.util.UUID;

import org.shanzhi.directory.Parties;
import org.shanzhi.mediation.MediationCaseView;
import org.shanzhi.mediation.MediationCases;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.NominableRecords;
import org.shanzhi.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Mediation cases as excellent cases (S3): the parties' names are kept out of the
 * library.
 */
@Component
class NominableMediations implements NominableRecords {

	private final MediationCases cases;

	private final Parties parties;

	NominableMediations(MediationCases cases, Parties parties) {
		this.cases = cases;
		this.parties = parties;
	}

	@Override
	public String type() {
		return "MEDIATION_CASE";
	}

	@Override
	public Optional<Nominable> find(UUID id) {
		try {
			MediationCaseView c = cases.get(id);
			var names = Actors.runAs(Actor.SYSTEM,
					() -> parties.namesForDocument(c.parties().stream().map(p -> p.partyId()).toList()));
			return Optional.of(new Nominable(c.agencyId(), c.number(), java.util.List.copyOf(names.values())));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

}
