package org.shanzhi.mediation;

/**
 * 简易程序 (on the spot, simple facts: consent, one session, agreement or termination the
 * same day) or 一般程序 (with an acceptance decision and as many sessions as needed) (M4).
 */
public enum Procedure {

	SIMPLE, GENERAL

}
