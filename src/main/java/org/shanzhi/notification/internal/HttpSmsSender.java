package org.shanzhi.notification.internal;

import java.util.Map;

import org.shanzhi.notification.Channel;
import org.shanzhi.notification.MessageSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Text messages through an SMS gateway's HTTP API, when
 * {@code shanzhi.notification.sms.url} is set: a JSON {@code {"phone", "text", "sign"}}
 * posted with the gateway's key as a bearer token; any 2xx answer is a delivery. Most
 * Chinese SMS providers offer such an endpoint, or a small relay in front of their SDK
 * does.
 */
@Component
@Order(10)
class HttpSmsSender implements MessageSender {

	/**
	 * {@code null} unless the URL is set (read at run time, not when the beans are
	 * defined).
	 */
	private final RestClient http;

	private final String sign;

	HttpSmsSender(@Value("${shanzhi.notification.sms.url:}") String url,
			@Value("${shanzhi.notification.sms.key:}") String key,
			@Value("${shanzhi.notification.sms.sign:善治}") String sign) {
		this.http = url.isBlank() ? null
				: RestClient.builder().baseUrl(url).defaultHeader("Authorization", "Bearer " + key).build();
		this.sign = sign;
	}

	@Override
	public String name() {
		return "sms-http";
	}

	@Override
	public boolean supports(Channel channel) {
		return this.http != null && channel == Channel.SMS;
	}

	@Override
	public void send(Channel channel, String recipient, String body) {
		http.post()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("phone", recipient, "text", body, "sign", sign))
			.retrieve()
			.toBodilessEntity();
	}

}
