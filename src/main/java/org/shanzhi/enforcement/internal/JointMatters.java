package org.shanzhi.enforcement.internal;

import java.util.UUID;

import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.joint.MatterCatalogue;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.springframework.stereotype.Component;

/**
 * The matters an agency may check in a joint action (J1): the violation codes of its own
 * catalogue.
 */
@Component
class JointMatters implements MatterCatalogue {

	private final ViolationTypes types;

	JointMatters(ViolationTypes types) {
		this.types = types;
	}

	@Override
	public boolean covers(UUID agencyId, String matter) {
		return Actors.runAs(Actor.SYSTEM, () -> types.find(agencyId, matter).isPresent());
	}

	@Override
	public java.util.List<Matter> mattersOf(UUID agencyId) {
		return Actors.runAs(Actor.SYSTEM,
				() -> types.list(agencyId).stream().map(t -> new Matter(t.code(), t.title())).toList());
	}

}
