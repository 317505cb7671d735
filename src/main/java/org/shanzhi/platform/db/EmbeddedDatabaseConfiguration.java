package org.shanzhi.platform.db;

import java.io.IOException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Zero set-up database: unless {@code spring.datasource.url} is set (for example through
 * {@code SPRING_DATASOURCE_URL}), the application starts its own PostgreSQL with the data
 * in {@code shanzhi.embedded-db.data-dir} (default {@code ./data/pg}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String DATABASE = "shanzhi";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Environment environment,
			ObjectProvider<EmbeddedPostgresEarlyStart.Handle> earlyStart) throws IOException {
		EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(environment);
		EmbeddedPostgresEarlyStart.Handle handle = earlyStart.getIfAvailable();
		EmbeddedPostgres started = (handle != null) ? handle.take(settings) : null;
		return (started != null) ? started : launch(settings);
	}

	/** Starts the server and creates the application's database on first use. */
	static EmbeddedPostgres launch(EmbeddedDatabaseSettings settings) throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(settings.dataDir(), settings.durable(),
				settings.port(), settings.clean());
		JdbcClient admin = JdbcClient.create(postgres.getPostgresDatabase());
		boolean exists = admin.sql("select count(*) from pg_database where datname = :name")
			.param("name", DATABASE)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			admin.sql("create database " + DATABASE + " encoding 'UTF8' template template0").update();
		}
		log.info("Embedded PostgreSQL on port {} with data in {} (fsync {})", postgres.getPort(),
				settings.dataDir().toAbsolutePath().normalize(), admin.sql("show fsync").query(String.class).single());
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${shanzhi.embedded-db.pool-size:10}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		// batches of inserts go as multi-row statements (the bulk risk recompute writes a
		// million rows)
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("shanzhi-embedded");
		return new HikariDataSource(config);
	}

	static class NoDatasourceUrl extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return EmbeddedDatabaseSettings.wanted(context.getEnvironment())
					? ConditionOutcome.match("no spring.datasource.url: embedded PostgreSQL")
					: ConditionOutcome.noMatch("spring.datasource.url is set or shanzhi.embedded-db.enabled=false");
		}

	}

}
