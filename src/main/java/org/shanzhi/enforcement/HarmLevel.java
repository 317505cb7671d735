package org.shanzhi.enforcement;

/** How much harm a violation caused (危害后果), in increasing order. */
public enum HarmLevel {

	NONE, MINOR, MODERATE, SERIOUS;

	public boolean atMost(HarmLevel limit) {
		return compareTo(limit) <= 0;
	}

}
