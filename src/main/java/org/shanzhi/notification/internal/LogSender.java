package org.shanzhi.notification.internal;

import org.shanzhi.notification.Channel;
import org.shanzhi.notification.MessageSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The default adapter, last in line: writes the message to the log (a development and
 * demonstration set-up; configure an SMS gateway for production). It supports every
 * channel.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LogSender implements MessageSender {

	private static final Logger log = LoggerFactory.getLogger("shanzhi.notification");

	@Override
	public String name() {
		return "log";
	}

	@Override
	public boolean supports(Channel channel) {
		return true;
	}

	@Override
	public void send(Channel channel, String recipient, String body) {
		log.info("{} to {}: {}", channel, recipient, body);
	}

}
