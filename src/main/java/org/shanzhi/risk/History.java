package org.shanzhi.risk;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.shanzhi.risk.Scorecard.Indicator;

/**
 * A history a model is backtested or fitted on (R6): the platform's own records, or an
 * agency's imported legacy history. Parties are keyed by the history's own identifiers.
 */
interface History {

	/** {@code PLATFORM} or {@code IMPORT}. */
	String source();

	/** The imported history's id; null for the platform's records. */
	UUID id();

	/** The first and last day of the history; nulls when it holds no violation. */
	LocalDate[] span();

	/**
	 * Every party's indicators from its records up to {@code asOf}, decayed with the
	 * model's half-lives.
	 */
	void features(LocalDate asOf, Scorecard model, BiConsumer<Object, Map<Indicator, Double>> sink);

	/**
	 * The parties found violating after {@code after} up to {@code until}: when the first
	 * such violation began (null if unknown) and when it was found.
	 */
	Map<Object, LocalDate[]> outcomes(LocalDate after, LocalDate until);

}
