package org.shanzhi.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records an agency may nominate as an excellent case (S3), described by the module that
 * owns them: whose record it is, what it is called, and the names of the people and
 * organisations in it, which the public case library never shows.
 */
public interface NominableRecords {

	/** A record as the case library needs it. */
	record Nominable(UUID agencyId, String label, List<String> names) {
	}

	/**
	 * The record type this module describes: ENFORCEMENT_CASE, GUIDANCE_ACT,
	 * MEDIATION_CASE.
	 */
	String type();

	/** The record, if the current actor may read it. */
	Optional<Nominable> find(UUID id);

}
