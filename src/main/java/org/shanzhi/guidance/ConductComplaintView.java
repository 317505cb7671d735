package org.shanzhi.guidance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A party's complaint about an officer's conduct raised at a follow-up visit, as the
 * head's queue shows it: {@code against} names whom it is about (被投诉人), each officer with
 * the name they had when it was raised; {@code officerId} is the first of them. Raised at
 * a decided case's visit, it names the case ({@code caseId}) and no acts.
 */
public record ConductComplaintView(UUID id, UUID agencyId, UUID partyId, String partyName, UUID officerId,
		UUID followUpActId, UUID subjectActId, String summary, String status, UUID handledBy, OffsetDateTime handledAt,
		String handlingNote, OffsetDateTime createdAt, long version, List<Against> against, UUID caseId) {

	/** An officer a complaint is about, by name. */
	public record Against(UUID officerId, String name) {
	}

	/** The names of whom the complaint is about, as one line (empty if none named). */
	public String againstNames() {
		return against == null ? "" : String.join("、", against.stream().map(Against::name).toList());
	}

}
