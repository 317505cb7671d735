package org.shanzhi.enforcement.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.directory.PartyView;
import org.shanzhi.enforcement.CaseDocuments;
import org.shanzhi.enforcement.CaseProcedure;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.DecisionView;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.Penalty;
import org.shanzhi.enforcement.PenaltyPublications;
import org.shanzhi.enforcement.PenaltyTexts;
import org.shanzhi.enforcement.ProcedureEvents;
import org.shanzhi.enforcement.ViolationTypeView;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Publishes a penalty decision (公示, APL art. 48) once its delivery is committed — an
 * ordinary-procedure decision imposing a penalty — and withdraws it when the decision is
 * revoked. Runs after the step's transaction, in its own (the event publication registry
 * delivers it again after a failure), as the decision's agency: the party's full
 * identifier is read (and that reading audited as the agency's) only to be masked before
 * it is written.
 */
@Component
class PenaltyPublicationListener {

	private static final Logger log = LoggerFactory.getLogger(PenaltyPublicationListener.class);

	private final CaseRepository cases;

	private final PenaltyPublications publications;

	private final ViolationTypes violationTypes;

	private final Parties parties;

	private final Agencies agencies;

	private final Clock clock;

	PenaltyPublicationListener(CaseRepository cases, PenaltyPublications publications, ViolationTypes violationTypes,
			Parties parties, Agencies agencies, Clock clock) {
		this.cases = cases;
		this.publications = publications;
		this.violationTypes = violationTypes;
		this.parties = parties;
		this.agencies = agencies;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ProcedureEvents.DecisionDelivered delivered) {
		if (delivered.procedure() != CaseProcedure.ORDINARY || !delivered.penaltyImposed()) {
			return;
		}
		CaseView c = cases.findById(delivered.caseId()).map(EnforcementCase::view).orElse(null);
		if (c == null || c.decision() == null) {
			log.warn("decision {} of case {} delivered without a decision on the case; not published",
					delivered.documentNumber(), delivered.caseId());
			return;
		}
		DecisionView decision = c.decision();
		String number = delivered.documentNumber() != null ? delivered.documentNumber() : decision.documentNumber();
		Actor agency = new Actor(new UUID(0, 0), "penalty-publication", "行政处罚决定公示", Set.of(Role.OFFICER), c.agencyId(),
				null);
		Actors.runAs(agency, () -> {
			PartyView party = parties.get(c.partyId());
			String identifier = party.kind() == PartyKind.PERSON ? parties.revealIdNumber(party.id())
					: party.creditCode();
			List<Penalty> penalties = decision.penalties().isEmpty() && decision.amount() != null
					? List.of(Penalty.fine(decision.amount())) : decision.penalties();
			LegalBasis basis = decision.legalBasis();
			OffsetDateTime now = OffsetDateTime.now(clock);
			publications.publish(new PenaltyPublications.Publication(number, c.id(), c.agencyId(),
					agencies.get(c.agencyId()).name(), party.kind(), party.name(), identifier,
					violationTypes.byId(c.violationTypeId()).map(ViolationTypeView::title).orElse(c.violationCode()),
					PenaltyTexts.describe(penalties),
					basis == null || basis.law() == null ? "" : basis.law() + basis.article(),
					delivered.decidedOn() != null ? delivered.decidedOn() : decision.decidedAt() == null
							? CaseDocuments.day(now) : CaseDocuments.day(decision.decidedAt()),
					now));
			return null;
		});
	}

	@ApplicationModuleListener
	void on(ProcedureEvents.DecisionRevoked revoked) {
		publications.withdraw(revoked.documentNumber(), revoked.caseId(), revoked.agencyId(),
				revoked.reason() + (revoked.by() == null ? "" : "（" + revoked.by() + "）"), OffsetDateTime.now(clock));
	}

}
