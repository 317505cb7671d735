package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An enforcement case as the API and the pages show it: with its procedure, its officers
 * (回避 shown by {@code recusedAt}), the steps allowed now ({@code nextSteps}, names as in
 * the paths), its time limits so far ({@code deadlines}), the filing (立案: {@code filedOn}
 * and the 立案审批表's {@code filingDocumentNumber}) and the recusal applications; the records
 * of the later steps (the report, the reviews, the discussion, the notices, the
 * statements, the hearing, the extensions, the deliveries, the transfer).
 */
public record CaseView(UUID id, String number, UUID agencyId, UUID partyId, String violationCode, UUID violationTypeId,
		LocalDate occurredOn, String facts, CaseOrigin origin, UUID originId, List<String> evidence, CaseStatus status,
		String findings, HarmLevel harm, Boolean firstOffence, Boolean corrected, LocalDate correctedOn,
		Boolean commitmentSigned, Boolean rectificationVerified, TreatmentProposal proposal, DecisionView decision,
		UUID openedBy, OffsetDateTime createdAt, OffsetDateTime closedAt, long version, CaseProcedure procedure,
		LocalDate discoveredOn, LocalDate violationEndedOn, boolean endangeredSafety, LocalDate filedOn,
		String filingDocumentNumber, String filingNote, String filingLateReason, UUID filedBy,
		List<CaseOfficerView> officers, List<RecusalView> recusals, List<String> nextSteps, CaseDeadlines deadlines,
		ProcedureRecords.Report report, List<ProcedureRecords.Review> reviews, ProcedureRecords.Discussion discussion,
		List<ProcedureRecords.PriorNotice> notices, List<ProcedureRecords.Statement> statements,
		ProcedureRecords.Hearing hearing, List<ProcedureRecords.Extension> extensions,
		List<ProcedureRecords.Delivery> deliveries, ProcedureRecords.Transfer transfer) {

	/** The officers still acting on the case (not recused). */
	public List<CaseOfficerView> actingOfficers() {
		return officers.stream().filter(o -> o.recusedAt() == null).toList();
	}

	/** Whether the step of that name is allowed now. */
	public boolean allows(String step) {
		return nextSteps.contains(step);
	}

}
