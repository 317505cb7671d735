package org.shanzhi.mediation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A mediation case as the API and the pages show it, with its history. */
public record MediationCaseView(UUID id, String number, UUID agencyId, Procedure procedure, Origin origin,
		DisputeType disputeType, String summary, MediationStatus status, List<CaseParty> parties, Acceptance acceptance,
		List<SessionRecord> sessions, Agreement agreement, Closing closing,
		java.util.Map<String, String> documentNumbers, Deadlines deadlines, UUID startedBy, OffsetDateTime createdAt,
		long version, Forum forum, UUID respondentAgencyId, String disputedAct) {

	/**
	 * The time limits the case runs against (working days of the agency's limits) and
	 * whether the step it waits for is overdue today.
	 */
	public record Deadlines(java.time.LocalDate acceptanceDue, java.time.LocalDate conclusionDue, boolean overdue) {
	}

	/** The acceptance decision of a general case. */
	public record Acceptance(boolean accepted, String reason, OffsetDateTime sessionAt, String place, String notes,
			OffsetDateTime decidedAt) {
	}

	/**
	 * The agreement (调解协议书): proposed to the parties ({@code proposedAt}), agreed once
	 * every party signed ({@code agreedAt}).
	 */
	public record Agreement(String factsFound, String terms, OffsetDateTime agreedAt, java.time.LocalDate performBy,
			Boolean honoured, String performanceNote, OffsetDateTime performanceCheckedAt, OffsetDateTime proposedAt) {
	}

	/** How a case ended without agreement. */
	public record Closing(String reason, Referral referral, OffsetDateTime closedAt) {
	}

}
