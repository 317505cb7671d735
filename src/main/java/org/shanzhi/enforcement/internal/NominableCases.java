package org.shanzhi.enforcement.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shanzhi.directory.Parties;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.NominableRecords;
import org.shanzhi.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Enforcement cases as excellent cases (S3): the party's name is kept out of the library.
 */
@Component
class NominableCases implements NominableRecords {

	private final EnforcementCases cases;

	private final Parties parties;

	NominableCases(EnforcementCases cases, Parties parties) {
		this.cases = cases;
		this.parties = parties;
	}

	@Override
	public String type() {
		return "ENFORCEMENT_CASE";
	}

	@Override
	public Optional<Nominable> find(UUID id) {
		try {
			CaseView c = cases.get(id);
			String name = Actors.runAs(Actor.SYSTEM, () -> parties.get(c.partyId()).name());
			return Optional.of(new Nominable(c.agencyId(), c.number(), List.of(name)));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

}
