package org.shanzhi.security.internal;

import java.security.SecureRandom;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HMAC key that signs bearer tokens. Taken from {@code shanzhi.security.token-secret}
 * when set; otherwise generated once and kept in the database, so every app node sharing
 * the database accepts every node's tokens.
 */
@Component
class SigningKeys {

	private final JdbcClient jdbc;

	private final String configured;

	private volatile SecretKey key;

	SigningKeys(JdbcClient jdbc, @Value("${shanzhi.security.token-secret:}") String configured) {
		this.jdbc = jdbc;
		this.configured = configured;
	}

	SecretKey key() {
		SecretKey k = key;
		if (k == null) {
			synchronized (this) {
				if (key == null) {
					key = new SecretKeySpec(load(), "HmacSHA256");
				}
				k = key;
			}
		}
		return k;
	}

	private byte[] load() {
		if (configured != null && configured.length() >= 32) {
			return configured.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		jdbc.sql("insert into security.signing_key (id, secret) values (1, :secret) on conflict (id) do nothing")
			.param("secret", fresh)
			.update();
		return jdbc.sql("select secret from security.signing_key where id = 1").query(byte[].class).single();
	}

}
