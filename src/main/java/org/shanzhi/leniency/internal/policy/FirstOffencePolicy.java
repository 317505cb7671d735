package org.shanzhi.leniency.internal.policy;

import java.time.LocalDate;
import java.util.List;

import org.shanzhi.enforcement.PriorViolation;
import org.shanzhi.leniency.Conditions;
import org.springframework.stereotype.Component;

/**
 * First offence (首违): no established violation (of the same type, or of any type, as the
 * entry says) occurred within the look-back window: from the same calendar day
 * {@code firstOffenceMonths} months before the act, inclusive, up to the day before the
 * act.
 */
@Component
@org.springframework.core.annotation.Order(1)
public class FirstOffencePolicy implements ConditionPolicy {

	@Override
	public String name() {
		return "first-offence";
	}

	@Override
	public boolean appliesTo(Conditions conditions) {
		return conditions.firstOffenceMonths() != null;
	}

	@Override
	public PolicyOutcome evaluate(Conditions conditions, AssessmentFacts facts) {
		int months = conditions.firstOffenceMonths();
		LocalDate from = windowStart(facts.occurredOn(), months);
		boolean same = conditions.scope() == Conditions.Scope.SAME_VIOLATION;
		List<PriorViolation> prior = facts.history().within(from, facts.occurredOn(), same);
		String scope = same ? "same" : "any";
		if (!prior.isEmpty()) {
			PriorViolation last = prior.get(0);
			return new PolicyOutcome(name(), false, "first-offence.failed." + scope,
					new Object[] { months, from, prior.size(), last.occurredOn(), last.violationCode() });
		}
		if (Boolean.FALSE.equals(facts.firstOffenceDeclared())) {
			return new PolicyOutcome(name(), false, "first-offence.declared", new Object[] { months });
		}
		return new PolicyOutcome(name(), true, "first-offence.held." + scope, new Object[] { months, from });
	}

	/** The first day of the look-back window of an act. */
	public static LocalDate windowStart(LocalDate occurredOn, int months) {
		return occurredOn.minusMonths(months);
	}

}
