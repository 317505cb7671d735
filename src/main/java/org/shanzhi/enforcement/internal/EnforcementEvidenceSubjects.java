package org.shanzhi.enforcement.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.Inspections;
import org.shanzhi.evidence.EvidenceItems.SubjectType;
import org.shanzhi.evidence.EvidenceSubjects;
import org.springframework.stereotype.Component;

/** Cases and inspections as the records evidence attaches to (E1). */
@Component
class EnforcementEvidenceSubjects implements EvidenceSubjects {

	private final EnforcementCases cases;

	private final Inspections inspections;

	EnforcementEvidenceSubjects(EnforcementCases cases, Inspections inspections) {
		this.cases = cases;
		this.inspections = inspections;
	}

	@Override
	public Set<SubjectType> types() {
		return Set.of(SubjectType.ENFORCEMENT_CASE, SubjectType.INSPECTION);
	}

	@Override
	public Optional<UUID> agencyOf(SubjectType type, UUID id) {
		return EvidenceSubjects.visible(
				() -> type == SubjectType.ENFORCEMENT_CASE ? cases.get(id).agencyId() : inspections.get(id).agencyId());
	}

}
