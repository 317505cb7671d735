package org.shanzhi.mediation;

/**
 * What a session of a general case was (M4): a mediation session, a hearing where the
 * facts are disputed (听证), or a site investigation (现场调查).
 */
public enum SessionKind {

	SESSION, HEARING, SITE_INVESTIGATION

}
