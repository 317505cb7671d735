package org.shanzhi.mediation.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.evidence.EvidenceItems.SubjectType;
import org.shanzhi.evidence.EvidenceSubjects;
import org.shanzhi.mediation.MediationCases;
import org.springframework.stereotype.Component;

/** Mediation cases (and their sessions) as records evidence attaches to (E1). */
@Component
class MediationEvidenceSubjects implements EvidenceSubjects {

	private final MediationCases cases;

	MediationEvidenceSubjects(MediationCases cases) {
		this.cases = cases;
	}

	@Override
	public Set<SubjectType> types() {
		return Set.of(SubjectType.MEDIATION_CASE);
	}

	@Override
	public Optional<UUID> agencyOf(SubjectType type, UUID id) {
		return EvidenceSubjects.visible(() -> cases.get(id).agencyId());
	}

}
