package org.shanzhi.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.shanzhi.security.internal.ActorResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The current actor and their agency scope; every module filters its queries by it. */
@Component
public class Actors {

	private final List<AgencySharing> sharing;

	public Actors(List<AgencySharing> sharing) {
		this.sharing = sharing;
	}

	public Optional<Actor> currentIfAny() {
		return ActorResolver.resolve(SecurityContextHolder.getContext().getAuthentication());
	}

	/** The signed-in actor; fails with 401 semantics when nobody is signed in. */
	public Actor current() {
		return currentIfAny().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no signed-in actor"));
	}

	public AgencyScope scope() {
		return scopeOf(current());
	}

	public AgencyScope scopeOf(Actor actor) {
		if (actor.seesAllAgencies()) {
			return AgencyScope.ALL;
		}
		if (actor.agencyId() == null) {
			return AgencyScope.NONE;
		}
		Set<UUID> ids = new HashSet<>();
		ids.add(actor.agencyId());
		for (AgencySharing s : sharing) {
			ids.addAll(s.agenciesSharingWith(actor.agencyId()));
		}
		return new AgencyScope(false, Set.copyOf(ids));
	}

	/** Refuses (403) unless the current actor has one of the roles. */
	public Actor require(Role... roles) {
		Actor actor = current();
		if (!actor.hasAny(roles)) {
			throw new AccessDeniedException("requires one of " + java.util.Arrays.toString(roles));
		}
		return actor;
	}

	/**
	 * Runs work as the given actor (start-up jobs, scheduled work), restoring the context
	 * after.
	 */
	public static <T> T runAs(Actor actor, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
				actor.roles()
					.stream()
					.map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority(r.authority()))
					.toList()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
