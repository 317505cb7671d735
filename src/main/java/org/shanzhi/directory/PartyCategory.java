package org.shanzhi.directory;

/**
 * Category of a party: the axis along which risk catalogues, leniency lists and guidance
 * are organised. Labels are in {@code messages*.properties} as
 * {@code party.category.<NAME>}.
 */
public enum PartyCategory {

	CATERING, FOOD_PRODUCTION, RETAIL, PHARMACY, CONSTRUCTION, TRANSPORT, MANUFACTURING, HAZARDOUS_CHEMICALS, MEDICAL,
	EDUCATION, ACCOMMODATION, ENTERTAINMENT, REAL_ESTATE, MINING, AGRICULTURE, EMPLOYER, RESIDENT, OTHER

}
