package org.shanzhi.enforcement;

import java.math.BigDecimal;

/**
 * The statutory fine range of a violation type (yuan); {@code fine} false when the type
 * carries no fine (e.g. a warning only).
 */
public record PenaltyRange(boolean fine, BigDecimal min, BigDecimal max, String otherPenalties) {

	public boolean contains(BigDecimal amount) {
		return fine && amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
	}

}
