package org.shanzhi.security.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.security.Actor;
import org.shanzhi.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns any of our authentications (session, bearer token, run-as) into the
 * {@link Actor}.
 */
public final class ActorResolver {

	private ActorResolver() {
	}

	public static Optional<Actor> resolve(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof Actor actor) {
			return Optional.of(actor);
		}
		if (principal instanceof AccountPrincipal account) {
			return Optional.of(account.actor());
		}
		if (principal instanceof Jwt jwt) {
			return Optional.of(fromJwt(jwt));
		}
		return Optional.empty();
	}

	static Actor fromJwt(Jwt jwt) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Collection<String> claimed = jwt.getClaimAsStringList(TokenIssuer.ROLES);
		if (claimed != null) {
			for (String r : claimed) {
				roles.add(Role.valueOf(r));
			}
		}
		return new Actor(uuid(jwt.getClaimAsString(TokenIssuer.ACCOUNT)), jwt.getSubject(),
				jwt.getClaimAsString(TokenIssuer.NAME), Set.copyOf(roles),
				uuid(jwt.getClaimAsString(TokenIssuer.AGENCY)), uuid(jwt.getClaimAsString(TokenIssuer.PARTY)));
	}

	private static UUID uuid(String value) {
		return value == null || value.isBlank() ? null : UUID.fromString(value);
	}

}
