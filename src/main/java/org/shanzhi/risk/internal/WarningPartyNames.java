package org.shanzhi.risk.internal;

import org.shanzhi.directory.DirectoryEvents;
import org.shanzhi.risk.RiskWarnings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the party's name beside its warnings (searched and shown in their lists) as the
 * directory renames the party, inside the renaming transaction.
 */
@Component
class WarningPartyNames {

	private final RiskWarnings warnings;

	WarningPartyNames(RiskWarnings warnings) {
		this.warnings = warnings;
	}

	@EventListener
	void on(DirectoryEvents.PartyUpdated e) {
		if (e.after().get("name") instanceof String name) {
			warnings.partyRenamed(e.partyId(), name);
		}
	}

}
