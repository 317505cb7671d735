package org.shanzhi.mediation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * How a party's consent or signature was given (M8): when, from which address, by which
 * method, and by which account. In person, the mediator records it on the party's paper
 * signature; online, the party gives it signed in, from its own address.
 */
public record Confirmation(OffsetDateTime at, String ip, Method method, UUID accountId) {

	public enum Method {

		/** Signed on paper before the mediator, recorded by the mediator. */
		IN_PERSON,
		/** Given by the party signed in on the platform. */
		ONLINE

	}

	public Confirmation atZone(java.time.ZoneId zone) {
		return new Confirmation(at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime(), ip, method,
				accountId);
	}

}
