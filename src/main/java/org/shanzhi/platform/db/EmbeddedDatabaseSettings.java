package org.shanzhi.platform.db;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * Where and how the embedded PostgreSQL runs ({@code shanzhi.embedded-db.*}), and whether
 * it runs at all: not when {@code spring.datasource.url} names another database.
 */
record EmbeddedDatabaseSettings(Path dataDir, boolean durable, int port, boolean clean) {

	static boolean wanted(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		return (url == null || url.isBlank())
				&& environment.getProperty("shanzhi.embedded-db.enabled", Boolean.class, true);
	}

	static EmbeddedDatabaseSettings from(Environment environment) {
		return new EmbeddedDatabaseSettings(
				Path.of(environment.getProperty("shanzhi.embedded-db.data-dir", "./data/pg")),
				environment.getProperty("shanzhi.embedded-db.durable", Boolean.class, true),
				environment.getProperty("shanzhi.embedded-db.port", Integer.class, 0),
				environment.getProperty("shanzhi.embedded-db.clean", Boolean.class, false));
	}

}
