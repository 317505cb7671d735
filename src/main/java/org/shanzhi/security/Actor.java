package org.shanzhi.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: a signed-in account with its roles, its agency (staff) or party
 * (public).
 */
public record Actor(UUID accountId, String username, String displayName, Set<Role> roles, UUID agencyId, UUID partyId) {

	/** The platform itself, for start-up work such as loading demo data. */
	public static final Actor SYSTEM = new Actor(new UUID(0, 0), "system", "系统", Set.of(Role.ADMIN, Role.SUPERVISOR),
			null, null);

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		for (Role r : candidates) {
			if (roles.contains(r)) {
				return true;
			}
		}
		return false;
	}

	/** Supervisors and administrators see every agency's records. */
	public boolean seesAllAgencies() {
		return hasAny(Role.SUPERVISOR, Role.ADMIN);
	}

	public boolean isPublic() {
		return roles.equals(Set.of(Role.PUBLIC));
	}

	/**
	 * The agency the actor acts for; refused (422 {@code actor-needs-agency}) for an
	 * actor of no agency, such as an administrator.
	 */
	public UUID requireAgency() {
		if (agencyId == null) {
			throw org.shanzhi.shared.RuleViolationException.rule("actor-needs-agency");
		}
		return agencyId;
	}

	public boolean isStaff() {
		return roles.stream().anyMatch(Role::isStaff);
	}
}
