package org.shanzhi.mediation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A mediation session (调处) and its transcript (调解笔录): who attended (names, and the
 * parties of the case among them), the statements, the focus of the dispute, the
 * transcript itself, and the experts or members of the public invited.
 */
public record SessionRecord(int number, OffsetDateTime heldAt, List<String> attendees, Set<UUID> partiesPresent,
		String statements, String focus, String transcript, List<String> experts) {
}
