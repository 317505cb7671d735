package org.shanzhi.notification;

/**
 * A channel adapter: delivers messages of the channels it supports (an SMS gateway, a
 * WeChat service account, a mail server). The first adapter that supports a message's
 * channel delivers it; the log adapter supports every channel and comes last.
 */
public interface MessageSender {

	/** The adapter's name, recorded with each message it delivered. */
	String name();

	boolean supports(Channel channel);

	/** Delivers the message, or throws to have it retried later. */
	void send(Channel channel, String recipient, String body) throws Exception;

}
