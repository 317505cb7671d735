package org.shanzhi.mediation;

/**
 * Where a mediation case stands. It starts AWAITING_CONSENT; once every party consented a
 * general case AWAITS_ACCEPTANCE (a simple one is ACCEPTED at once); sessions put it
 * IN_SESSION; it ends AGREED, TERMINATED (a refused consent, or ended without agreement)
 * or REFUSED (not accepted).
 */
public enum MediationStatus {

	AWAITING_CONSENT, AWAITING_ACCEPTANCE, ACCEPTED, IN_SESSION, AGREED, TERMINATED, REFUSED;

	public boolean closed() {
		return this == AGREED || this == TERMINATED || this == REFUSED;
	}

}
