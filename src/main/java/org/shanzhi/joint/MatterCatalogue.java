package org.shanzhi.joint;

import java.util.UUID;

/**
 * Which matters an agency is competent to check (J1): provided by the enforcement module
 * from the agencies' violation catalogues, so that a matter is never assigned to an
 * agency without competence for it.
 */
public interface MatterCatalogue {

	/** Whether the matter (a violation code) is in the agency's catalogue. */
	boolean covers(UUID agencyId, String matter);

	/** A matter an agency checks: a violation code of its catalogue and its title. */
	record Matter(String code, String title) {
	}

	/** The matters of an agency's catalogue, by code. */
	java.util.List<Matter> mattersOf(UUID agencyId);

}
