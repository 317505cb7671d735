package org.shanzhi.joint.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;

import org.shanzhi.security.Actor;
import org.shanzhi.security.AgencySharing;
import org.shanzhi.security.SharedRecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The isolation rules' view of the sharing rules (J2): an agency reads another's records
 * of a type while an approved rule covering the type is in its period — revoking the rule
 * or the period's end hides them at once, nothing is cached. Reads of shared records are
 * logged in a transaction of their own, on a small connection pool of their own (the read
 * itself runs read-only and holds a connection of the main pool), before the records are
 * shown: a read that cannot be logged fails.
 */
@Component
class RuleBasedSharing implements AgencySharing {

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final JdbcClient jdbc;

	private final JdbcClient logJdbc;

	private final TransactionTemplate ownTransaction;

	private final HikariDataSource logPool;

	private final Clock clock;

	RuleBasedSharing(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock)
			throws SQLException {
		this.jdbc = jdbc;
		this.clock = clock;
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			// a small pool of its own: the log is written while the read holds a
			// connection of the main pool, so many concurrent shared reads cannot starve
			// each other. Configured as the main pool (driver, SSL and other connection
			// properties, init SQL), then resized and renamed.
			HikariDataSource main = dataSource.unwrap(HikariDataSource.class);
			HikariConfig config = new HikariConfig();
			main.copyStateTo(config);
			config.setMetricRegistry(null);
			config.setMetricsTrackerFactory(null);
			config.setHealthCheckRegistry(null);
			config.setMaximumPoolSize(4);
			config.setMinimumIdle(0);
			config.setPoolName("shared-read-log");
			this.logPool = new HikariDataSource(config);
			this.logJdbc = JdbcClient.create(logPool);
			this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(logPool));
		}
		else {
			this.logPool = null;
			this.logJdbc = jdbc;
			this.ownTransaction = new TransactionTemplate(transactions);
			this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		}
	}

	@PreDestroy
	void close() {
		if (logPool != null) {
			logPool.close();
		}
	}

	@Override
	public Set<UUID> agenciesSharingWith(UUID agencyId, SharedRecordType type) {
		return new HashSet<>(jdbc.sql("""
				select distinct owner_agency_id from joint.sharing_rule
				where recipient_agency_id = :agency and status = 'APPROVED' and :type = any(record_types)
				  and :today between valid_from and valid_until
				""")
			.param("agency", agencyId)
			.param("type", type.name())
			.param("today", LocalDate.now(clock.withZone(ZONE)))
			.query(UUID.class)
			.list());
	}

	@Override
	public void recordReads(Actor reader, SharedRecordType type, String via, Map<UUID, List<UUID>> recordsByOwner) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		ownTransaction.executeWithoutResult(tx -> recordsByOwner.forEach((owner, ids) -> {
			UUID rule = logJdbc.sql("""
					select id from joint.sharing_rule
					where owner_agency_id = :owner and recipient_agency_id = :reader and status = 'APPROVED'
					  and :type = any(record_types) and :today between valid_from and valid_until
					order by decided_at limit 1
					""")
				.param("owner", owner)
				.param("reader", reader.agencyId())
				.param("type", type.name())
				.param("today", today)
				.query(UUID.class)
				.optional()
				.orElse(null);
			logJdbc.sql("""
					insert into joint.shared_read (rule_id, owner_agency_id, reader_agency_id, reader_account_id,
					    reader_name, record_type, record_id, via, read_at)
					select cast(:rule as uuid), :owner, :agency, :account, :name, :type, r, :via, :at
					from unnest(cast(string_to_array(:records, ',') as uuid[])) r
					""")
				.param("rule", rule)
				.param("owner", owner)
				.param("agency", reader.agencyId())
				.param("account", reader.accountId())
				.param("name", reader.displayName() == null ? reader.username() : reader.displayName())
				.param("type", type.name())
				.param("records", String.join(",", ids.stream().map(UUID::toString).toList()))
				.param("via", via)
				.param("at", now)
				.update();
		}));
	}

}
