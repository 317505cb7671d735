package org.shanzhi.leniency;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.shanzhi.enforcement.Treatment;

/**
 * The outcome of an assessment (L3): the proposed treatment, the list entry and list
 * version that propose it ({@code null} when no entry's conditions all held), and the
 * reasons in the reader's language, with each evaluated condition.
 */
public record AssessmentView(UUID id, UUID agencyId, UUID partyId, UUID caseId, String violationCode,
		LocalDate occurredOn, Treatment treatment, UUID listEntryId, String listVersion, UUID listId, ListKind listKind,
		LocalDate listEffectiveFrom, List<String> reasons, List<ConditionResult> conditions, int priorViolations,
		OffsetDateTime createdAt) {

	/** One condition of one evaluated entry. */
	public record ConditionResult(String list, int entry, String policy, boolean held, String reason) {
	}

}
