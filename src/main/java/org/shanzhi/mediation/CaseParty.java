package org.shanzhi.mediation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A party of a mediation case, its role, and what it did: consented (or refused) and
 * when, signed the agreement and when.
 */
public record CaseParty(UUID partyId, PartyRole role, Boolean consented, OffsetDateTime consentedAt,
		OffsetDateTime signedAt) {

	public CaseParty withConsent(boolean yes, OffsetDateTime at) {
		return new CaseParty(partyId, role, yes, at, signedAt);
	}

	public CaseParty withSignature(OffsetDateTime at) {
		return new CaseParty(partyId, role, consented, consentedAt, at);
	}

}
