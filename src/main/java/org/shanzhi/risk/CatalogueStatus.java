package org.shanzhi.risk;

/**
 * Where a catalogue version stands: a DRAFT being written, in public CONSULTATION (R2),
 * PUBLISHED from its effective date (R3).
 */
public enum CatalogueStatus {

	DRAFT, CONSULTATION, PUBLISHED

}
