package org.shanzhi.evidence.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The custody log of an evidence item: an append-only chain in which each entry's hash
 * covers the previous entry's hash and the entry itself (item, sequence, action, actor,
 * time in UTC to the microsecond, detail), so that removing, reordering or editing an
 * entry breaks every hash after it. Entries of one item are appended one at a time (the
 * item's row is locked).
 */
@Component
public class CustodyLog {

	static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

	private final JdbcClient jdbc;

	CustodyLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An entry as stored. */
	public record Entry(UUID itemId, int seq, String action, UUID actor, String actorName, OffsetDateTime at,
			String detail, String prevHash, String hash) {
	}

	/** Appends an entry; the caller's transaction holds the item's row lock. */
	public Entry append(UUID itemId, String action, UUID actor, String actorName, OffsetDateTime at, String detail) {
		jdbc.sql("select id from evidence.item where id = :id for update").param("id", itemId).query(UUID.class).list();
		var last = jdbc.sql("select seq, hash from evidence.custody where item_id = :id order by seq desc limit 1")
			.param("id", itemId)
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getString(2) })
			.optional()
			.orElse(new Object[] { 0, GENESIS });
		int seq = (int) last[0] + 1;
		OffsetDateTime when = at.withOffsetSameInstant(ZoneOffset.UTC).withNano(at.getNano() / 1000 * 1000);
		String hash = hash((String) last[1], itemId, seq, action, actor, when, detail);
		jdbc.sql("""
				insert into evidence.custody (item_id, seq, action, actor, actor_name, at, detail, prev_hash, hash)
				values (:item, :seq, :action, :actor, :name, :at, :detail, :prev, :hash)
				""")
			.param("item", itemId)
			.param("seq", seq)
			.param("action", action)
			.param("actor", actor)
			.param("name", actorName)
			.param("at", when)
			.param("detail", detail)
			.param("prev", last[1])
			.param("hash", hash)
			.update();
		return new Entry(itemId, seq, action, actor, actorName, when, detail, (String) last[1], hash);
	}

	public List<Entry> entries(UUID itemId) {
		return jdbc.sql("select * from evidence.custody where item_id = :id order by seq")
			.param("id", itemId)
			.query((rs, n) -> new Entry(rs.getObject("item_id", UUID.class), rs.getInt("seq"), rs.getString("action"),
					rs.getObject("actor", UUID.class), rs.getString("actor_name"),
					rs.getObject("at", OffsetDateTime.class), rs.getString("detail"), rs.getString("prev_hash"),
					rs.getString("hash")))
			.list();
	}

	/** Whether the entries form an unbroken chain from the genesis. */
	public static boolean intact(List<Entry> entries) {
		String prev = GENESIS;
		int seq = 0;
		for (Entry e : entries) {
			if (e.seq() != ++seq || !e.prevHash().equals(prev)
					|| !e.hash().equals(hash(prev, e.itemId(), e.seq(), e.action(), e.actor(), e.at(), e.detail()))) {
				return false;
			}
			prev = e.hash();
		}
		return true;
	}

	static String hash(String prev, UUID item, int seq, String action, UUID actor, OffsetDateTime at, String detail) {
		String canonical = String.join("|", prev, item.toString(), Integer.toString(seq), action, actor.toString(),
				INSTANT.format(at.withOffsetSameInstant(ZoneOffset.UTC)), detail == null ? "" : detail);
		return org.shanzhi.shared.Hashes.sha256Hex(canonical);
	}

}
