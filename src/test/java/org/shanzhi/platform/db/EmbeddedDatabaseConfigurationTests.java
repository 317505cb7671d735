package org.shanzhi.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** SPRING_DATASOURCE_URL switches the embedded database off; without it, it is on. */
class EmbeddedDatabaseConfigurationTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedDatabaseConfiguration.class);

	@Test
	void doesNotStartTheEmbeddedServerWhenADatasourceUrlIsSet() {
		runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/shanzhi")
			.run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class)
				.doesNotHaveBean(javax.sql.DataSource.class));
	}

	@Test
	void canBeSwitchedOffExplicitly() {
		runner.withPropertyValues("shanzhi.embedded-db.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
	}

	@Test
	void startsTheEmbeddedServerOtherwise() {
		runner
			.withPropertyValues("shanzhi.embedded-db.data-dir=target/condition-test-db",
					"shanzhi.embedded-db.clean=true", "shanzhi.embedded-db.durable=false")
			.run(context -> assertThat(context).hasSingleBean(EmbeddedPostgres.class)
				.hasSingleBean(javax.sql.DataSource.class));
	}

	@Test
	void takesTheServerStartedEarlyOnABackgroundThread() {
		runner.withInitializer(new EmbeddedPostgresEarlyStart())
			.withPropertyValues("shanzhi.embedded-db.data-dir=target/condition-test-db",
					"shanzhi.embedded-db.clean=true", "shanzhi.embedded-db.durable=false")
			.run(context -> {
				assertThat(context).hasSingleBean(EmbeddedPostgres.class);
				EmbeddedPostgresEarlyStart.Handle handle = context.getBean(EmbeddedPostgresEarlyStart.Handle.class);
				assertThat(handle.take(EmbeddedDatabaseSettings.from(context.getEnvironment())))
					.as("the early server was already handed to the embeddedPostgres bean")
					.isNull();
			});
	}

	@Test
	void stopsAnEarlyServerThatNoBeanTookWhenTheContextCloses() {
		java.nio.file.Path dir = java.nio.file.Path.of("target/early-start-test-db");
		new ApplicationContextRunner().withInitializer(new EmbeddedPostgresEarlyStart())
			.withPropertyValues("shanzhi.embedded-db.data-dir=" + dir, "shanzhi.embedded-db.clean=false",
					"shanzhi.embedded-db.durable=false")
			.run(context -> {
				assertThat(context).hasSingleBean(EmbeddedPostgresEarlyStart.Handle.class);
				org.awaitility.Awaitility.await()
					.atMost(java.time.Duration.ofSeconds(60))
					.until(() -> java.nio.file.Files.exists(dir.resolve("postmaster.pid")));
			});
		assertThat(dir.resolve("PG_VERSION")).as("data kept").exists();
		assertThat(dir.resolve("postmaster.pid")).as("server stopped with the context").doesNotExist();
	}

}
