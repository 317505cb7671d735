package org.shanzhi.joint;

import java.util.Optional;
import java.util.UUID;

/**
 * Records other modules let be referred to another agency (J1 multi-level linkage): the
 * owning module describes its record; when the referral is accepted it moves the record
 * on {@link JointEvents.ReferralAccepted}, inside the accepting transaction.
 */
public interface ReferableRecords {

	/** What is referred, as seen by the referring agency. */
	record Subject(UUID agencyId, String label, String matter) {
	}

	Referrals.Kind kind();

	/** The record, if the current actor may read it. */
	Optional<Subject> describe(UUID id);

}
