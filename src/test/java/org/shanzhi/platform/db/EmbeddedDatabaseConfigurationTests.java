package org.shanzhi.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.zaxxer.hikari.HikariDataSource;

/**
 * SPRING_DATASOURCE_URL switches the embedded database off and the pool goes there,
 * configured from {@code spring.datasource.*}; without it, the embedded server starts.
 * The choice is made at run time: the same bean definitions serve both.
 */
class EmbeddedDatabaseConfigurationTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedDatabaseConfiguration.class);

	@Test
	void connectsToTheConfiguredDatabaseWithoutStartingTheEmbeddedServerWhenADatasourceUrlIsSet() {
		runner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/shanzhi",
					"spring.datasource.username=shanzhi", "spring.datasource.password=secret",
					"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.pool-name=city-db")
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(EmbeddedDatabaseConfiguration.EmbeddedServer.class).postgres()).isNull();
				HikariDataSource pool = context.getBean(HikariDataSource.class);
				assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/shanzhi");
				assertThat(pool.getUsername()).isEqualTo("shanzhi");
				assertThat(pool.getPassword()).isEqualTo("secret");
				assertThat(pool.getDriverClassName()).isEqualTo("org.postgresql.Driver");
				assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
				assertThat(pool.getPoolName()).isEqualTo("city-db");
			});
	}

	@Test
	void refusesToStartSwitchedOffWithoutADatasourceUrl() {
		runner.withPropertyValues("shanzhi.embedded-db.enabled=false")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("shanzhi.embedded-db.enabled=false needs spring.datasource.url"));
	}

	@Test
	void startsTheEmbeddedServerOtherwise() {
		runner
			.withPropertyValues("shanzhi.embedded-db.data-dir=target/condition-test-db",
					"shanzhi.embedded-db.clean=true", "shanzhi.embedded-db.durable=false")
			.run(context -> {
				assertThat(context.getBean(EmbeddedDatabaseConfiguration.EmbeddedServer.class).postgres()).isNotNull();
				assertThat(context.getBean(HikariDataSource.class).getPoolName()).isEqualTo("shanzhi-embedded");
			});
	}

	@Test
	void takesTheServerStartedEarlyOnABackgroundThread() {
		runner.withInitializer(new EmbeddedPostgresEarlyStart())
			.withPropertyValues("shanzhi.embedded-db.data-dir=target/condition-test-db",
					"shanzhi.embedded-db.clean=true", "shanzhi.embedded-db.durable=false")
			.run(context -> {
				assertThat(context.getBean(EmbeddedDatabaseConfiguration.EmbeddedServer.class).postgres()).isNotNull();
				EmbeddedPostgresEarlyStart.Handle handle = context.getBean(EmbeddedPostgresEarlyStart.Handle.class);
				assertThat(handle.take(EmbeddedDatabaseSettings.from(context.getEnvironment())))
					.as("the early server was already handed to the embeddedServer bean")
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
