package org.shanzhi.mediation.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shanzhi.mediation.DisputeType;
import org.shanzhi.mediation.MediationEvents;
import org.shanzhi.mediation.MediationStatus;
import org.shanzhi.mediation.Origin;
import org.shanzhi.mediation.PartyRole;
import org.shanzhi.mediation.Procedure;
import org.shanzhi.mediation.Referral;
import org.shanzhi.shared.RuleViolationException;

/**
 * The statutory course of a mediation case (M4), as an explicit state machine: every
 * transition checks the status it may start from (409 otherwise) and the rules of its
 * step (422), then records its event. Persistence, the facade and the pages come next
 * (issue 5); the course is complete and unit tested on its own.
 *
 * <pre>
 * AWAITING_CONSENT ──every party consents──▶ AWAITING_ACCEPTANCE (general) ──accept──▶ ACCEPTED
 *        │                                 └▶ ACCEPTED (simple)               └refuse─▶ REFUSED
 *        └─a party refuses─▶ TERMINATED
 * ACCEPTED ──session──▶ IN_SESSION ──session (general only)──▶ IN_SESSION
 * IN_SESSION ──agreement signed by every party──▶ AGREED
 * any open status ──termination (reason, referral)──▶ TERMINATED
 * </pre>
 */
public class MediationCase {

	private final UUID id;

	private final UUID agencyId;

	private final Procedure procedure;

	private final Origin origin;

	private final DisputeType disputeType;

	private final Map<UUID, PartyRole> parties;

	private final Map<UUID, Boolean> consents = new LinkedHashMap<>();

	private final List<Session> sessions = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private MediationStatus status;

	private Agreement agreement;

	private String closingReason;

	private Referral referral;

	public MediationCase(UUID id, UUID agencyId, Procedure procedure, Origin origin, DisputeType disputeType,
			Map<UUID, PartyRole> parties) {
		if (parties == null || parties.size() < 2) {
			throw RuleViolationException.rule("mediation-needs-two-parties");
		}
		if (origin == Origin.APPLICATION && !parties.containsValue(PartyRole.APPLICANT)) {
			throw RuleViolationException.rule("application-needs-applicant");
		}
		if (!parties.containsValue(PartyRole.RESPONDENT) && !parties.containsValue(PartyRole.APPLICANT)) {
			throw RuleViolationException.rule("mediation-needs-two-sides");
		}
		this.id = id;
		this.agencyId = agencyId;
		this.procedure = procedure;
		this.origin = origin;
		this.disputeType = disputeType;
		this.parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
		this.status = MediationStatus.AWAITING_CONSENT;
		events.add(new MediationEvents.MediationStarted(id, agencyId, procedure, origin, disputeType, parties.size()));
	}

	/**
	 * A party consents or refuses (M3 voluntariness). A refusal ends the case; the last
	 * consent moves a general case to the acceptance decision and opens a simple one at
	 * once. Each party answers once.
	 */
	public void consent(UUID partyId, boolean consented) {
		requireStatus("consent", MediationStatus.AWAITING_CONSENT);
		requireParty(partyId);
		if (consents.containsKey(partyId)) {
			throw RuleViolationException.conflict("consent-already-recorded", partyId);
		}
		consents.put(partyId, consented);
		if (!consented) {
			close(MediationStatus.TERMINATED, "当事人不同意调解", Referral.NONE);
		}
		else if (consents.size() == parties.size()) {
			status = procedure == Procedure.SIMPLE ? MediationStatus.ACCEPTED : MediationStatus.AWAITING_ACCEPTANCE;
		}
		events.add(new MediationEvents.ConsentRecorded(id, agencyId, partyId, consented, status));
	}

	/**
	 * The acceptance decision of a general case, after every party consented: accepted
	 * with the time and place of the first session, or refused with its reasons.
	 */
	public void decideAcceptance(boolean accepted, String reason, OffsetDateTime sessionAt, String place) {
		if (procedure == Procedure.SIMPLE) {
			throw RuleViolationException.conflict("simple-procedure-has-no-acceptance");
		}
		if (status == MediationStatus.AWAITING_CONSENT) {
			throw RuleViolationException.conflict("acceptance-needs-every-consent", consents.size(), parties.size());
		}
		requireStatus("accept", MediationStatus.AWAITING_ACCEPTANCE);
		if (accepted && (sessionAt == null || blank(place))) {
			throw RuleViolationException.rule("acceptance-needs-time-and-place");
		}
		if (!accepted && blank(reason)) {
			throw RuleViolationException.rule("refusal-needs-reason");
		}
		if (accepted) {
			status = MediationStatus.ACCEPTED;
		}
		else {
			status = MediationStatus.REFUSED;
			closingReason = reason.strip();
		}
		events.add(new MediationEvents.AcceptanceDecided(id, agencyId, accepted, blank(reason) ? null : reason.strip(),
				sessionAt, blank(place) ? null : place.strip()));
	}

