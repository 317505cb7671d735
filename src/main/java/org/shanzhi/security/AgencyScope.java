package org.shanzhi.security;

import java.util.Set;
import java.util.UUID;

/**
 * The agencies whose records an actor may see: all of them (supervisors), or their own
 * plus the agencies sharing with it (J2), or none (the public, who see only their own
 * matters).
 */
public record AgencyScope(boolean all, Set<UUID> agencyIds) {

	public static final AgencyScope ALL = new AgencyScope(true, Set.of());

	public static final AgencyScope NONE = new AgencyScope(false, Set.of());

	public boolean includes(UUID agencyId) {
		return all || (agencyId != null && agencyIds.contains(agencyId));
	}

	/** For SQL: {@code where (:all or agency_id in (:ids))}; never an empty IN list. */
	public Set<UUID> idsForQuery() {
		return agencyIds.isEmpty() ? Set.of(new UUID(0, 0)) : agencyIds;
	}
}
