package org.shanzhi.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox (P2): {@link #send} writes a message in the caller's transaction; once that
 * commits, the message is delivered through the first adapter supporting its channel, and
 * retried on restart if delivery did not complete. A rolled-back transaction sends
 * nothing.
 */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notifications(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A message queued: delivered after the transaction that queued it commits. */
	public record MessageQueued(UUID messageId) {
	}

	@Transactional
	public UUID send(Channel channel, String recipient, String purpose, String body) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into notification.message (id, channel, recipient, purpose, body, status, created_at)
				values (:id, :channel, :recipient, :purpose, :body, 'PENDING', :at)
				""")
			.param("id", id)
			.param("channel", channel.name())
			.param("recipient", recipient)
			.param("purpose", purpose)
			.param("body", body.length() > 2000 ? body.substring(0, 2000) : body)
			.param("at", OffsetDateTime.now(clock))
			.update();
		events.publishEvent(new MessageQueued(id));
		return id;
	}

}
