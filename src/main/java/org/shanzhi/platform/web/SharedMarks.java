package org.shanzhi.platform.web;

import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.security.Actors;
import org.springframework.stereotype.Component;

/**
 * The "shared by" mark of the pages (J2): a record another agency shares with the
 * signed-in officer's agency is shown read-only, marked with the sharing agency's name.
 * Templates ask {@code @sharedMarks.by(record.agencyId)}.
 */
@Component("sharedMarks")
public class SharedMarks {

	private final Actors actors;

	private final Agencies agencies;

	SharedMarks(Actors actors, Agencies agencies) {
		this.actors = actors;
		this.agencies = agencies;
	}

	/**
	 * The name of the agency sharing the record, or {@code null} for one's own record.
	 */
	public String by(UUID recordAgencyId) {
		if (!actors.isShared(recordAgencyId)) {
			return null;
		}
		return agencies.get(recordAgencyId).name();
	}

}
