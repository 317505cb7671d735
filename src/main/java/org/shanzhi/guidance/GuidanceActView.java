package org.shanzhi.guidance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.enforcement.LegalBasis;

/** A guidance act as the API and the pages show it. */
public record GuidanceActView(UUID id, UUID agencyId, UUID partyId, String partyName, String partyCategory,
		UUID officerId, String form, DocumentForm documentForm, Channel channel, String subject, String content,
		Map<String, String> details, Set<Principle> principles, List<LegalBasis> legalBasis, String documentNumber,
		LocalDate issuedOn, UUID riskPointId, UUID inspectionId, UUID caseId, UUID followUpOf, FollowUpResult followUp,
		boolean major, boolean complex, ActStatus status, Rectification rectification, Response response,
		UUID escalatedCaseId, OffsetDateTime createdAt, long version) {

	/** The party's response, once recorded. */
	public record Response(boolean accepted, String note, UUID recordedBy, OffsetDateTime recordedAt) {
	}

	/** The rectification requirement and, once recorded, its outcome. */
	public record Rectification(String requirement, LocalDate deadline, String violationCode, Boolean corrected,
			String outcomeNote, UUID outcomeBy, OffsetDateTime outcomeAt) {

		public boolean overdue(LocalDate today) {
			return corrected == null && deadline.isBefore(today);
		}

	}

	public boolean overdue(LocalDate today) {
		return rectification != null && rectification.overdue(today);
	}

}
