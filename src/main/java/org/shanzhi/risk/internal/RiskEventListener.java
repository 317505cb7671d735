package org.shanzhi.risk.internal;

import org.shanzhi.enforcement.EnforcementEvents;
import org.shanzhi.guidance.GuidanceEvents;
import org.shanzhi.risk.RiskScores;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Incremental rescoring (R6): each event about a party's conduct — a case opened, decided
 * or closed, an inspection, a response to guidance, a rectification outcome, a follow-up
 * visit — rescores that party once its transaction committed, and may open a warning; a
 * rectification not made opens its own warning. Asynchronous, recorded in the event
 * publication registry until done.
 */
@Component
class RiskEventListener {

	private final RiskScores scores;

	RiskEventListener(RiskScores scores) {
		this.scores = scores;
	}

	/** Every score follows a newly activated (or retired) model. */
	@ApplicationModuleListener
	void on(org.shanzhi.risk.RiskModelChanged e) {
		org.shanzhi.security.Actors.runAs(org.shanzhi.security.Actor.SYSTEM, scores::recomputeAll);
	}

	@ApplicationModuleListener
	void on(EnforcementEvents.CaseOpened e) {
		scores.rescore(e.partyId(), e.agencyId(), "CASE_OPENED", e.caseId());
	}

	@ApplicationModuleListener
	void on(EnforcementEvents.CaseDecided e) {
		scores.rescore(e.partyId(), e.agencyId(), "CASE_DECIDED", e.caseId());
	}

	@ApplicationModuleListener
	void on(EnforcementEvents.CaseClosed e) {
		scores.rescore(e.partyId(), e.agencyId(), "CASE_CLOSED", e.caseId());
	}

	@ApplicationModuleListener
	void on(EnforcementEvents.InspectionRecorded e) {
		scores.rescore(e.partyId(), e.agencyId(), "INSPECTION", e.inspectionId());
	}

	@ApplicationModuleListener
	void on(GuidanceEvents.ResponseRecorded e) {
		scores.rescore(e.partyId(), e.agencyId(), "GUIDANCE_RESPONSE", e.actId());
	}

	@ApplicationModuleListener
	void on(GuidanceEvents.RectificationOutcomeRecorded e) {
		scores.rescore(e.partyId(), e.agencyId(), "RECTIFICATION_OUTCOME", e.actId());
		if (!e.corrected()) {
			scores.warnRectificationNotMade(e.partyId(), e.agencyId(), e.actId());
		}
	}

	@ApplicationModuleListener
	void on(GuidanceEvents.FollowUpRecorded e) {
		scores.rescore(e.partyId(), e.agencyId(), "FOLLOW_UP", e.actId());
	}

}
