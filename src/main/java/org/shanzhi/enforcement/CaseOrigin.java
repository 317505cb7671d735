package org.shanzhi.enforcement;

/** Where a case came from. */
public enum CaseOrigin {

	INSPECTION, COMPLAINT, GUIDANCE, EX_OFFICIO

}
