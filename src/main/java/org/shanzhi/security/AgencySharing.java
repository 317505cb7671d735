package org.shanzhi.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Extension point for information sharing among agencies (J2): which agencies share a
 * kind of record with the given one now, and the log of every read of a shared record.
 * The joint-enforcement module provides it from explicit, approved sharing rules.
 */
public interface AgencySharing {

	/** The agencies whose records of the type the given agency may read today. */
	Set<UUID> agenciesSharingWith(UUID agencyId, SharedRecordType type);

	/**
	 * Logs that the reader read shared records (record ids by the agency owning them),
	 * for the owning agency to see; {@code via} says where ({@code detail},
	 * {@code list}).
	 */
	void recordReads(Actor reader, SharedRecordType type, String via, Map<UUID, List<UUID>> recordsByOwner);

}
