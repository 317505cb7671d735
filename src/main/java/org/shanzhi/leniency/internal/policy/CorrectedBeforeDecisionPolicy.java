package org.shanzhi.leniency.internal.policy;

import org.shanzhi.leniency.Conditions;
import org.springframework.stereotype.Component;

/** Corrected before the decision is made (在作出决定前改正). */
@Component
@org.springframework.core.annotation.Order(4)
public class CorrectedBeforeDecisionPolicy implements ConditionPolicy {

	@Override
	public String name() {
		return "corrected-before-decision";
	}

	@Override
	public boolean appliesTo(Conditions conditions) {
		return Boolean.TRUE.equals(conditions.correctedBeforeDecision());
	}

	@Override
	public PolicyOutcome evaluate(Conditions conditions, AssessmentFacts facts) {
		boolean held = Boolean.TRUE.equals(facts.corrected())
				&& (facts.correctedOn() == null || !facts.correctedOn().isAfter(facts.decisionDate()));
		return new PolicyOutcome(name(), held,
				held ? "corrected-before-decision.held" : "corrected-before-decision.failed",
				new Object[] { facts.decisionDate() });
	}

}
