package org.shanzhi.directory;

/** Government level of an agency. */
public enum AgencyLevel {

	CITY, COUNTY

}
