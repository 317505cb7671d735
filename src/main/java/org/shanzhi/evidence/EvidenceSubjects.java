package org.shanzhi.evidence;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The records evidence attaches to, resolved by the modules that own them (E1): a module
 * tells, for the subject types it owns, the agency of a record the current actor may see
 * — empty when there is no such record or it is another agency's. Evidence takes the
 * record's agency, so that it is seen by whoever sees the record.
 */
public interface EvidenceSubjects {

	/** The subject types this module owns. */
	Set<EvidenceItems.SubjectType> types();

	/** The agency of the record, if the current actor may see it. */
	Optional<UUID> agencyOf(EvidenceItems.SubjectType type, UUID id);

	/** The agency a record's facade gives, or empty when it answers not found. */
	static Optional<UUID> visible(java.util.function.Supplier<UUID> agencyOfRecord) {
		try {
			return Optional.of(agencyOfRecord.get());
		}
		catch (org.shanzhi.shared.NotFoundException ex) {
			return Optional.empty();
		}
	}

}
