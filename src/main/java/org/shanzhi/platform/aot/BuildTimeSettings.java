package org.shanzhi.platform.aot;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The settings that decide which beans the application has, as opposed to how the beans
 * behave: what bean definitions prepared at build time (Spring AOT) have fixed, so a run
 * whose settings differ from the build's must not use them (ADR 0019).
 *
 * <p>
 * The list names the conditions of this application's own beans (the exchange's
 * transport) and the conditions of Spring Boot's auto-configurations that an operator may
 * plausibly change. The settings the platform reads when it runs (the embedded database
 * or an external one, the demo city, the SMS and WeChat gateways, the backtest's command
 * line, every {@code shanzhi.*} value bound into a bean) are not here: they need no
 * watching.
 */
final class BuildTimeSettings {

	/** Where the build records the values its bean definitions were prepared with. */
	static final String RESOURCE = "META-INF/shanzhi/build-time-settings.properties";

	static final List<String> WATCHED = List.of("shanzhi.exchange.transport", "spring.autoconfigure.exclude",
			"spring.modulith.events.externalization.enabled", "spring.main.web-application-type",
			"spring.main.lazy-initialization", "spring.threads.virtual.enabled", "spring.jpa.open-in-view",
			"spring.flyway.enabled", "spring.jmx.enabled", "management.endpoints.web.exposure.include",
			"management.endpoints.web.exposure.exclude", "management.endpoints.access.default",
			"management.endpoint.health.probes.enabled", "management.server.port", "springdoc.api-docs.enabled",
			"springdoc.swagger-ui.enabled");

	private BuildTimeSettings() {
	}

	/** The watched settings' values in this environment, normalised. */
	static Properties of(Environment environment) {
		Binder binder = Binder.get(environment);
		Properties values = new Properties();
		for (String key : WATCHED) {
			List<String> value = binder.bind(key, Bindable.listOf(String.class)).orElse(List.of());
			String text = String.join(",", value.stream().map(String::trim).toList());
			values.setProperty(key, text);
		}
		return values;
	}

	/** The watched settings whose values here differ from the recorded ones. */
	static List<String> differing(Properties recorded, Environment environment) {
		Properties here = of(environment);
		List<String> keys = new ArrayList<>();
		for (String key : WATCHED) {
			if (!here.getProperty(key).equals(recorded.getProperty(key))) {
				keys.add(key);
			}
		}
		return keys;
	}

}
