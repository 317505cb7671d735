package org.shanzhi.guidance;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a follow-up visit (回访) found (G6): whether the rectification held, the party's
 * view of the officers' conduct (lawful? civil? did anyone ask for favours?), a 1-5
 * satisfaction score, and a complaint about conduct, which goes to the agency head,
 * naming whom it is about ({@code complaintAgainst}, 被投诉人: officers of the agency; by
 * default the officer who gave the visited guidance).
 */
public record FollowUpResult(Boolean rectificationHeld, @NotNull Boolean conductLawful, @NotNull Boolean conductCivil,
		@NotNull Boolean favourRequested, @NotNull @Min(1) @Max(5) Integer satisfaction,
		@Size(max = 2000) String partyViews, @Size(max = 2000) String complaint,
		@Size(max = 20) List<@NotNull UUID> complaintAgainst) {

	public FollowUpResult(Boolean rectificationHeld, Boolean conductLawful, Boolean conductCivil,
			Boolean favourRequested, Integer satisfaction, String partyViews, String complaint) {
		this(rectificationHeld, conductLawful, conductCivil, favourRequested, satisfaction, partyViews, complaint,
				null);
	}

	/** The party raised a conduct problem: the head must look at it. */
	public boolean raisesComplaint() {
		return !conductLawful || !conductCivil || favourRequested || (complaint != null && !complaint.isBlank());
	}

}
