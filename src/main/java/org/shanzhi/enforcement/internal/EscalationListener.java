package org.shanzhi.enforcement.internal;

import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.EscalationRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the case another module asked for (G5), inside the asking transaction, so that
 * the escalation and its case are written together or not at all.
 */
@Component
class EscalationListener {

	private final EnforcementCases cases;

	EscalationListener(EnforcementCases cases) {
		this.cases = cases;
	}

	@EventListener
	void on(EscalationRequested request) {
		cases.openEscalated(request);
	}

}
