package org.shanzhi.guidance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shanzhi.guidance.GuidanceActView;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.shared.NominableRecords;
import org.shanzhi.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Acts of guidance as excellent cases (S3). */
@Component
class NominableActs implements NominableRecords {

	private final GuidanceActs acts;

	NominableActs(GuidanceActs acts) {
		this.acts = acts;
	}

	@Override
	public String type() {
		return "GUIDANCE_ACT";
	}

	@Override
	public Optional<Nominable> find(UUID id) {
		try {
			GuidanceActView a = acts.get(id);
			return Optional.of(new Nominable(a.agencyId(), a.subject(), List.of(a.partyName())));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

}
