package org.shanzhi.security;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

public record AccountView(UUID id, String username, String displayName, Set<Role> roles, UUID agencyId, UUID officerId,
		UUID partyId, boolean enabled, OffsetDateTime lockedUntil, OffsetDateTime createdAt, long version) {

	/** The account acting (start-up work, tests). */
	public Actor actor() {
		return new Actor(id, username, displayName, roles, agencyId, partyId);
	}

}
