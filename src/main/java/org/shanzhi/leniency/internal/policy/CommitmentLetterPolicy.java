package org.shanzhi.leniency.internal.policy;

import org.shanzhi.leniency.Conditions;
import org.springframework.stereotype.Component;

/** The party signed a commitment letter (承诺书). */
@Component
@org.springframework.core.annotation.Order(5)
public class CommitmentLetterPolicy implements ConditionPolicy {

	@Override
	public String name() {
		return "commitment-letter";
	}

	@Override
	public boolean appliesTo(Conditions conditions) {
		return Boolean.TRUE.equals(conditions.commitmentLetter());
	}

	@Override
	public PolicyOutcome evaluate(Conditions conditions, AssessmentFacts facts) {
		boolean held = Boolean.TRUE.equals(facts.commitmentSigned());
		return new PolicyOutcome(name(), held, held ? "commitment-letter.held" : "commitment-letter.failed",
				new Object[0]);
	}

}