	/**
	 * A session (调处) with its transcript: only once the case is accepted; a simple case
	 * has one session. Those present must be parties of the case or named as others
	 * (mediators, experts, invited members of the public); at least one party must
	 * attend.
	 */
	public Session holdSession(OffsetDateTime heldAt, Set<UUID> partiesPresent, String focus, String transcript) {
		if (status == MediationStatus.AWAITING_CONSENT || status == MediationStatus.AWAITING_ACCEPTANCE) {
			throw RuleViolationException.conflict("session-before-acceptance", status.name());
		}
		requireStatus("hold a session", MediationStatus.ACCEPTED, MediationStatus.IN_SESSION);
		if (procedure == Procedure.SIMPLE && !sessions.isEmpty()) {
			throw RuleViolationException.conflict("simple-procedure-one-session");
		}
		if (partiesPresent == null || partiesPresent.isEmpty()) {
			throw RuleViolationException.rule("session-needs-a-party");
		}
		partiesPresent.forEach(this::requireParty);
		if (blank(transcript)) {
			throw RuleViolationException.rule("session-needs-transcript");
		}
		Session session = new Session(sessions.size() + 1, heldAt, Set.copyOf(partiesPresent),
				blank(focus) ? null : focus.strip(), transcript.strip());
		sessions.add(session);
		status = MediationStatus.IN_SESSION;
		events.add(new MediationEvents.SessionHeld(id, agencyId, session.number(), heldAt));
		return session;
	}

	/**
	 * The agreement (调解协议书), after at least one session, signed by every party of the
	 * case and by nobody else.
	 */
	public void agree(String factsFound, String terms, Map<UUID, OffsetDateTime> signatures) {
		requireStatus("agree", MediationStatus.IN_SESSION);
		if (blank(factsFound) || blank(terms)) {
			throw RuleViolationException.rule("agreement-needs-facts-and-terms");
		}
		Map<UUID, OffsetDateTime> signed = signatures == null ? Map.of() : signatures;
		signed.keySet().forEach(this::requireParty);
		Set<UUID> missing = parties.keySet()
			.stream()
			.filter(p -> !signed.containsKey(p))
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		if (!missing.isEmpty()) {
			throw RuleViolationException.rule("agreement-needs-every-signature", missing.size());
		}
		agreement = new Agreement(factsFound.strip(), terms.strip(), Map.copyOf(signed));
		status = MediationStatus.AGREED;
		events.add(new MediationEvents.AgreementSigned(id, agencyId, signed.size()));
	}

	/**
	 * Ends the case without agreement (终止调解), with the reason and where the parties may
	 * turn; not once it is closed.
	 */
	public void terminate(String reason, Referral referral) {
		if (status.closed()) {
			throw RuleViolationException.conflict("mediation-closed", status.name());
		}
		if (blank(reason)) {
			throw RuleViolationException.rule("termination-needs-reason");
		}
		close(MediationStatus.TERMINATED, reason.strip(), referral == null ? Referral.NONE : referral);
	}

	private void close(MediationStatus to, String reason, Referral referral) {
		MediationStatus from = status;
		status = to;
		closingReason = reason;
		this.referral = referral;
		events.add(new MediationEvents.MediationTerminated(id, agencyId, reason, referral, from));
	}

	private void requireParty(UUID partyId) {
		if (partyId == null || !parties.containsKey(partyId)) {
			throw RuleViolationException.rule("not-a-party-of-the-case");
		}
	}

	private void requireStatus(String transition, MediationStatus... allowed) {
		for (MediationStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw RuleViolationException.conflict("mediation-transition-not-allowed", transition, status.name());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public UUID id() {
		return id;
	}

	public MediationStatus status() {
		return status;
	}

	public List<Session> sessions() {
		return List.copyOf(sessions);
	}

	public Agreement agreement() {
		return agreement;
	}

	public String closingReason() {
		return closingReason;
	}

	public Referral referral() {
		return referral;
	}

	/** The events recorded and not yet published. */
	public List<Object> pendingEvents() {
		return List.copyOf(events);
	}

	/** A session and its transcript (调解笔录). */
	public record Session(int number, OffsetDateTime heldAt, Set<UUID> partiesPresent, String focus,
			String transcript) {
	}

	/** The agreement (调解协议书) and who signed it when. */
	public record Agreement(String factsFound, String terms, Map<UUID, OffsetDateTime> signatures) {
	}

}
