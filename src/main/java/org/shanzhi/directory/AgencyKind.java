package org.shanzhi.directory;

/**
 * An enforcement agency, an organisation authorised by law to enforce, or a supervising
 * office.
 */
public enum AgencyKind {

	ENFORCEMENT, AUTHORISED, SUPERVISOR

}
