package org.shanzhi.mediation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A mediation session (调处) and its transcript (调解笔录): what kind of session (a hearing or
 * a site investigation where the facts are disputed), who attended (names, and the
 * parties of the case among them), whether the rights and the procedure were told and
 * acknowledged, the statements, the defences and the cross-examination, the focus of the
 * dispute, the transcript itself, and the experts and members of the public invited.
 */
public record SessionRecord(int number, OffsetDateTime heldAt, List<String> attendees, Set<UUID> partiesPresent,
		String statements, String focus, String transcript, List<String> experts, SessionKind kind,
		Boolean rightsAcknowledged, String defences, String crossExamination, List<String> invited) {

	public SessionKind kindOrSession() {
		return kind == null ? SessionKind.SESSION : kind;
	}

	public SessionRecord inZone(java.time.ZoneId zone) {
		return new SessionRecord(number, heldAt == null ? null : heldAt.atZoneSameInstant(zone).toOffsetDateTime(),
				attendees, partiesPresent, statements, focus, transcript, experts, kind, rightsAcknowledged, defences,
				crossExamination, invited == null ? List.of() : invited);
	}

}
