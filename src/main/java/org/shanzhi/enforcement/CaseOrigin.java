package org.shanzhi.enforcement;

/**
 * Where a case came from (案件来源): an inspection, a complaint, guidance not followed, the
 * agency's own initiative, a referral by another organ, or another department's system.
 */
public enum CaseOrigin {

	INSPECTION, COMPLAINT, GUIDANCE, EX_OFFICIO, REFERRAL, EXCHANGE

}
