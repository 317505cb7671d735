package org.shanzhi.leniency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.shanzhi.enforcement.HarmLevel;

/**
 * The structured conditions of a list entry (schema version 1). A {@code null} field is a
 * condition the entry does not have. Each field is evaluated by the policy of the same
 * name.
 *
 * @param firstOffenceMonths first offence: no established violation within this many
 * months before the act (SAMR uses 24, some provinces 12)
 * @param firstOffenceScope whether earlier violations of the same type only, or of any
 * type, count
 * @param maxHarm the harm the act caused is at most this
 * @param correctedWithinDays corrected within this many days of the act's discovery
 * @param correctedBeforeDecision corrected before the decision
 * @param commitmentLetter the party signed a commitment letter (承诺书)
 * @param rectificationVerified the rectification was verified by the agency
 */
public record Conditions(@Min(1) @Max(120) Integer firstOffenceMonths, Scope firstOffenceScope, HarmLevel maxHarm,
		@Min(0) @Max(365) Integer correctedWithinDays, Boolean correctedBeforeDecision, Boolean commitmentLetter,
		Boolean rectificationVerified) {

	public static final int SCHEMA = 1;

	/** Which earlier violations break a first offence. */
	public enum Scope {

		SAME_VIOLATION, ANY_VIOLATION

	}

	public Scope scope() {
		return firstOffenceScope == null ? Scope.SAME_VIOLATION : firstOffenceScope;
	}

	public static Conditions none() {
		return new Conditions(null, null, null, null, null, null, null);
	}

}
