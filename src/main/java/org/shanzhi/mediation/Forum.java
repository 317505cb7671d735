package org.shanzhi.mediation;

/**
 * Who mediates: an agency over a dispute within its competence (行政调解, M4), or a
 * reconsideration organ over an administrative dispute between an applicant and the
 * agency whose act is disputed (行政复议调解, M7).
 */
public enum Forum {

	AGENCY, RECONSIDERATION

}
