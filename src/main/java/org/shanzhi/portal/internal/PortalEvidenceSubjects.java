package org.shanzhi.portal.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.evidence.EvidenceItems.SubjectType;
import org.shanzhi.evidence.EvidenceSubjects;
import org.shanzhi.portal.Applications;
import org.springframework.stereotype.Component;

/**
 * Online applications and the hearings they asked for as records evidence attaches to
 * (E1), read as the agency handling them.
 */
@Component
class PortalEvidenceSubjects implements EvidenceSubjects {

	private final Applications applications;

	PortalEvidenceSubjects(Applications applications) {
		this.applications = applications;
	}

	@Override
	public Set<SubjectType> types() {
		return Set.of(SubjectType.PORTAL_APPLICATION, SubjectType.HEARING);
	}

	@Override
	public Optional<UUID> agencyOf(SubjectType type, UUID id) {
		return EvidenceSubjects.visible(() -> applications.get(id).agencyId());
	}

}
