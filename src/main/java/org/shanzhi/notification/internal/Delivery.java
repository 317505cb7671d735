package org.shanzhi.notification.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.shanzhi.notification.Channel;
import org.shanzhi.notification.MessageSender;
import org.shanzhi.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers each queued message after its transaction committed, through the first adapter
 * that supports its channel; a failed delivery is counted and retried when the event
 * publication registry republishes it (on restart), up to five attempts.
 */
@Component
class Delivery {

	private static final Logger log = LoggerFactory.getLogger(Delivery.class);

	private final JdbcClient jdbc;

	private final List<MessageSender> senders;

	private final Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate separately;

	Delivery(JdbcClient jdbc, List<MessageSender> senders, Clock clock,
			org.springframework.transaction.PlatformTransactionManager transactions) {
		this.separately = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.separately
			.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
		this.senders = senders;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(Notifications.MessageQueued e) {
		var message = jdbc.sql(
				"select channel, recipient, body, attempts from notification.message where id = :id and status = 'PENDING'")
			.param("id", e.messageId())
			.query((rs,
					n) -> new Object[] { Channel.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
							rs.getInt(4) })
			.optional()
			.orElse(null);
		if (message == null) {
			return;
		}
		Channel channel = (Channel) message[0];
		MessageSender sender = senders.stream().filter(s -> s.supports(channel)).findFirst().orElseThrow();
		try {
			sender.send(channel, (String) message[1], (String) message[2]);
			jdbc.sql("""
					update notification.message set status = 'SENT', sent_at = :at, adapter = :adapter,
					  attempts = attempts + 1
					where id = :id
					""")
				.param("at", OffsetDateTime.now(clock))
				.param("adapter", sender.name())
				.param("id", e.messageId())
				.update();
		}
		catch (Exception ex) {
			int attempts = (int) message[3] + 1;
			log.warn("delivery of message {} by {} failed (attempt {}): {}", e.messageId(), sender.name(), attempts,
					ex.getMessage());
			String error = String.valueOf(ex.getMessage());
			// recorded in its own transaction: the rethrow below rolls this listener's
			// back
			separately.executeWithoutResult(t -> jdbc.sql("""
					update notification.message set attempts = :attempts, last_error = :error,
					  status = case when :attempts >= 5 then 'FAILED' else 'PENDING' end where id = :id
					""")
				.param("attempts", attempts)
				.param("error", error.substring(0, Math.min(500, error.length())))
				.param("id", e.messageId())
				.update());
			if (attempts < 5) {
				throw new IllegalStateException("delivery failed, to be retried", ex);
			}
		}
	}

}
