package org.shanzhi.portal;

import java.util.Set;

/**
 * The course of an online application (P2):
 *
 * <pre>
 * SUBMITTED ──accept──▶ ACCEPTED ──complete (outcome)──▶ COMPLETED ──rating (once)
 *     │  └──refuse (reasons)──▶ REFUSED
 *     └──ask for material──▶ MATERIAL_REQUESTED ──applicant supplements──▶ SUBMITTED
 * </pre>
 */
public enum ApplicationStatus {

	SUBMITTED, MATERIAL_REQUESTED, ACCEPTED, REFUSED, COMPLETED;

	/** The statuses this one may move to. */
	public Set<ApplicationStatus> next() {
		return switch (this) {
			case SUBMITTED -> Set.of(ACCEPTED, REFUSED, MATERIAL_REQUESTED);
			case MATERIAL_REQUESTED -> Set.of(SUBMITTED, REFUSED);
			case ACCEPTED -> Set.of(COMPLETED);
			case REFUSED, COMPLETED -> Set.of();
		};
	}

	public boolean canMoveTo(ApplicationStatus target) {
		return next().contains(target);
	}

	/** Ended: refused or completed. */
	public boolean ended() {
		return this == REFUSED || this == COMPLETED;
	}

}
