package org.shanzhi.enforcement;

/**
 * The statutory course of an enforcement case: opened (立案), investigated (调查终结), a
 * decision that departs from the leniency proposal awaiting the legal review (法制审核),
 * decided (作出决定), closed (结案).
 */
public enum CaseStatus {

	OPEN, INVESTIGATED, AWAITING_REVIEW, DECIDED, CLOSED

}
