package org.shanzhi.mediation;

/**
 * Where a mediation case stands. It starts AWAITING_CONSENT; once every party consented a
 * general case AWAITS_ACCEPTANCE (a simple one is ACCEPTED at once); sessions put it
 * IN_SESSION; an agreement proposed to the parties is AWAITING_SIGNATURES until every
 * party signed it; it ends AGREED, TERMINATED (a refused consent, or ended without
 * agreement) or REFUSED (not accepted).
 */
public enum MediationStatus {

	AWAITING_CONSENT, AWAITING_ACCEPTANCE, ACCEPTED, IN_SESSION, AWAITING_SIGNATURES, AGREED, TERMINATED, REFUSED;

	public boolean closed() {
		return this == AGREED || this == TERMINATED || this == REFUSED;
	}

}
