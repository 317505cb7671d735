package org.shanzhi.mediation;

/** The disputes mediation may take up (M2; LY12-13; API.md). */
public enum DisputeType {

	STUDENT_INJURY, PUBLIC_SECURITY, TRAFFIC_ACCIDENT, LAND_OWNERSHIP, FOREST_LAND_OWNERSHIP, LABOUR, CONSUMER,
	ADMINISTRATIVE, OTHER

}
