package org.shanzhi.leniency.internal.policy;

import org.shanzhi.leniency.Conditions;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** The harm caused (危害后果) is at most the entry's level. */
@Component
@org.springframework.core.annotation.Order(2)
public class HarmPolicy implements ConditionPolicy {

	@Override
	public String name() {
		return "harm";
	}

	@Override
	public boolean appliesTo(Conditions conditions) {
		return conditions.maxHarm() != null;
	}

	@Override
	public PolicyOutcome evaluate(Conditions conditions, AssessmentFacts facts) {
		var limit = new DefaultMessageSourceResolvable("harm." + conditions.maxHarm());
		if (facts.harm() == null) {
			return new PolicyOutcome(name(), false, "harm.unknown", new Object[] { limit });
		}
		var actual = new DefaultMessageSourceResolvable("harm." + facts.harm());
		boolean held = facts.harm().atMost(conditions.maxHarm());
		return new PolicyOutcome(name(), held, held ? "harm.held" : "harm.failed", new Object[] { actual, limit });
	}

}
