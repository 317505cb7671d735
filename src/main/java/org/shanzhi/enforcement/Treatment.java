package org.shanzhi.enforcement;

/**
 * What a decision does with an established violation, from the most lenient: no penalty
 * (不予处罚), lighter (从轻: within the statutory range, towards its lower end), mitigated (减轻:
 * below the statutory minimum), standard. {@code NOT_ESTABLISHED} records that the
 * violation was not established (违法事实不成立), so nothing is imposed.
 */
public enum Treatment {

	NO_PENALTY, LIGHTER, MITIGATED, STANDARD, NOT_ESTABLISHED;

	public boolean imposesFine() {
		return this == LIGHTER || this == MITIGATED || this == STANDARD;
	}

}
