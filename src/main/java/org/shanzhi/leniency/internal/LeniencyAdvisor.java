package org.shanzhi.leniency.internal;

import org.shanzhi.enforcement.CaseFacts;
import org.shanzhi.enforcement.TreatmentAdvisor;
import org.shanzhi.enforcement.TreatmentProposal;
import org.shanzhi.leniency.AssessCommand;
import org.shanzhi.leniency.AssessmentView;
import org.shanzhi.leniency.Assessments;
import org.springframework.stereotype.Component;

/** Gives enforcement the leniency proposal for a case, recording the assessment. */
@Component
class LeniencyAdvisor implements TreatmentAdvisor {

	private final Assessments assessments;

	LeniencyAdvisor(Assessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public TreatmentProposal propose(CaseFacts f) {
		AssessmentView a = assessments.assess(new AssessCommand(f.agencyId(), f.partyId(), f.violationCode(),
				f.occurredOn(), new AssessCommand.Facts(f.firstOffence(), f.harm(), f.corrected(), f.correctedOn(),
						null, f.commitmentSigned(), f.rectificationVerified(), f.decisionDate())),
				f.caseId());
		return new TreatmentProposal(a.treatment(), a.listEntryId(), a.listVersion(), a.id(), a.reasons());
	}

}
