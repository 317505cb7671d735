package org.shanzhi.joint.internal;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.modulith.events.support.BrokerRouting;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

import tools.jackson.databind.ObjectMapper;

/**
 * Where the shared events (those marked {@code @Externalized}) go: by default to the log,
 * one line per event with its topic, key and JSON — the same JSON the Kafka transport
 * (profile {@code kafka}, Spring Modulith's Kafka externalizer) sends. The event
 * publication registry keeps an event until its transport took it.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeConfiguration {

	static final Logger LOG = LoggerFactory.getLogger("org.shanzhi.exchange");

	@Bean
	@ConditionalOnProperty(name = "shanzhi.exchange.transport", havingValue = "log", matchIfMissing = true)
	DelegatingEventExternalizer loggedExchange(EventExternalizationConfiguration configuration, ObjectMapper json) {
		StandardEvaluationContext context = new StandardEvaluationContext();
		return new DelegatingEventExternalizer(configuration, (target, payload) -> {
			BrokerRouting routing = BrokerRouting.of(target, context);
			LOG.info("shared event topic={} key={} {}", routing.getTarget(payload), routing.getKey(payload),
					json.writeValueAsString(payload));
			return CompletableFuture.completedFuture(null);
		});
	}

}
