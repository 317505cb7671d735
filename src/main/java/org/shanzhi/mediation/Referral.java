package org.shanzhi.mediation;

/**
 * Where a terminated case is referred (M4): 行政复议, 行政诉讼 or 民事诉讼, 仲裁, or nowhere.
 */
public enum Referral {

	RECONSIDERATION, LITIGATION, ARBITRATION, NONE

}
