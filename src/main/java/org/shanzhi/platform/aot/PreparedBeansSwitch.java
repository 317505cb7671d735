package org.shanzhi.platform.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.List;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the packaged application on the bean definitions prepared at build time (Spring
 * AOT on the JVM: no configuration classes parsed, no component scan, about a fifth of
 * the start-up saved, see docs/performance.md), when they fit: decided once the settings
 * are known and before the application context is created (ADR 0019).
 *
 * <p>
 * They are used when the application runs from its jar (the build prepares them right
 * before packaging, so they match the jar's classes; a run from {@code target/classes}
 * may find stale ones), {@code spring.aot.enabled} is not given, and every watched
 * setting has the value the build assumed ({@link BuildTimeSettings}). Otherwise the
 * application processes its configuration in full, as without AOT, and says why in the
 * log: for example with {@code SPRING_DATASOURCE_URL} set (an external database) or with
 * the {@code kafka} profile. {@code -Dspring.aot.enabled=false} forces the full
 * processing, {@code -Dspring.aot.enabled=true} the prepared definitions.
 */
public class PreparedBeansSwitch implements EnvironmentPostProcessor, Ordered {

	private final Log log;

	public PreparedBeansSwitch(DeferredLogFactory logs) {
		this.log = logs.getLog(PreparedBeansSwitch.class);
	}

	@Override
	public int getOrder() {
		// after the configuration files are read
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (System.getProperty(AotDetector.AOT_ENABLED) != null
				|| Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			return;
		}
		String asked = environment.getProperty(AotDetector.AOT_ENABLED);
		if (asked != null) {
			// --spring.aot.enabled or SPRING_AOT_ENABLED: what Spring itself reads only
			// as a
			// system property
			if (Boolean.parseBoolean(asked.trim())) {
				System.setProperty(AotDetector.AOT_ENABLED, "true");
			}
			return;
		}
		Class<?> main = application.getMainApplicationClass();
		if (main == null || !fromJar(main)) {
			return;
		}
		Properties recorded = recorded(main.getClassLoader());
		if (recorded == null) {
			return;
		}
		List<String> differing = BuildTimeSettings.differing(recorded, environment);
		if (differing.isEmpty()) {
			System.setProperty(AotDetector.AOT_ENABLED, "true");
			this.log.info("Using the bean definitions prepared at build time");
		}
		else {
			this.log.info("Not using the bean definitions prepared at build time: these settings differ from the "
					+ "build's " + differing + "; the configuration is processed in full");
		}
	}

	/**
	 * Whether the class was loaded from a jar (packaged or extracted), not a directory.
	 */
	static boolean fromJar(Class<?> type) {
		CodeSource source = type.getProtectionDomain().getCodeSource();
		URL location = (source != null) ? source.getLocation() : null;
		if (location == null) {
			return false;
		}
		String url = location.toString();
		// nested:/…/app.jar/!BOOT-INF/classes/!/ in the fat jar, file:/…/app.jar
		// extracted
		return url.startsWith("nested:") || url.startsWith("jar:") || (url.startsWith("file:") && url.endsWith(".jar"));
	}

	static Properties recorded(ClassLoader loader) {
		try (InputStream in = loader.getResourceAsStream(BuildTimeSettings.RESOURCE)) {
			if (in == null) {
				return null;
			}
			Properties recorded = new Properties();
			recorded.load(in);
			return recorded;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
