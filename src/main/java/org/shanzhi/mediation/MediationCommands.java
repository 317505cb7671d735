package org.shanzhi.mediation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The commands of a mediation case, as the API takes them (API.md, "Mediation"). */
public final class MediationCommands {

	private MediationCommands() {
	}

	/**
	 * Starts a case: the procedure, how it began, the dispute and its parties.
	 * {@code requiresDecision} says the law requires an administrative decision on the
	 * matter, which mediation cannot replace (LY12): such a case is refused.
	 * {@code noticeId} names the notice of the right to mediate the case starts from. A
	 * reconsideration organ (M7) names the {@code respondentAgencyId} whose
	 * {@code disputedAct} the applicant contests; that agency takes part as the
	 * respondent.
	 */
	public record Start(@NotNull Procedure procedure, @NotNull Origin origin, @NotNull DisputeType disputeType,
			@NotBlank @Size(max = 4000) String summary,
			@NotEmpty @Size(min = 1, max = 20) List<@Valid @NotNull PartyInput> parties, boolean requiresDecision,
			UUID noticeId, UUID respondentAgencyId, @Size(max = 500) String disputedAct) {

		public Start(Procedure procedure, Origin origin, DisputeType disputeType, String summary,
				List<PartyInput> parties) {
			this(procedure, origin, disputeType, summary, parties, false, null);
		}

		public Start(Procedure procedure, Origin origin, DisputeType disputeType, String summary,
				List<PartyInput> parties, boolean requiresDecision, UUID noticeId) {
			this(procedure, origin, disputeType, summary, parties, requiresDecision, noticeId, null, null);
		}

	}

	public record PartyInput(@NotNull UUID partyId, @NotNull PartyRole role) {
	}

	/** A party's consent or refusal. */
	public record Consent(@NotNull UUID partyId, @NotNull Boolean consented) {
	}

	/**
	 * The acceptance decision: accepted with the first session's time and place, or
	 * refused.
	 */
	public record Acceptance(@NotNull Boolean accepted, @Size(max = 2000) String reason, OffsetDateTime sessionAt,
			@Size(max = 200) String place, @Size(max = 2000) String notes) {
	}

	/**
	 * A session and its transcript. {@code attendees} names those present; entries that
	 * are the ids of parties of the case count as those parties present, as do
	 * {@code partiesPresent}. {@code kind} is SESSION (default), HEARING or
	 * SITE_INVESTIGATION; {@code rightsAcknowledged} false refuses the session.
	 */
	public record Session(@NotNull OffsetDateTime heldAt, @Size(max = 40) List<@Size(max = 100) String> attendees,
			@Size(max = 20) List<UUID> partiesPresent, @Size(max = 8000) String statements,
			@Size(max = 2000) String focus, @NotBlank @Size(max = 20000) String transcript,
			@Size(max = 20) List<@Size(max = 100) String> experts, SessionKind kind, Boolean rightsAcknowledged,
			@Size(max = 8000) String defences, @Size(max = 8000) String crossExamination,
			@Size(max = 20) List<@Size(max = 100) String> invited) {

		public Session(OffsetDateTime heldAt, List<String> attendees, List<UUID> partiesPresent, String statements,
				String focus, String transcript, List<String> experts) {
			this(heldAt, attendees, partiesPresent, statements, focus, transcript, experts, null, null, null, null,
					null);
		}

	}

	/**
	 * The agreement proposed to the parties for their signatures, online or in person.
	 */
	public record Proposal(@NotBlank @Size(max = 4000) String factsFound, @NotBlank @Size(max = 4000) String terms,
			java.time.LocalDate performBy) {
	}

	/**
	 * A signature of the proposed agreement: a party signed in signs for itself (its
	 * {@code partyId} may be left out); a mediator records a party's signature given in
	 * person.
	 */
	public record Signing(UUID partyId) {
	}

	/** The proposed agreement withdrawn, with the reason. */
	public record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
	}

	/** The agreement and every party's signature. */
	public record Agreement(@NotBlank @Size(max = 4000) String factsFound, @NotBlank @Size(max = 4000) String terms,
			@Size(max = 20) List<@Valid @NotNull Signature> signatures, java.time.LocalDate performBy) {

		public Agreement(String factsFound, String terms, List<Signature> signatures) {
			this(factsFound, terms, signatures, null);
		}

	}

	/** The follow-up after the agreed date: was the agreement honoured? */
	public record Performance(@NotNull Boolean honoured, @Size(max = 2000) String note) {
	}

	public record Signature(@NotNull UUID partyId, OffsetDateTime signedAt) {
	}

	/** The end without agreement, with the reason and where the parties may turn. */
	public record Termination(@NotBlank @Size(max = 2000) String reason, Referral referral) {
	}

}
