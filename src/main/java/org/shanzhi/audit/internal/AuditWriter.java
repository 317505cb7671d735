package org.shanzhi.audit.internal;

import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.AuditedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes an audit entry for every {@link AuditedEvent}, synchronously inside the
 * publishing transaction: if the entry cannot be written, the change itself rolls back.
 */
@Component
class AuditWriter {

	private final AuditLog log;

	private final Actors actors;

	AuditWriter(AuditLog log, Actors actors) {
		this.log = log;
		this.actors = actors;
	}

	@EventListener
	void on(AuditedEvent event) {
		Actor actor = actors.currentIfAny().orElse(Actor.SYSTEM);
		log.append(event, actor);
	}

}
