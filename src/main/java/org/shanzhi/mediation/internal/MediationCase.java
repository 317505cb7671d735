package org.shanzhi.mediation.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.mediation.CaseParty;
import org.shanzhi.mediation.Confirmation;
import org.shanzhi.mediation.DisputeType;
import org.shanzhi.mediation.Forum;
import org.shanzhi.mediation.MediationCaseView;
import org.shanzhi.mediation.MediationEvents;
import org.shanzhi.mediation.MediationStatus;
import org.shanzhi.mediation.Origin;
import org.shanzhi.mediation.PartyRole;
import org.shanzhi.mediation.Procedure;
import org.shanzhi.mediation.Referral;
import org.shanzhi.mediation.SessionKind;
import org.shanzhi.mediation.SessionRecord;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The statutory course of a mediation case (M4), as an explicit state machine: every
 * transition checks the status it may start from (409 otherwise) and the rules of its
 * step (422), then registers its event. Two mediators acting at once: the optimistic lock
 * lets one through and gives the other 409.
 *
 * <pre>
 * AWAITING_CONSENT ──every party consents──▶ AWAITING_ACCEPTANCE (general) ──accept──▶ ACCEPTED
 *        │                                 └▶ ACCEPTED (simple)               └refuse─▶ REFUSED
 *        └─a party refuses─▶ TERMINATED
 * ACCEPTED ──session──▶ IN_SESSION ──session (general only)──▶ IN_SESSION
 * IN_SESSION ──agreement signed by every party──▶ AGREED
 * IN_SESSION ──agreement proposed──▶ AWAITING_SIGNATURES ──last party signs──▶ AGREED
 *                                          └──withdrawn──▶ IN_SESSION
 * any open status ──termination (reason, referral)──▶ TERMINATED
 * </pre>
 */
@Entity
@Table(name = "mediation_case", schema = "mediation")
public class MediationCase extends AbstractAggregateRoot<MediationCase> {

	@Id
	private UUID id;

	private String number;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Enumerated(EnumType.STRING)
	private Procedure procedure;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	@Enumerated(EnumType.STRING)
	@Column(name = "dispute_type")
	private DisputeType disputeType;

	private String summary;

