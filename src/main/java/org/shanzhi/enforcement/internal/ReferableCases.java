package org.shanzhi.enforcement.internal;

import java.util.Optional;
import java.util.UUID;

import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.joint.JointEvents;
import org.shanzhi.joint.ReferableRecords;
import org.shanzhi.joint.Referrals;
import org.shanzhi.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Enforcement cases may be referred up, down or across districts (J1): described for the
 * referral, and moved to the accepting agency when it accepts, in its transaction.
 */
@Component
class ReferableCases implements ReferableRecords {

	private final EnforcementCases cases;

	ReferableCases(EnforcementCases cases) {
		this.cases = cases;
	}

	@Override
	public Referrals.Kind kind() {
		return Referrals.Kind.ENFORCEMENT_CASE;
	}

	@Override
	public Optional<Subject> describe(UUID id) {
		try {
			CaseView c = cases.get(id);
			CaseTransitions.require(org.shanzhi.enforcement.CaseStep.REFERRAL, c.status());
			return Optional.of(new Subject(c.agencyId(), c.number(), c.violationCode()));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	@EventListener
	void on(JointEvents.ReferralAccepted accepted) {
		if (accepted.kind() == Referrals.Kind.ENFORCEMENT_CASE) {
			cases.transfer(accepted.subjectId(), accepted.toAgencyId(), accepted.referralId());
		}
	}

}
