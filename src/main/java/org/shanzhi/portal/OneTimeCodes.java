package org.shanzhi.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.shanzhi.notification.Channel;
import org.shanzhi.notification.Notifications;
import org.shanzhi.security.DataProtection;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RateLimitedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes to mobile phones: six digits, valid five minutes, used once, five tries
 * at most, kept only as a hash under the phone's blind index; sent through the outbox. A
 * phone gets at most one a minute and five an hour, a client twenty an hour. A try is
 * counted in its own transaction, so that a refused sign-in cannot undo it.
 */
@Component
class OneTimeCodes {

	static final Duration VALIDITY = Duration.ofMinutes(5);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final DataProtection protection;

	private final Notifications notifications;

	private final Clock clock;

	OneTimeCodes(JdbcClient jdbc, DataProtection protection, Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.protection = protection;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Sends a one-time code to the phone, within the limits. */
	@Transactional
	void request(String p, String client) {
		String index = protection.blindIndex("phone:" + p);
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime last = jdbc
			.sql("select max(created_at) from portal.one_time_code where phone_index = :p and created_at > :since")
			.param("p", index)
			.param("since", now.minusMinutes(1))
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		if (last != null) {
			throw new RateLimitedException("code-per-minute", 60 - Duration.between(last, now).toSeconds());
		}
		if (count("phone_index", index, now.minusHours(1)) >= 5) {
			throw new RateLimitedException("codes-per-hour", 3600);
		}
		if (count("client", client, now.minusHours(1)) >= 20) {
			throw new RateLimitedException("codes-per-client", 3600);
		}
		String code = String.format("%06d", RANDOM.nextInt(1_000_000));
		jdbc.sql("""
				insert into portal.one_time_code (id, phone_index, code_hash, expires_at, client, created_at)
				values (:id, :p, :hash, :expires, :client, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("p", index)
			.param("hash", hash(index, code))
			.param("expires", now.plus(VALIDITY))
			.param("client", client.length() > 64 ? client.substring(0, 64) : client)
			.param("at", now)
			.update();
		notifications.send(Channel.SMS, p, "ONE_TIME_CODE", "【善治】您的验证码是 " + code + "，5 分钟内有效。请勿告诉他人。");
	}

	private long count(String column, String value, OffsetDateTime since) {
		return jdbc.sql("select count(*) from portal.one_time_code where " + column + " = :v and created_at > :since")
			.param("v", value)
			.param("since", since)
			.query(Long.class)
			.single();
	}

	/**
	 * Checks the phone's latest code and uses it up; a wrong, expired, used or overtried
	 * code is refused alike (400 on {@code code}). The try is counted even when the
	 * caller's transaction rolls back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = FieldRejectedException.class)
	void check(String phone, String code) {
		String index = protection.blindIndex("phone:" + phone);
		OffsetDateTime now = OffsetDateTime.now(clock);
		var latest = jdbc.sql("""
				select id, code_hash, attempts from portal.one_time_code
				where phone_index = :p and used_at is null and expires_at > :now
				order by created_at desc limit 1 for update
				""")
			.param("p", index)
			.param("now", now)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3) })
			.optional()
			.orElse(null);
		if (latest == null || (int) latest[2] >= 5) {
			throw new FieldRejectedException("code", "codeInvalid");
		}
		boolean right = code != null && code.matches("[0-9]{6}")
				&& MessageDigest.isEqual(hash(index, code).getBytes(StandardCharsets.US_ASCII),
						((String) latest[1]).getBytes(StandardCharsets.US_ASCII));
		jdbc.sql("update portal.one_time_code set attempts = attempts + 1, used_at = :used where id = :id")
			.param("used", right ? now : null)
			.param("id", latest[0])
			.update();
		if (!right) {
			throw new FieldRejectedException("code", "codeInvalid");
		}
	}

	private static String hash(String index, String code) {
		return org.shanzhi.shared.Hashes.sha256Hex(index + ":" + code);
	}

}
