package org.shanzhi.leniency.internal.policy;

import org.shanzhi.leniency.Conditions;

/** A named rule that decides one kind of condition of a list entry. */
public interface ConditionPolicy {

	String name();

	/** Whether the entry's conditions include this policy's condition. */
	boolean appliesTo(Conditions conditions);

	PolicyOutcome evaluate(Conditions conditions, AssessmentFacts facts);

}
