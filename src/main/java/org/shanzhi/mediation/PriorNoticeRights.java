package org.shanzhi.mediation;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.enforcement.CaseOfficerView;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.ProcedureEvents;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * M1 at the prior notice: a 行政处罚事先告知书 that told the right to mediate (a major decision)
 * is recorded as a notice of the right about the enforcement case, by the case's first
 * acting officer (the system where none acts), once per document.
 */
@Component
class PriorNoticeRights {

	private final RightNotices notices;

	private final EnforcementCases cases;

	private final Accounts accounts;

	PriorNoticeRights(RightNotices notices, EnforcementCases cases, Accounts accounts) {
		this.accounts = accounts;
		this.notices = notices;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(ProcedureEvents.PriorNoticeIssued issued) {
		if (!issued.mediationRight()) {
			return;
		}
		Actors.runAs(Actor.SYSTEM, () -> {
			CaseView k = cases.get(issued.caseId());
			Map<UUID, UUID> accountByOfficer = new HashMap<>();
			accounts.officersOf(k.agencyId())
				.stream()
				.filter(a -> a.officerId() != null)
				.forEach(a -> accountByOfficer.putIfAbsent(a.officerId(), a.id()));
			UUID by = k.actingOfficers()
				.stream()
				.map(CaseOfficerView::officerId)
				.filter(accountByOfficer::containsKey)
				.map(accountByOfficer::get)
				.findFirst()
				.orElse(Actor.SYSTEM.accountId());
			return notices.recordFromPriorNotice(issued.caseId(), issued.agencyId(), issued.partyId(),
					issued.documentNumber(), by);
		});
	}

}
