package org.shanzhi.security;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * An account as administrators and the platform see it (never its password):
 * {@code passwordChangeRequired} while the holder has not yet replaced a password an
 * administrator set.
 */
public record AccountView(UUID id, String username, String displayName, Set<Role> roles, UUID agencyId, UUID officerId,
		UUID partyId, boolean enabled, OffsetDateTime lockedUntil, boolean passwordChangeRequired,
		OffsetDateTime passwordChangedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

	/** The account acting (start-up work, tests). */
	public Actor actor() {
		return new Actor(id, username, displayName, roles, agencyId, partyId);
	}

	/** Locked after wrong passwords at the given time. */
	public boolean lockedAt(OffsetDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public boolean isAdministrator() {
		return roles.contains(Role.ADMIN);
	}

}
