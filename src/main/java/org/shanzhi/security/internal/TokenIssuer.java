package org.shanzhi.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.shanzhi.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Issues the bearer tokens of {@code POST /api/v1/auth/token}: HS256 JWTs carrying the
 * actor.
 */
@Component
class TokenIssuer {

	static final String ROLES = "roles";

	static final String ACCOUNT = "aid";

	static final String AGENCY = "agency";

	static final String PARTY = "party";

	static final String NAME = "name";

	/** When the account's password was set: a change of password revokes the token. */
	static final String PASSWORD = "pwd";

	private final SigningKeys keys;

	private final AccountStanding standing;

	private final Clock clock;

	private final Duration lifetime;

	TokenIssuer(SigningKeys keys, AccountStanding standing, Clock clock,
			@Value("${shanzhi.security.token-lifetime:PT2H}") Duration lifetime) {
		this.keys = keys;
		this.standing = standing;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	IssuedToken issue(Actor actor) {
		Instant now = clock.instant();
		Instant expires = now.plus(lifetime);
		List<String> roles = actor.roles().stream().map(Enum::name).sorted().toList();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer("shanzhi")
			.subject(actor.username())
			.issuedAt(now)
			.expiresAt(expires)
			.claim(ROLES, roles)
			.claim(ACCOUNT, actor.accountId().toString())
			.claim(NAME, actor.displayName());
		if (actor.agencyId() != null) {
			claims.claim(AGENCY, actor.agencyId().toString());
		}
		if (actor.partyId() != null) {
			claims.claim(PARTY, actor.partyId().toString());
		}
		standing.of(actor.accountId())
			.map(AccountStanding.Standing::passwordStamp)
			.ifPresent(stamp -> claims.claim(PASSWORD, stamp));
		var encoder = new NimbusJwtEncoder(new com.nimbusds.jose.jwk.source.ImmutableSecret<>(keys.key()));
		String token = encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
		return new IssuedToken(token, expires, roles);
	}

	record IssuedToken(String token, Instant expiresAt, List<String> roles) {
	}

}
