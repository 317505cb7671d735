package org.shanzhi.platform.aot;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
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
			"management.server.port", "springdoc.api-docs.enabled", "springdoc.swagger-ui.enabled",
			"server.forward-headers-strategy", "spring.modulith.events.jdbc.schema-initialization.enabled",
			"spring.web.resources.chain.enabled", "spring.web.resources.chain.strategy.content.enabled");

	/**
	 * Families of settings watched as a whole: every setting under these prefixes, from
	 * any source, with its value (health indicators and info contributors switched on or
	 * off, endpoints' access).
	 */
	static final List<String> WATCHED_PREFIXES = List.of("management.health.", "management.info.",
			"management.endpoint.");

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
		for (String prefix : WATCHED_PREFIXES) {
			SortedMap<String, String> family = new TreeMap<>();
			for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
				if (source instanceof IterableConfigurationPropertySource iterable) {
					iterable.stream()
						.map(ConfigurationPropertyName::toString)
						.filter(name -> name.startsWith(prefix))
						.forEach(name -> family.putIfAbsent(name,
								binder.bind(name, Bindable.of(String.class)).orElse("")));
				}
			}
			values.setProperty(prefix + "*", family.toString());
		}
		return values;
	}

	/** The watched settings whose values here differ from the recorded ones. */
	static List<String> differing(Properties recorded, Environment environment) {
		Properties here = of(environment);
		List<String> keys = new ArrayList<>();
		for (String key : here.stringPropertyNames()) {
			if (!here.getProperty(key).equals(recorded.getProperty(key))) {
				keys.add(key);
			}
		}
		keys.sort(null);
		return keys;
	}

}
