package org.shanzhi.security;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

	/**
	 * The agencies whose records the current actor may see and act on: all (supervisors),
	 * their own, or none. Records shared with the agency (J2) are not in it: reads of a
	 * shared type ask {@link #readScope(SharedRecordType)}.
	 */
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
		return new AgencyScope(false, Set.of(actor.agencyId()));
	}

	/**
	 * The agencies whose records of the type the current actor may read: their own scope
	 * plus the agencies sharing the type with their agency today by an approved rule
	 * (J2). Only reads use it; a change always needs {@link #scope()}.
	 */
	public AgencyScope readScope(SharedRecordType type) {
		Actor actor = current();
		AgencyScope own = scopeOf(actor);
		if (own.all() || actor.agencyId() == null || sharing.isEmpty()) {
			return own;
		}
		Set<UUID> ids = new HashSet<>(own.agencyIds());
		for (AgencySharing s : sharing) {
			ids.addAll(s.agenciesSharingWith(actor.agencyId(), type));
		}
		return new AgencyScope(false, Set.copyOf(ids));
	}

	/**
	 * Whether the record of the agency reaches the current actor only through a sharing
	 * rule: it is shown read-only, marked as shared by its agency.
	 */
	public boolean isShared(UUID recordAgencyId) {
		Actor actor = currentIfAny().orElse(null);
		return actor != null && !actor.seesAllAgencies() && actor.agencyId() != null && recordAgencyId != null
				&& !recordAgencyId.equals(actor.agencyId());
	}

	/**
	 * Logs the reads of the shared ones among the records just shown (J2), for their
	 * agencies to see; returns the records unchanged.
	 */
	public <T> List<T> noteReads(SharedRecordType type, String via, List<T> records,
			java.util.function.Function<T, UUID> agencyOf, java.util.function.Function<T, UUID> idOf) {
		Map<UUID, List<UUID>> byOwner = new java.util.LinkedHashMap<>();
		for (T r : records) {
			UUID agency = agencyOf.apply(r);
			if (isShared(agency)) {
				byOwner.computeIfAbsent(agency, a -> new java.util.ArrayList<>()).add(idOf.apply(r));
			}
		}
		if (!byOwner.isEmpty()) {
			Actor reader = current();
			for (AgencySharing s : sharing) {
				s.recordReads(reader, type, via, byOwner);
			}
		}
		return records;
	}

	/** {@link #noteReads} for one record shown in detail. */
	public <T> T noteRead(SharedRecordType type, T record, java.util.function.Function<T, UUID> agencyOf,
			java.util.function.Function<T, UUID> idOf) {
		noteReads(type, "detail", List.of(record), agencyOf, idOf);
		return record;
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
