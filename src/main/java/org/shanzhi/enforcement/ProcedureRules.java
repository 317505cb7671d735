package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Rules of the procedure that read the agency's thresholds. */
final class ProcedureRules {

	/** The kinds for which APL art. 63 gives the right to a hearing whatever the sum. */
	static final Set<PenaltyKind> HEARING_KINDS = EnumSet.of(PenaltyKind.DOWNGRADE_QUALIFICATION,
			PenaltyKind.REVOKE_LICENCE, PenaltyKind.SUSPEND_OPERATIONS, PenaltyKind.ORDER_CLOSURE,
			PenaltyKind.RESTRICT_PRACTICE, PenaltyKind.RESTRICT_OPERATIONS);

	private ProcedureRules() {
	}

	/**
	 * Whether the penalties give the party the right to a hearing (APL art. 63): a large
	 * fine, the confiscation of large gains or property, a licence downgraded or revoked,
	 * operations suspended, restricted or closed, practice restricted.
	 */
	static boolean hearingDue(List<Penalty> penalties, TimeLimitsView limits, boolean person) {
		BigDecimal fineMin = person ? limits.hearingFineMinPerson() : limits.hearingFineMinOrganization();
		BigDecimal valueMin = person ? limits.hearingValueMinPerson() : limits.hearingValueMinOrganization();
		for (Penalty p : penalties) {
			if (HEARING_KINDS.contains(p.kind())) {
				return true;
			}
			if (p.kind() == PenaltyKind.FINE && p.amount() != null && p.amount().compareTo(fineMin) >= 0) {
				return true;
			}
			BigDecimal value = p.kind() == PenaltyKind.CONFISCATE_GAINS ? p.amount()
					: p.kind() == PenaltyKind.CONFISCATE_PROPERTY ? p.items()
						.stream()
						.map(i -> i.value() == null ? BigDecimal.ZERO : i.value())
						.reduce(BigDecimal.ZERO, BigDecimal::add) : null;
			if (value != null && value.compareTo(valueMin) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** How lenient a treatment is: lower is more lenient. */
	static int lenience(Treatment t) {
		return switch (t) {
			case NOT_ESTABLISHED, NO_PENALTY -> 0;
			case MITIGATED -> 1;
			case LIGHTER -> 2;
			case STANDARD -> 3;
		};
	}

}
