package org.shanzhi.enforcement.internal;

import static org.shanzhi.enforcement.CaseStatus.AWAITING_DECISION;
import static org.shanzhi.enforcement.CaseStatus.AWAITING_DISCUSSION;
import static org.shanzhi.enforcement.CaseStatus.AWAITING_REVIEW;
import static org.shanzhi.enforcement.CaseStatus.DECIDED;
import static org.shanzhi.enforcement.CaseStatus.DELIVERED;
import static org.shanzhi.enforcement.CaseStatus.ENFORCEMENT_APPLIED;
import static org.shanzhi.enforcement.CaseStatus.HEARING;
import static org.shanzhi.enforcement.CaseStatus.INVESTIGATED;
import static org.shanzhi.enforcement.CaseStatus.NOTIFIED;
import static org.shanzhi.enforcement.CaseStatus.OPEN;
import static org.shanzhi.enforcement.CaseStatus.REGISTERED;
import static org.shanzhi.enforcement.CaseStatus.TRANSFERRED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shanzhi.enforcement.CaseStatus;
import org.shanzhi.enforcement.CaseStep;
import org.shanzhi.shared.RuleViolationException;

/**
 * The one table of which step of a case is allowed from which status (ADR 0002): the
 * aggregate asks it before every transition, {@code nextSteps} is read from it. A step of
 * the procedure still to come is added here with the statuses it leaves from.
 */
public final class CaseTransitions {

	/** The statuses in which the case is still being handled (officers act on it). */
	static final Set<CaseStatus> HANDLED = EnumSet.of(REGISTERED, OPEN, INVESTIGATED, AWAITING_REVIEW,
			AWAITING_DISCUSSION, NOTIFIED, HEARING, AWAITING_DECISION, DECIDED, DELIVERED, ENFORCEMENT_APPLIED);

	private static final Map<CaseStep, Set<CaseStatus>> FROM = new EnumMap<>(CaseStep.class);

	static {
		Set<CaseStatus> investigating = EnumSet.of(OPEN, INVESTIGATED);
		Set<CaseStatus> beforeDecision = EnumSet.of(OPEN, INVESTIGATED, AWAITING_REVIEW, AWAITING_DISCUSSION, NOTIFIED,
				HEARING, AWAITING_DECISION);
		Set<CaseStatus> executing = EnumSet.of(DELIVERED, ENFORCEMENT_APPLIED);
		FROM.put(CaseStep.FILING, EnumSet.of(REGISTERED));
		FROM.put(CaseStep.OFFICERS, HANDLED);
		FROM.put(CaseStep.RECUSAL, HANDLED);
		FROM.put(CaseStep.RECORDS, investigating);
		FROM.put(CaseStep.PRESERVATIONS, beforeDecision);
		FROM.put(CaseStep.INVESTIGATION, investigating);
		FROM.put(CaseStep.PROPOSAL, EnumSet.of(INVESTIGATED, AWAITING_REVIEW, AWAITING_DISCUSSION, NOTIFIED, HEARING,
				AWAITING_DECISION, DECIDED, DELIVERED, ENFORCEMENT_APPLIED, CaseStatus.CLOSED));
		FROM.put(CaseStep.REVIEW, EnumSet.of(AWAITING_REVIEW));
		FROM.put(CaseStep.COLLECTIVE_DISCUSSION, EnumSet.of(AWAITING_DISCUSSION));
		FROM.put(CaseStep.PRIOR_NOTICE, EnumSet.of(INVESTIGATED, AWAITING_DECISION));
		FROM.put(CaseStep.STATEMENTS,
				EnumSet.of(NOTIFIED, HEARING, AWAITING_REVIEW, AWAITING_DISCUSSION, AWAITING_DECISION));
		FROM.put(CaseStep.HEARING_REQUEST, EnumSet.of(NOTIFIED));
		FROM.put(CaseStep.HEARING_NOTICE, EnumSet.of(HEARING));
		FROM.put(CaseStep.HEARING_RECORD, EnumSet.of(HEARING));
		FROM.put(CaseStep.DECISION, EnumSet.of(INVESTIGATED, NOTIFIED, AWAITING_DECISION));
		FROM.put(CaseStep.TRANSFER, beforeDecision);
		FROM.put(CaseStep.EXTENSIONS, beforeDecision);
		FROM.put(CaseStep.DELIVERIES, EnumSet.of(OPEN, INVESTIGATED, AWAITING_REVIEW, AWAITING_DISCUSSION, NOTIFIED,
				HEARING, AWAITING_DECISION, DECIDED, DELIVERED, ENFORCEMENT_APPLIED));
		FROM.put(CaseStep.PAYMENTS, executing);
		FROM.put(CaseStep.PAYMENT_ARRANGEMENTS, EnumSet.of(DELIVERED));
		FROM.put(CaseStep.PAYMENT_REMINDER, EnumSet.of(DELIVERED));
		FROM.put(CaseStep.ENFORCEMENT_APPLICATION, EnumSet.of(DELIVERED));
		FROM.put(CaseStep.ENFORCEMENT_RESULT, EnumSet.of(ENFORCEMENT_APPLIED));
		FROM.put(CaseStep.FOLLOW_UPS, EnumSet.of(DECIDED, DELIVERED, ENFORCEMENT_APPLIED, CaseStatus.CLOSED));
		FROM.put(CaseStep.REVOCATION, EnumSet.of(DECIDED, DELIVERED, ENFORCEMENT_APPLIED, CaseStatus.CLOSED));
		FROM.put(CaseStep.CLOSE, EnumSet.of(DECIDED, DELIVERED, ENFORCEMENT_APPLIED, TRANSFERRED));
		FROM.put(CaseStep.REFERRAL, EnumSet.of(REGISTERED, OPEN, INVESTIGATED));
		for (CaseStep step : CaseStep.values()) {
			if (!FROM.containsKey(step)) {
				throw new IllegalStateException("no statuses for the step " + step);
			}
		}
	}

	private CaseTransitions() {
	}

	/** Whether the step is allowed from the status. */
	public static boolean allows(CaseStep step, CaseStatus status) {
		return FROM.get(step).contains(status);
	}

	/** The statuses the step is allowed from. */
	public static Set<CaseStatus> from(CaseStep step) {
		return Collections.unmodifiableSet(FROM.get(step));
	}

	/**
	 * 409 {@code case-transition-not-allowed} unless the step is allowed from the status.
	 */
	public static void require(CaseStep step, CaseStatus status) {
		if (!allows(step, status)) {
			throw RuleViolationException.conflict("case-transition-not-allowed", step.path(), status.name());
		}
	}

	/** The names of the steps allowed from the status, in the order of the procedure. */
	public static List<String> nextSteps(CaseStatus status) {
		return java.util.Arrays.stream(CaseStep.values())
			.filter(step -> allows(step, status))
			.map(CaseStep::path)
			.toList();
	}

}
