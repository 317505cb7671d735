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
 * WeChat service-account messages through the city's message relay, when
 * {@code shanzhi.notification.wechat.url} is set: a JSON {@code {"openid", "text"}}
 * posted with the relay's key as a bearer token (the relay holds the service account's
 * access token and template); any 2xx answer is a delivery.
 */
@Component
@Order(20)
class HttpWeChatSender implements MessageSender {

	/**
	 * {@code null} unless the URL is set (read at run time, not when the beans are
	 * defined).
	 */
	private final RestClient http;

	HttpWeChatSender(@Value("${shanzhi.notification.wechat.url:}") String url,
			@Value("${shanzhi.notification.wechat.key:}") String key) {
		this.http = url.isBlank() ? null
				: RestClient.builder().baseUrl(url).defaultHeader("Authorization", "Bearer " + key).build();
	}

	@Override
	public String name() {
		return "wechat-http";
	}

	@Override
	public boolean supports(Channel channel) {
		return this.http != null && channel == Channel.WECHAT;
	}

	@Override
	public void send(Channel channel, String recipient, String body) {
		http.post()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("openid", recipient, "text", body))
			.retrieve()
			.toBodilessEntity();
	}

}
