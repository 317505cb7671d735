package org.shanzhi.guidance;

import java.util.Optional;
import java.util.UUID;

/**
 * Extension point for the risk catalogue (R4, G4): the title of a risk point an act may
 * concern, if it exists and the agency may use it. The risk module provides it; until it
 * does, no risk point can be named.
 */
public interface RiskPointCatalogue {

	Optional<String> title(UUID riskPointId, UUID agencyId);

}
