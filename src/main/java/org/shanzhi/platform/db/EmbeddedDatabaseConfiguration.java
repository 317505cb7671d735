package org.shanzhi.platform.db;

import java.io.IOException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Zero set-up database: unless {@code spring.datasource.url} is set (for example through
 * {@code SPRING_DATASOURCE_URL}), the application starts its own PostgreSQL with the data
 * in {@code shanzhi.embedded-db.data-dir} (default {@code ./data/pg}); with it set, the
 * pool connects there, configured as Spring Boot would ({@code spring.datasource.*},
 * {@code spring.datasource.hikari.*}).
 *
 * <p>
 * The choice is made when the application runs, not by a condition on the beans, so that
 * the bean definitions prepared at build time serve both (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String DATABASE = "shanzhi";

	/** The embedded server, when this run wants one; {@code null} otherwise. */
	static final class EmbeddedServer implements AutoCloseable {

		private final EmbeddedPostgres postgres;

		EmbeddedServer(EmbeddedPostgres postgres) {
			this.postgres = postgres;
		}

		EmbeddedPostgres postgres() {
			return this.postgres;
		}

		@Override
		public void close() throws IOException {
			if (this.postgres != null) {
				this.postgres.close();
			}
		}

	}

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(Environment environment, ObjectProvider<EmbeddedPostgresEarlyStart.Handle> earlyStart)
			throws IOException {
		if (!EmbeddedDatabaseSettings.wanted(environment)) {
			return new EmbeddedServer(null);
		}
		EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(environment);
		EmbeddedPostgresEarlyStart.Handle handle = earlyStart.getIfAvailable();
		EmbeddedPostgres started = (handle != null) ? handle.take(settings) : null;
		return new EmbeddedServer((started != null) ? started : launch(settings));
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
	DataSource dataSource(EmbeddedServer embedded, Environment environment,
			@Value("${shanzhi.embedded-db.pool-size:10}") int poolSize) {
		if (embedded.postgres() == null) {
			return external(environment);
		}
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		// batches of inserts go as multi-row statements (the bulk risk recompute writes a
		// million rows)
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("shanzhi-embedded");
		return new HikariDataSource(config);
	}

	/**
	 * The pool to the database of {@code spring.datasource.url}, {@code username},
	 * {@code password} and {@code driver-class-name} (else the URL's), then
	 * {@code spring.datasource.hikari.*} bound onto it: what Spring Boot's own data
	 * source configuration builds.
	 */
	static HikariDataSource external(Environment environment) {
		Binder binder = Binder.get(environment);
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.isBlank()) {
			throw new IllegalStateException(
					"shanzhi.embedded-db.enabled=false needs spring.datasource.url (SPRING_DATASOURCE_URL)");
		}
		DataSourceBuilder<HikariDataSource> builder = DataSourceBuilder
			.create(EmbeddedDatabaseConfiguration.class.getClassLoader())
			.type(HikariDataSource.class)
			.url(url)
			.username(environment.getProperty("spring.datasource.username"))
			.password(environment.getProperty("spring.datasource.password"));
		String driver = environment.getProperty("spring.datasource.driver-class-name", "");
		if (!driver.isBlank()) {
			builder.driverClassName(driver);
		}
		HikariDataSource pool = builder.build();
		binder.bind("spring.datasource.hikari", Bindable.ofInstance(pool));
		return pool;
	}

}
