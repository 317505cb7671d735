package org.shanzhi.directory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An officer and the law-enforcement certificate (执法证) they act under:
 * {@code certificateValidUntil} is the last day it is valid ({@code null}: no end
 * recorded).
 */
public record OfficerView(UUID id, UUID agencyId, String name, String certificateNumber, String position,
		LocalDate certificateValidUntil, OffsetDateTime createdAt, long version) {

	/** Whether the certificate is valid on the day (APL art. 42). */
	public boolean certificateValidOn(LocalDate day) {
		return certificateNumber != null && !certificateNumber.isBlank()
				&& (certificateValidUntil == null || !certificateValidUntil.isBefore(day));
	}

}
