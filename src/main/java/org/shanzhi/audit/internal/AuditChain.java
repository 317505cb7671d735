package org.shanzhi.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash of an entry: SHA-256 over the previous entry's hash and every field of this
 * one, in a fixed order with explicit lengths, so that no field can be shifted into
 * another.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(String previousHash, long seq, UUID id, OffsetDateTime occurredAt, String actor,
			UUID actorAgencyId, String subjectType, String subjectId, UUID agencyId, String action, String before,
			String after) {
		StringBuilder sb = new StringBuilder();
		for (String part : new String[] { previousHash, Long.toString(seq), id.toString(),
				occurredAt.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), actor,
				str(actorAgencyId), subjectType, subjectId, str(agencyId), action, before, after }) {
			String p = part == null ? "" : part;
			sb.append(p.length()).append(':').append(p).append('|');
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String str(UUID id) {
		return id == null ? "" : id.toString();
	}

}
