package org.shanzhi.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Extension point through which account administration reads the directory without
 * depending on it (the directory depends on this module): the agencies an account may
 * belong to, by name, and the officer records it may be linked to. The directory module
 * provides it.
 */
public interface StaffDirectory {

	/** Every agency's name by id, in the directory's order. */
	Map<UUID, String> agencyNames();

	/** The officer records of an agency, in the directory's order. */
	List<OfficerRecord> officersOf(UUID agencyId);

	/** The officer record, of whichever agency. */
	Optional<OfficerRecord> officer(UUID officerId);

	/** An officer record: whose, the officer's name and certificate number. */
	record OfficerRecord(UUID id, UUID agencyId, String name, String certificateNumber) {
	}

}
