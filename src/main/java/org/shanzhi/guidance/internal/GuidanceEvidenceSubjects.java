package org.shanzhi.guidance.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.evidence.EvidenceItems.SubjectType;
import org.shanzhi.evidence.EvidenceSubjects;
import org.shanzhi.guidance.GuidanceActs;
import org.springframework.stereotype.Component;

/** Acts of guidance as records evidence attaches to (E1). */
@Component
class GuidanceEvidenceSubjects implements EvidenceSubjects {

	private final GuidanceActs acts;

	GuidanceEvidenceSubjects(GuidanceActs acts) {
		this.acts = acts;
	}

	@Override
	public Set<SubjectType> types() {
		return Set.of(SubjectType.GUIDANCE_ACT);
	}

	@Override
	public Optional<UUID> agencyOf(SubjectType type, UUID id) {
		return EvidenceSubjects.visible(() -> acts.get(id).agencyId());
	}

}
