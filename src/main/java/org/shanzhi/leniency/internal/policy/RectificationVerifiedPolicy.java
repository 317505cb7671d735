package org.shanzhi.leniency.internal.policy;

import org.shanzhi.leniency.Conditions;
import org.springframework.stereotype.Component;

/** The agency verified the rectification (整改经核查到位). */
@Component
@org.springframework.core.annotation.Order(6)
public class RectificationVerifiedPolicy implements ConditionPolicy {

	@Override
	public String name() {
		return "rectification-verified";
	}

	@Override
	public boolean appliesTo(Conditions conditions) {
		return Boolean.TRUE.equals(conditions.rectificationVerified());
	}

	@Override
	public PolicyOutcome evaluate(Conditions conditions, AssessmentFacts facts) {
		boolean held = Boolean.TRUE.equals(facts.rectificationVerified());
		return new PolicyOutcome(name(), held, held ? "rectification-verified.held" : "rectification-verified.failed",
				new Object[0]);
	}

}
