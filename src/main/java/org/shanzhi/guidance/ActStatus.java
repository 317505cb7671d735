package org.shanzhi.guidance;

/**
 * Where a guidance act stands. ISSUED awaits the party's response (ACCEPTED or DECLINED;
 * guidance is non-binding); an act with a rectification requirement ends CORRECTED or
 * NOT_CORRECTED (escalated to an enforcement case); a follow-up visit is COMPLETED when
 * recorded.
 */
public enum ActStatus {

	ISSUED, ACCEPTED, DECLINED, CORRECTED, NOT_CORRECTED, COMPLETED;

	public boolean outcomeRecorded() {
		return this == CORRECTED || this == NOT_CORRECTED;
	}

}
