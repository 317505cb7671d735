package org.shanzhi.guidance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a follow-up visit (回访) found (G6): whether the rectification held, the party's
 * view of the officers' conduct (lawful? civil? did anyone ask for favours?), a 1-5
 * satisfaction score, and a complaint about conduct, which goes to the agency head.
 */
public record FollowUpResult(Boolean rectificationHeld, @NotNull Boolean conductLawful, @NotNull Boolean conductCivil,
		@NotNull Boolean favourRequested, @NotNull @Min(1) @Max(5) Integer satisfaction,
		@Size(max = 2000) String partyViews, @Size(max = 2000) String complaint) {

	/** The party raised a conduct problem: the head must look at it. */
	public boolean raisesComplaint() {
		return !conductLawful || !conductCivil || favourRequested || (complaint != null && !complaint.isBlank());
	}

}
