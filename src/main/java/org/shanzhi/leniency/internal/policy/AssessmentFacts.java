package org.shanzhi.leniency.internal.policy;

import java.time.LocalDate;
import java.util.List;

import org.shanzhi.enforcement.HarmLevel;
import org.shanzhi.enforcement.PriorViolation;

/**
 * The facts of one violation as the policies see them, with a lookup of the party's
 * established violations on record.
 *
 * @param discoveredOn when the violation was found (start of the correction period)
 * @param decisionDate the day the decision is (to be) made
 * @param firstOffenceDeclared {@code false} when the officer knows of an earlier offence
 * the records do not show
 */
public record AssessmentFacts(LocalDate occurredOn, LocalDate discoveredOn, LocalDate decisionDate, HarmLevel harm,
		Boolean firstOffenceDeclared, Boolean corrected, LocalDate correctedOn, Boolean commitmentSigned,
		Boolean rectificationVerified, PriorLookup history) {

	/**
	 * Established violations of the party from {@code from} up to (not including)
	 * {@code before}, newest first.
	 */
	@FunctionalInterface
	public interface PriorLookup {

		List<PriorViolation> within(LocalDate from, LocalDate before, boolean sameViolationOnly);

	}

}
