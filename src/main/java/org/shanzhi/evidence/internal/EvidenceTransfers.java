package org.shanzhi.evidence.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.shanzhi.evidence.EvidenceItems;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.RecordTransferred;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evidence moves with its record (J1): when a referral moves a case to another agency,
 * the case's evidence belongs to that agency from then on, in the same transaction, and
 * each item's custody chain records the transfer.
 */
@Component
class EvidenceTransfers {

	private final JdbcClient jdbc;

	private final CustodyLog custody;

	private final Actors actors;

	private final Clock clock;

	EvidenceTransfers(JdbcClient jdbc, CustodyLog custody, Actors actors, Clock clock) {
		this.jdbc = jdbc;
		this.custody = custody;
		this.actors = actors;
		this.clock = clock;
	}

	@EventListener
	void on(RecordTransferred moved) {
		EvidenceItems.SubjectType type;
		try {
			type = EvidenceItems.SubjectType.valueOf(moved.subjectType());
		}
		catch (IllegalArgumentException ex) {
			return;
		}
		List<UUID> items = jdbc.sql("""
				update evidence.item set agency_id = :to where subject_type = :type and subject_id = :id returning id
				""")
			.param("to", moved.toAgencyId())
			.param("type", type.name())
			.param("id", moved.subjectId())
			.query(UUID.class)
			.list();
		Actor actor = actors.currentIfAny().orElse(Actor.SYSTEM);
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (UUID item : items) {
			custody.append(item, "TRANSFERRED", actor.accountId(),
					actor.displayName() == null ? actor.username() : actor.displayName(), now,
					"from agency " + moved.fromAgencyId() + " to " + moved.toAgencyId());
		}
	}

}
