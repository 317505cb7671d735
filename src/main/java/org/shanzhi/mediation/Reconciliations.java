package org.shanzhi.mediation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Parties;
import org.shanzhi.enforcement.CaseStatus;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.mediation.internal.Reconciliation;
import org.shanzhi.mediation.internal.ReconciliationRepository;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reconciliation (和解, M6; LY15): an agency settles with a party a dispute arising from a
 * discretionary act; the legal reviewer records that the settlement harms neither the
 * public interest nor others' lawful rights before it is approved.
 */
@Service
@Validated
public class Reconciliations {

	private final ReconciliationRepository reconciliations;

	private final EnforcementCases cases;

	private final Parties parties;

	private final Actors actors;

	private final Clock clock;

	private final org.shanzhi.directory.Agencies agencies;

	Reconciliations(ReconciliationRepository reconciliations, EnforcementCases cases, Parties parties, Actors actors,
			Clock clock, org.shanzhi.directory.Agencies agencies) {
		this.agencies = agencies;
		this.reconciliations = reconciliations;
		this.cases = cases;
		this.parties = parties;
		this.actors = actors;
		this.clock = clock;
	}

	/** Proposes the settlement the party agreed to (status PROPOSED). */
	@Transactional
	public ReconciliationView propose(@Valid Propose command) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.MEDIATOR);
		UUID agency = actor.requireAgency();
		parties.get(command.partyId());
		// a reconsideration organ reviews settlements between the applicant and the
		// respondent agency (M7); an enforcement agency settles its own acts (M6)
		boolean organ = agencies.get(agency).kind() == org.shanzhi.directory.AgencyKind.SUPERVISOR;
		if (organ && command.respondentAgencyId() == null) {
			throw new FieldRejectedException("respondentAgencyId", "required");
		}
		if (!organ && command.respondentAgencyId() != null) {
			throw RuleViolationException.rule("reconsideration-organ-only");
		}
		if (organ) {
			try {
				agencies.get(command.respondentAgencyId());
			}
			catch (NotFoundException ex) {
				throw new FieldRejectedException("respondentAgencyId", "unknownRecord");
			}
		}
		UUID actingAgency = organ ? command.respondentAgencyId() : agency;
		if (command.caseId() != null) {
			CaseView kase;
			try {
				kase = cases.get(command.caseId());
			}
			catch (NotFoundException ex) {
				throw new FieldRejectedException("caseId", "unknownRecord");
			}
			if (!kase.partyId().equals(command.partyId()) || !kase.agencyId().equals(actingAgency)) {
				throw new FieldRejectedException("caseId", "otherParty");
			}
			if (kase.decision() == null || !java.util.EnumSet
				.of(CaseStatus.DECIDED, CaseStatus.DELIVERED, CaseStatus.ENFORCEMENT_APPLIED, CaseStatus.CLOSED)
				.contains(kase.status())) {
				throw RuleViolationException.rule("reconciliation-needs-decided-act", kase.status().name());
			}
		}
		Reconciliation r = new Reconciliation(UUID.randomUUID(), agency, command.partyId(), command.caseId(),
				command.dispute(), command.terms(), command.discretion(), Boolean.TRUE.equals(command.partyAgreed()),
				actor.accountId(), OffsetDateTime.now(clock));
		if (organ) {
			r.inReconsiderationOf(command.respondentAgencyId());
		}
		return reconciliations.saveAndFlush(r).view();
	}

	/** The legal reviewer's review (LEGAL_REVIEWER of the agency, not the proposer). */
	@Transactional
	public ReconciliationView review(UUID id, @Valid Review command) {
		Actor actor = actors.require(Role.LEGAL_REVIEWER);
		Reconciliation r = load(id);
		if (!r.agencyId().equals(actor.agencyId())) {
			throw new AccessDeniedException("only the agency's legal reviewer");
		}
		r.review(command.approve(), command.harmsPublicInterest(), command.harmsOthersRights(), command.note(),
				actor.accountId(), OffsetDateTime.now(clock));
		return reconciliations.saveAndFlush(r).view();
	}

	@Transactional(readOnly = true)
	public ReconciliationView get(UUID id) {
		actors.require(MediationCases.READERS);
		return load(id).view();
	}

	/**
	 * The settlements of the actor's agencies (proposed by them, or, in reconsideration,
	 * about their acts), newest first.
	 */
	@Transactional(readOnly = true)
	public java.util.List<ReconciliationView> recent(int limit) {
		actors.require(MediationCases.READERS);
		AgencyScope scope = actors.scope();
		return reconciliations
			.recent(scope.all(), scope.idsForQuery(),
					org.springframework.data.domain.PageRequest.of(0, Math.max(1, Math.min(limit, 200))))
			.stream()
			.map(Reconciliation::view)
			.toList();
	}

	private Reconciliation load(UUID id) {
		AgencyScope scope = actors.scope();
		return reconciliations.findById(id)
			.filter(r -> scope.includes(r.agencyId())
					|| r.respondentAgencyId() != null && scope.includes(r.respondentAgencyId()))
			.orElseThrow(() -> NotFoundException.forId("reconciliation", id));
	}

	/**
	 * A settlement the party agreed to, of a dispute from a discretionary act (the
	 * decided enforcement case, when there is one), with the discretionary provision.
	 */
	public record Propose(@NotNull UUID partyId, UUID caseId, @NotBlank @Size(max = 4000) String dispute,
			@NotBlank @Size(max = 4000) String terms, @NotNull @Valid LegalBasis discretion, Boolean partyAgreed,
			UUID respondentAgencyId) {

		public Propose(UUID partyId, UUID caseId, String dispute, String terms, LegalBasis discretion,
				Boolean partyAgreed) {
			this(partyId, caseId, dispute, terms, discretion, partyAgreed, null);
		}

	}

	/** The review: approve or reject, with the two findings and a note. */
	public record Review(@NotNull Boolean approve, boolean harmsPublicInterest, boolean harmsOthersRights,
			@Size(max = 2000) String note) {
	}

	public record ReconciliationView(UUID id, UUID agencyId, UUID partyId, UUID caseId, String dispute, String terms,
			LegalBasis discretion, String status, UUID proposedBy, OffsetDateTime proposedAt,
			Boolean harmsPublicInterest, Boolean harmsOthersRights, String reviewNote, UUID reviewedBy,
			OffsetDateTime reviewedAt, long version, UUID respondentAgencyId) {
	}

}
