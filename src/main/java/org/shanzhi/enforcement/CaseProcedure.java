package org.shanzhi.enforcement;

/**
 * The procedure a case follows: the ordinary one (普通程序, APL arts. 54–65) or the simple
 * one on the spot (简易程序 当场处罚, APL arts. 51–52).
 */
public enum CaseProcedure {

	ORDINARY, SIMPLE

}
