package org.shanzhi.leniency.internal.policy;

import java.time.LocalDate;

import org.shanzhi.leniency.Conditions;
import org.springframework.stereotype.Component;

/**
 * Corrected promptly (及时改正): corrected no later than {@code correctedWithinDays} days
 * after the violation was discovered.
 */
@Component
@org.springframework.core.annotation.Order(3)
public class CorrectedWithinPolicy implements ConditionPolicy {

	@Override
	public String name() {
		return "corrected-within";
	}

	@Override
	public boolean appliesTo(Conditions conditions) {
		return conditions.correctedWithinDays() != null;
	}

	@Override
	public PolicyOutcome evaluate(Conditions conditions, AssessmentFacts facts) {
		int days = conditions.correctedWithinDays();
		LocalDate start = facts.discoveredOn() != null ? facts.discoveredOn() : facts.occurredOn();
		LocalDate deadline = start.plusDays(days);
		if (!Boolean.TRUE.equals(facts.corrected())) {
			return new PolicyOutcome(name(), false, "corrected-within.not-corrected", new Object[] { days, deadline });
		}
		if (facts.correctedOn() == null) {
			return new PolicyOutcome(name(), false, "corrected-within.no-date", new Object[] { days, deadline });
		}
		boolean held = !facts.correctedOn().isAfter(deadline);
		return new PolicyOutcome(name(), held, held ? "corrected-within.held" : "corrected-within.failed",
				new Object[] { days, deadline, facts.correctedOn() });
	}

}
