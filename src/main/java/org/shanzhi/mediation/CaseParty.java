package org.shanzhi.mediation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A party of a mediation case, its role, and what it did: consented (or refused) and
 * when, signed the agreement and when, each with its {@link Confirmation} (M8).
 * {@code agency} marks the respondent agency of a reconsideration mediation (M7), whose
 * id is an agency's, not a party's of the directory.
 */
public record CaseParty(UUID partyId, PartyRole role, Boolean consented, OffsetDateTime consentedAt,
		OffsetDateTime signedAt, Confirmation consent, Confirmation signature, Boolean agency) {

	public CaseParty(UUID partyId, PartyRole role) {
		this(partyId, role, null, null, null, null, null, null);
	}

	public CaseParty withConsent(boolean yes, Confirmation how) {
		return new CaseParty(partyId, role, yes, how.at(), signedAt, how, signature, agency);
	}

	public CaseParty withSignature(Confirmation how) {
		return new CaseParty(partyId, role, consented, consentedAt, how == null ? null : how.at(), consent, how,
				agency);
	}

	public boolean isAgency() {
		return Boolean.TRUE.equals(agency);
	}

	public boolean signed() {
		return signedAt != null;
	}

}