	@Convert(converter = JsonColumns.Parties.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<CaseParty> parties;

	@Convert(converter = JsonColumns.Sessions.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<SessionRecord> sessions;

	@Enumerated(EnumType.STRING)
	private MediationStatus status;

	@Column(name = "acceptance_accepted")
	private Boolean acceptanceAccepted;

	@Column(name = "acceptance_reason")
	private String acceptanceReason;

	@Column(name = "session_at")
	private OffsetDateTime sessionAt;

	private String place;

	private String notes;

	@Column(name = "decided_at")
	private OffsetDateTime decidedAt;

	@Column(name = "facts_found")
	private String factsFound;

	private String terms;

	@Column(name = "agreed_at")
	private OffsetDateTime agreedAt;

	@Column(name = "perform_by")
	private java.time.LocalDate performBy;

	@Column(name = "performance_honoured")
	private Boolean performanceHonoured;

	@Column(name = "performance_note")
	private String performanceNote;

	@Column(name = "performance_at")
	private OffsetDateTime performanceAt;

	@Column(name = "closing_reason")
	private String closingReason;

	@Enumerated(EnumType.STRING)
	private Referral referral;

	@Column(name = "closed_at")
	private OffsetDateTime closedAt;

	@Column(name = "acceptance_number")
	private String acceptanceNumber;

	@Column(name = "agreement_number")
	private String agreementNumber;

	@Column(name = "termination_number")
	private String terminationNumber;

	@Column(name = "acceptance_due")
	private java.time.LocalDate acceptanceDue;

	@Column(name = "conclusion_due")
	private java.time.LocalDate conclusionDue;

	@Column(name = "started_by")
	private UUID startedBy;

	@Enumerated(EnumType.STRING)
	private Forum forum;

	@Column(name = "respondent_agency_id")
	private UUID respondentAgencyId;

	@Column(name = "disputed_act")
	private String disputedAct;

	@Column(name = "agreement_proposed_at")
	private OffsetDateTime agreementProposedAt;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	/**
	 * {@code null} until first saved, so that a new case is inserted without a select.
	 */
	@Version
	private Long version;

	protected MediationCase() {
	}

	public MediationCase(UUID id, String number, UUID agencyId, Procedure procedure, Origin origin,
			DisputeType disputeType, String summary, Map<UUID, PartyRole> roles, UUID startedBy, OffsetDateTime now) {
		this(id, number, agencyId, procedure, origin, disputeType, summary, roles, null, null, startedBy, now);
	}

	/**
	 * A case; with a {@code respondentAgency} it is a reconsideration mediation (M7) of
	 * the {@code act} of that agency, which takes part as the respondent: an
	 * administrative dispute, applied for by the applicant (reconsideration mediates only
	 * on the parties' free will) under the general procedure.
	 */
	public MediationCase(UUID id, String number, UUID agencyId, Procedure procedure, Origin origin,
			DisputeType disputeType, String summary, Map<UUID, PartyRole> roles, UUID respondentAgency, String act,
			UUID startedBy, OffsetDateTime now) {
		if (respondentAgency != null) {
			if (disputeType != DisputeType.ADMINISTRATIVE) {
				throw RuleViolationException.rule("reconsideration-mediates-administrative-disputes");
			}
			if (origin != Origin.APPLICATION || procedure != Procedure.GENERAL) {
				throw RuleViolationException.rule("reconsideration-mediation-on-application");
			}
			if (respondentAgency.equals(agencyId)) {
				throw RuleViolationException.rule("reconsideration-of-own-act");
			}
			if (blank(act)) {
				throw RuleViolationException.rule("reconsideration-needs-disputed-act");
			}
			if (roles == null || roles.containsKey(respondentAgency) || roles.containsValue(PartyRole.RESPONDENT)) {
				throw RuleViolationException.rule("reconsideration-respondent-is-the-agency");
			}
			roles = new java.util.LinkedHashMap<>(roles);
			roles.put(respondentAgency, PartyRole.RESPONDENT);
		}
		if (roles == null || roles.size() < 2) {
			throw RuleViolationException.rule("mediation-needs-two-parties");
		}
		if (origin == Origin.APPLICATION && !roles.containsValue(PartyRole.APPLICANT)) {
			throw RuleViolationException.rule("application-needs-applicant");
		}
		if (!roles.containsValue(PartyRole.RESPONDENT) && !roles.containsValue(PartyRole.APPLICANT)) {
			throw RuleViolationException.rule("mediation-needs-two-sides");
		}
		this.id = id;
		this.number = number;
		this.agencyId = agencyId;
		this.procedure = procedure;
		this.origin = origin;
		this.disputeType = disputeType;
		this.summary = summary == null ? "" : summary.strip();
		this.parties = roles.entrySet()
			.stream()
			.map(e -> e.getKey().equals(respondentAgency)
					? new CaseParty(e.getKey(), e.getValue(), null, null, null, null, null, true)
					: new CaseParty(e.getKey(), e.getValue()))
			.toList();
		this.forum = respondentAgency == null ? Forum.AGENCY : Forum.RECONSIDERATION;
		this.respondentAgencyId = respondentAgency;
		this.disputedAct = blank(act) ? null : act.strip();
		this.sessions = List.of();
		this.status = MediationStatus.AWAITING_CONSENT;
		this.startedBy = startedBy;
		this.createdAt = now;
		registerEvent(new MediationEvents.MediationStarted(id, agencyId, procedure, origin, disputeType, roles.size()));
	}

	/**
	 * A party consents or refuses (M3 voluntariness). A refusal ends the case; the last
	 * consent moves a general case to the acceptance decision and opens a simple one at
	 * once. Each party answers once.
	 */
	public void consent(UUID partyId, boolean consented, OffsetDateTime at) {
		consent(partyId, consented, new Confirmation(at, null, Confirmation.Method.IN_PERSON, null));
	}

	/** As above, with how the answer was given (M8: in person or online). */
	public void consent(UUID partyId, boolean consented, Confirmation how) {
		requireStatus("consent", MediationStatus.AWAITING_CONSENT);
		CaseParty party = party(partyId);
		if (party.consented() != null) {
			throw RuleViolationException.conflict("consent-already-recorded", partyId);
		}
		OffsetDateTime at = how.at();
		parties = parties.stream().map(p -> p.partyId().equals(partyId) ? p.withConsent(consented, how) : p).toList();
		if (!consented) {
			close("当事人不同意调解", Referral.NONE, at);
		}
		else if (parties.stream().allMatch(p -> Boolean.TRUE.equals(p.consented()))) {
			status = procedure == Procedure.SIMPLE ? MediationStatus.ACCEPTED : MediationStatus.AWAITING_ACCEPTANCE;
		}
		registerEvent(new MediationEvents.ConsentRecorded(id, agencyId, partyId, consented, status, how.method()));
	}

	/**
	 * The acceptance decision of a general case, after every party consented: accepted
	 * with the time and place of the first session, or refused with its reasons.
	 */
	public void decideAcceptance(boolean accepted, String reason, OffsetDateTime firstSessionAt, String where,
			String notesToParties, OffsetDateTime at) {
		if (procedure == Procedure.SIMPLE) {
			throw RuleViolationException.conflict("simple-procedure-has-no-acceptance");
		}
		if (status == MediationStatus.AWAITING_CONSENT) {
			long given = parties.stream().filter(p -> Boolean.TRUE.equals(p.consented())).count();
			throw RuleViolationException.conflict("acceptance-needs-every-consent", given, parties.size());
		}
		requireStatus("accept", MediationStatus.AWAITING_ACCEPTANCE);
		if (accepted && (firstSessionAt == null || blank(where))) {
			throw RuleViolationException.rule("acceptance-needs-time-and-place");
		}
		if (!accepted && blank(reason)) {
			throw RuleViolationException.rule("refusal-needs-reason");
		}
		this.acceptanceAccepted = accepted;
		this.acceptanceReason = blank(reason) ? null : reason.strip();
		this.sessionAt = accepted ? firstSessionAt : null;
		this.place = accepted ? where.strip() : null;
		this.notes = blank(notesToParties) ? null : notesToParties.strip();
		this.decidedAt = at;
		if (accepted) {
			status = MediationStatus.ACCEPTED;
		}
		else {
			status = MediationStatus.REFUSED;
			closingReason = acceptanceReason;
			closedAt = at;
		}
		registerEvent(
				new MediationEvents.AcceptanceDecided(id, agencyId, accepted, acceptanceReason, sessionAt, place));
	}

	/**
	 * A session (调处) and its transcript: only once the case is accepted; a simple case
	 * has one session. The attendees are named; the parties present among them must be
	 * parties of the case.
	 */
	public SessionRecord holdSession(OffsetDateTime heldAt, List<String> attendees, Set<UUID> partiesPresent,
			String statements, String focus, String transcript, List<String> experts) {
		return holdSession(new SessionRecord(0, heldAt, attendees, partiesPresent, statements, focus, transcript,
				experts, null, null, null, null, null));
	}

	/**
	 * A session as recorded: the number is given here. A hearing or a site investigation
	 * is for a general case whose facts are disputed; a session at which the parties did
	 * not acknowledge their rights and the procedure cannot go on (a session that does
	 * not say counts as the standard notice given, as its transcript states).
	 */
	public SessionRecord holdSession(SessionRecord draft) {
		if (status == MediationStatus.AWAITING_CONSENT || status == MediationStatus.AWAITING_ACCEPTANCE) {
			throw RuleViolationException.conflict("session-before-acceptance", status.name());
		}
		requireStatus("hold a session", MediationStatus.ACCEPTED, MediationStatus.IN_SESSION);
		if (procedure == Procedure.SIMPLE && !sessions.isEmpty()) {
			throw RuleViolationException.conflict("simple-procedure-one-session");
		}
		SessionKind kind = draft.kindOrSession();
		if (procedure == Procedure.SIMPLE && kind != SessionKind.SESSION) {
			throw RuleViolationException.rule("simple-procedure-no-hearing", kind.name());
		}
		if (Boolean.FALSE.equals(draft.rightsAcknowledged())) {
			throw RuleViolationException.rule("session-needs-rights-acknowledged");
		}
		if (draft.heldAt() == null) {
			throw RuleViolationException.rule("session-needs-time");
		}
		Set<UUID> present = draft.partiesPresent() == null ? Set.of() : Set.copyOf(draft.partiesPresent());
		present.forEach(this::party);
		List<String> names = clean(draft.attendees());
		if (names.isEmpty() && present.isEmpty()) {
			throw RuleViolationException.rule("session-needs-a-party");
		}
		if (blank(draft.transcript())) {
			throw RuleViolationException.rule("session-needs-transcript");
		}
		SessionRecord session = new SessionRecord(sessions.size() + 1, draft.heldAt(), names, present,
				stripped(draft.statements()), stripped(draft.focus()), draft.transcript().strip(),
				clean(draft.experts()), kind, true, stripped(draft.defences()), stripped(draft.crossExamination()),
				clean(draft.invited()));
		List<SessionRecord> all = new ArrayList<>(sessions);
		all.add(session);
		sessions = List.copyOf(all);
		status = MediationStatus.IN_SESSION;
		registerEvent(new MediationEvents.SessionHeld(id, agencyId, session.number(), draft.heldAt()));
		return session;
	}

	/**
	 * The agreement proposed to the parties for their signatures (M8): after a session,
	 * the case awaits every party's signature, given online by the party or in person
	 * before the mediator; the last signature concludes it.
	 */
	public void proposeAgreement(String facts, String agreedTerms, java.time.LocalDate performanceDeadline,
			OffsetDateTime at) {
		requireStatus("propose the agreement", MediationStatus.IN_SESSION);
		if (blank(facts) || blank(agreedTerms)) {
			throw RuleViolationException.rule("agreement-needs-facts-and-terms");
		}
		if (performanceDeadline != null && performanceDeadline.isBefore(at.toLocalDate())) {
			throw RuleViolationException.rule("perform-by-in-past", performanceDeadline);
		}
		this.factsFound = facts.strip();
		this.terms = agreedTerms.strip();
		this.performBy = performanceDeadline;
		this.agreementProposedAt = at;
		parties = parties.stream().map(p -> p.withSignature(null)).toList();
		status = MediationStatus.AWAITING_SIGNATURES;
		registerEvent(new MediationEvents.AgreementProposed(id, agencyId, parties.size()));
	}

	/**
	 * A party signs the proposed agreement; once. The last signature makes it the
	 * agreement (AGREED).
	 */
	public void sign(UUID partyId, Confirmation how) {
		requireStatus("sign the agreement", MediationStatus.AWAITING_SIGNATURES);
		if (party(partyId).signed()) {
			throw RuleViolationException.conflict("signature-already-recorded", partyId);
		}
		parties = parties.stream().map(p -> p.partyId().equals(partyId) ? p.withSignature(how) : p).toList();
		registerEvent(new MediationEvents.AgreementSignedBy(id, agencyId, partyId, how.method()));
		if (parties.stream().allMatch(CaseParty::signed)) {
			agreedAt = how.at();
			status = MediationStatus.AGREED;
			registerEvent(new MediationEvents.AgreementSigned(id, agencyId, parties.size()));
		}
	}

	/**
	 * Withdraws a proposed agreement not every party signed (a party would not sign, or
	 * the terms must change): back to the sessions, signatures given so far void.
	 */
	public void withdrawProposal(String reason, OffsetDateTime at) {
		requireStatus("withdraw the proposed agreement", MediationStatus.AWAITING_SIGNATURES);
		if (blank(reason)) {
			throw RuleViolationException.rule("withdrawal-needs-reason");
		}
		parties = parties.stream().map(p -> p.withSignature(null)).toList();
		factsFound = null;
		terms = null;
		performBy = null;
		agreementProposedAt = null;
		status = MediationStatus.IN_SESSION;
		registerEvent(new MediationEvents.AgreementWithdrawn(id, agencyId, reason.strip()));
	}

	/**
	 * The agreement (调解协议书), after at least one session, signed by every party of the
	 * case and by nobody else.
	 */
	public void agree(String facts, String agreedTerms, Map<UUID, OffsetDateTime> signatures, OffsetDateTime at) {
		agree(facts, agreedTerms, signatures, null, at);
	}

	/** As above, with the date by which the agreement is to be performed. */
	public void agree(String facts, String agreedTerms, Map<UUID, OffsetDateTime> signatures,
			java.time.LocalDate performanceDeadline, OffsetDateTime at) {
		requireStatus("agree", MediationStatus.IN_SESSION);
		if (blank(facts) || blank(agreedTerms)) {
			throw RuleViolationException.rule("agreement-needs-facts-and-terms");
		}
		Map<UUID, OffsetDateTime> signed = signatures == null ? Map.of() : signatures;
		signed.keySet().forEach(this::party);
		long missing = parties.stream().filter(p -> !signed.containsKey(p.partyId())).count();
		if (missing > 0) {
			throw RuleViolationException.rule("agreement-needs-every-signature", missing);
		}
		parties = parties.stream()
			.map(p -> p
				.withSignature(new Confirmation(signed.get(p.partyId()), null, Confirmation.Method.IN_PERSON, null)))
			.toList();
		if (performanceDeadline != null && performanceDeadline.isBefore(at.toLocalDate())) {
			throw RuleViolationException.rule("perform-by-in-past", performanceDeadline);
		}
		this.factsFound = facts.strip();
		this.terms = agreedTerms.strip();
		this.agreedAt = at;
		this.agreementProposedAt = at;
		this.performBy = performanceDeadline;
		status = MediationStatus.AGREED;
		registerEvent(new MediationEvents.AgreementSigned(id, agencyId, signed.size()));
	}

	/**
	 * The follow-up after the agreed date (M4 performance): whether the agreement was
	 * honoured. Only for an agreement with a date, after that date, once.
	 */
	public void recordPerformance(boolean honoured, String note, java.time.LocalDate today, OffsetDateTime at) {
		requireStatus("record the performance", MediationStatus.AGREED);
		if (performBy == null) {
			throw RuleViolationException.conflict("agreement-without-performance-date");
		}
		if (performanceHonoured != null) {
			throw RuleViolationException.conflict("performance-recorded");
		}
		if (!today.isAfter(performBy)) {
			throw RuleViolationException.rule("performance-before-date", performBy);
		}
		this.performanceHonoured = honoured;
		this.performanceNote = blank(note) ? null : note.strip();
		this.performanceAt = at;
		registerEvent(new MediationEvents.AgreementPerformed(id, agencyId, honoured, performanceNote));
	}

	/**
	 * Ends the case without agreement (终止调解), with the reason and where the parties may
	 * turn; not once it is closed.
	 */
	public void terminate(String reason, Referral to, OffsetDateTime at) {
		if (status.closed()) {
			throw RuleViolationException.conflict("mediation-closed", status.name());
		}
		if (blank(reason)) {
			throw RuleViolationException.rule("termination-needs-reason");
		}
		close(reason.strip(), to == null ? Referral.NONE : to, at);
	}

	private void close(String reason, Referral to, OffsetDateTime at) {
		MediationStatus from = status;
		status = MediationStatus.TERMINATED;
		closingReason = reason;
		referral = to;
		closedAt = at;
		registerEvent(new MediationEvents.MediationTerminated(id, agencyId, reason, to, from));
	}

	/**
	 * The number of the document the last transition issued: the (non-)acceptance notice
	 * once decided, the agreement once agreed, the termination notice once terminated;
	 * each is numbered once.
	 */
	public void numberDocument(String kind, String documentNumber) {
		switch (kind) {
			case "acceptance-notice" -> {
				if (acceptanceAccepted == null || acceptanceNumber != null) {
					throw RuleViolationException.conflict("document-not-issuable", kind, status.name());
				}
				acceptanceNumber = documentNumber;
			}
			case "agreement" -> {
				if (status != MediationStatus.AGREED || agreementNumber != null) {
					throw RuleViolationException.conflict("document-not-issuable", kind, status.name());
				}
				agreementNumber = documentNumber;
			}
			case "termination" -> {
				if (status != MediationStatus.TERMINATED || terminationNumber != null) {
					throw RuleViolationException.conflict("document-not-issuable", kind, status.name());
				}
				terminationNumber = documentNumber;
			}
			default -> throw new IllegalArgumentException("document kind " + kind);
		}
	}

	/** The number of an issued document of this kind, if any. */
	public String documentNumber(String kind) {
		return switch (kind) {
			case "acceptance-notice" -> acceptanceNumber;
			case "agreement" -> agreementNumber;
			case "termination" -> terminationNumber;
			default -> null;
		};
	}

	/**
	 * Sets the deadline the current status runs against (M4 time limits): the acceptance
	 * decision while awaiting it, the conclusion once accepted. Computed by the facade in
	 * working days of the agency's limits.
	 */
	public void setDeadlines(java.time.LocalDate acceptance, java.time.LocalDate conclusion) {
		if (acceptance != null && acceptanceDue == null) {
			acceptanceDue = acceptance;
		}
		if (conclusion != null && conclusionDue == null) {
			conclusionDue = conclusion;
		}
	}

	/** Whether the step the case waits for is past its deadline on {@code today}. */
	public boolean overdue(java.time.LocalDate today) {
		return switch (status) {
			case AWAITING_ACCEPTANCE -> acceptanceDue != null && acceptanceDue.isBefore(today);
			case ACCEPTED, IN_SESSION, AWAITING_SIGNATURES -> conclusionDue != null && conclusionDue.isBefore(today);
			default -> false;
		};
	}

	private CaseParty party(UUID partyId) {
		return parties.stream()
			.filter(p -> p.partyId().equals(partyId))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.rule("not-a-party-of-the-case"));
	}

	private void requireStatus(String transition, MediationStatus... allowed) {
		for (MediationStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw RuleViolationException.conflict("mediation-transition-not-allowed", transition, status.name());
	}

	private static OffsetDateTime beijing(OffsetDateTime t) {
		return t == null ? null : t.atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE).toOffsetDateTime();
	}

	private static String stripped(String s) {
		return blank(s) ? null : s.strip();
	}

	private static List<String> clean(List<String> names) {
		return names == null ? List.of() : names.stream().filter(a -> !blank(a)).map(String::strip).toList();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public UUID id() {
		return id;
	}

	public UUID agencyId() {
		return agencyId;
	}

	public MediationStatus status() {
		return status;
	}

	public List<SessionRecord> sessions() {
		return sessions;
	}

	public Set<UUID> partyIds() {
		Set<UUID> ids = new HashSet<>();
		parties.forEach(p -> ids.add(p.partyId()));
		return ids;
	}

	/** The events registered and not yet published (for the unit tests of the course). */
	public List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	public Forum forum() {
		return forum == null ? Forum.AGENCY : forum;
	}

	public UUID respondentAgencyId() {
		return respondentAgencyId;
	}

	public MediationCaseView view() {
		java.time.ZoneId zone = org.shanzhi.shared.PeopleTime.ZONE;
		MediationCaseView.Acceptance acceptance = acceptanceAccepted == null ? null : new MediationCaseView.Acceptance(
				acceptanceAccepted, acceptanceReason, sessionAt, place, notes, decidedAt);
		MediationCaseView.Agreement agreement = agreementProposedAt == null && agreedAt == null ? null
				: new MediationCaseView.Agreement(factsFound, terms, agreedAt, performBy, performanceHonoured,
						performanceNote, performanceAt, agreementProposedAt);
		MediationCaseView.Closing closing = status == MediationStatus.TERMINATED || status == MediationStatus.REFUSED
				? new MediationCaseView.Closing(closingReason, referral, closedAt) : null;
		// times kept in JSON come back in UTC: shown, like every time, in Beijing time
		List<CaseParty> shownParties = parties.stream()
			.map(p -> new CaseParty(p.partyId(), p.role(), p.consented(), beijing(p.consentedAt()),
					beijing(p.signedAt()), p.consent() == null ? null : p.consent().atZone(zone),
					p.signature() == null ? null : p.signature().atZone(zone), p.agency()))
			.toList();
		List<SessionRecord> shownSessions = sessions.stream().map(s -> s.inZone(zone)).toList();
		return new MediationCaseView(id, number, agencyId, procedure, origin, disputeType, summary, status,
				shownParties, acceptance, shownSessions, agreement, closing, documentNumbers(),
				new MediationCaseView.Deadlines(acceptanceDue, conclusionDue, overdue(java.time.LocalDate.now(zone))),
				startedBy, createdAt, version == null ? 0 : version, forum(), respondentAgencyId, disputedAct);
	}

	private Map<String, String> documentNumbers() {
		Map<String, String> numbers = new java.util.LinkedHashMap<>();
		if (acceptanceNumber != null) {
			numbers.put("acceptance-notice", acceptanceNumber);
		}
		if (agreementNumber != null) {
			numbers.put("agreement", agreementNumber);
		}
		if (terminationNumber != null) {
			numbers.put("termination", terminationNumber);
		}
		return numbers;
	}

}
