package org.shanzhi.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.evidence.internal.BlobStore;
import org.shanzhi.evidence.internal.CustodyLog;
import org.shanzhi.evidence.internal.Digests;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.shanzhi.shared.UploadRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Evidence items (E1): a file attached to a record (a case, an inspection, an act of
 * guidance, a mediation session, a hearing, an application) with when and where it was
 * captured, on which device, by whom. The content is streamed into the blob store (hashed
 * with SHA-256 and SM3 on the way, its type sniffed against the kind, 413 past the
 * maximum size), stored once per content and never overwritten; every upload, view,
 * download, verification and retention change is appended to the item's custody chain.
 * Staff read the items of the agencies in their scope, like the records they belong to.
 */
@Service
public class EvidenceItems {

	private static final Logger log = LoggerFactory.getLogger(EvidenceItems.class);

	/** Who may upload evidence. */
	public static final Role[] UPLOADERS = { Role.OFFICER, Role.AGENCY_HEAD, Role.MEDIATOR, Role.LEGAL_REVIEWER };

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final JdbcClient jdbc;

	private final BlobStore store;

	private final CustodyLog custody;

	private final Actors actors;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final long maxBytes;

	private final List<EvidenceSubjects> subjects;

	EvidenceItems(JdbcClient jdbc, BlobStore store, CustodyLog custody, Actors actors, Clock clock,
			TransactionTemplate transactions, @Value("${shanzhi.evidence.max-size:8GB}") DataSize maxSize,
			List<EvidenceSubjects> subjects) {
		this.subjects = subjects;
		this.jdbc = jdbc;
		this.store = store;
		this.custody = custody;
		this.actors = actors;
		this.clock = clock;
		this.transactions = transactions;
		this.maxBytes = maxSize.toBytes();
	}

	/** The records evidence attaches to. */
	public enum SubjectType {

		ENFORCEMENT_CASE(30), INSPECTION(10), HEARING(30), GUIDANCE_ACT(5), MEDIATION_CASE(10), PORTAL_APPLICATION(3);

		/** Years the evidence of such a record is kept at least. */
		final int retentionYears;

		SubjectType(int retentionYears) {
			this.retentionYears = retentionYears;
		}

	}

	/** What an upload says of its file. */
	public record Upload(@NotNull SubjectType subjectType, @NotNull UUID subjectId, @NotNull EvidenceKind kind,
			@Size(max = 200) String filename, OffsetDateTime capturedAt, @Size(max = 100) String deviceId,
			@Size(max = 200) String location) {
	}

	/** An evidence item with its file's hashes. */
	public record EvidenceView(UUID id, SubjectType subjectType, UUID subjectId, UUID agencyId, EvidenceKind kind,
			String filename, String contentType, long size, String sha256, String sm3, OffsetDateTime capturedAt,
			String deviceId, String location, UUID uploadedBy, OffsetDateTime uploadedAt, LocalDate retainUntil,
			boolean legalHold, OffsetDateTime deletedAt, String state, OffsetDateTime lastVerifiedAt) {
	}

	/**
	 * Streams the content into the store and records the item; nothing is kept of a
	 * refused upload.
	 */
	public EvidenceView upload(Upload meta, InputStream content) {
		return upload(meta, content, null);
	}

	/**
	 * An upload whose sender declared the file's SHA-256: if what arrived differs (a
	 * resumed upload continued with another file), nothing is kept (409).
	 */
	public EvidenceView upload(Upload meta, InputStream content, String expectedSha256) {
		Actor actor = actors.require(UPLOADERS);
		actor.requireAgency();
		check(meta);
		UUID agency = subjectAgency(meta.subjectType(), meta.subjectId());
		if (agency != null && !agency.equals(actor.agencyId())) {
			throw RuleViolationException.rule("shared-record-read-only");
		}
		String filename = meta.filename() == null || meta.filename().isBlank() ? meta.kind().name().toLowerCase()
				: meta.filename().strip();
		BlobStore.Stored stored;
		try {
			stored = store.store(content, meta.kind(), maxBytes);
		}
		catch (BlobStore.TooLarge ex) {
			throw UploadRejectedException.tooLarge(filename, (int) (maxBytes >> 20));
		}
		catch (BlobStore.WrongType ex) {
			throw UploadRejectedException.unsupported(filename);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (expectedSha256 != null && !expectedSha256.isBlank()
				&& !expectedSha256.strip().equalsIgnoreCase(stored.sha256())) {
			discard(stored);
			throw RuleViolationException.conflict("evidence-hash-mismatch", expectedSha256.strip(), stored.sha256());
		}
		UUID id = UUID.randomUUID();
		try {
			transactions.executeWithoutResult(t -> {
				OffsetDateTime now = OffsetDateTime.now(clock);
				jdbc.sql("""
						insert into evidence.blob (sha256, sm3, size, content_type, store, stored_at, last_verified_at)
						values (:sha, :sm3, :size, :type, :store, :at, :at) on conflict (sha256) do nothing
						""")
					.param("sha", stored.sha256())
					.param("sm3", stored.sm3())
					.param("size", stored.size())
					.param("type", stored.contentType())
					.param("store", store.name())
					.param("at", now)
					.update();
				jdbc.sql("""
						insert into evidence.item (id, subject_type, subject_id, agency_id, kind, filename, sha256,
						  captured_at, device_id, location, uploaded_by, uploaded_at, retain_until)
						values (:id, :type, :subject, :agency, :kind, :filename, :sha, :captured, :device, :location,
						  :by, :at, :until)
						""")
					.param("id", id)
					.param("type", meta.subjectType().name())
					.param("subject", meta.subjectId())
					.param("agency", agency)
					.param("kind", meta.kind().name())
					.param("filename", filename)
					.param("sha", stored.sha256())
					.param("captured", meta.capturedAt())
					.param("device", meta.deviceId())
					.param("location", meta.location())
					.param("by", actor.accountId())
					.param("at", now)
					.param("until", LocalDate.now(clock.withZone(ZONE)).plusYears(meta.subjectType().retentionYears))
					.update();
				custody.append(id, "UPLOADED", actor.accountId(), actor.displayName(), now,
						"SHA-256 " + stored.sha256() + " SM3 " + stored.sm3() + " " + stored.size() + " B"
								+ (stored.created() ? "" : " (content already held)"));
			});
		}
		catch (RuntimeException ex) {
			discard(stored);
			throw ex;
		}
		return get(id);
	}

	/** Removes a blob this upload created and nothing refers to. */
	private void discard(BlobStore.Stored stored) {
		if (stored.created()) {
			try {
				store.delete(stored.sha256());
			}
			catch (IOException ex) {
				log.warn("could not remove the refused upload's blob {}", stored.sha256(), ex);
			}
		}
	}

	/**
	 * The agency of the record the evidence attaches to, as its owning module tells: an
	 * unknown record, or another agency's, is refused (400 on {@code subjectId}).
	 */
	private UUID subjectAgency(SubjectType type, UUID id) {
		if (type == null || id == null) {
			return null;
		}
		EvidenceSubjects owner = subjects.stream()
			.filter(s -> s.types().contains(type))
			.findFirst()
			.orElseThrow(() -> new FieldRejectedException("subjectType", "unknownRecord"));
		return owner.agencyOf(type, id).orElseThrow(() -> new FieldRejectedException("subjectId", "unknownRecord"));
	}

	private static void check(Upload meta) {
		if (meta.subjectType() == null) {
			throw new FieldRejectedException("subjectType", "required");
		}
		if (meta.subjectId() == null) {
			throw new FieldRejectedException("subjectId", "required");
		}
		if (meta.kind() == null) {
			throw new FieldRejectedException("kind", "required");
		}
		if (meta.filename() != null && meta.filename().length() > 200) {
			throw new FieldRejectedException("filename", "textTooLong");
		}
		if (meta.deviceId() != null && meta.deviceId().length() > 100) {
			throw new FieldRejectedException("deviceId", "textTooLong");
		}
		if (meta.location() != null && meta.location().length() > 200) {
			throw new FieldRejectedException("location", "textTooLong");
		}
	}

	/** An item in the actor's scope; another agency's: 404. */
	@Transactional(readOnly = true)
	public EvidenceView get(UUID id) {
		Actor actor = actors.current();
		if (!actor.isStaff()) {
			throw NotFoundException.forId("evidence", id);
		}
		EvidenceView view = jdbc.sql("""
				select i.*, b.size, b.sm3, b.content_type, b.state, b.last_verified_at
				from evidence.item i join evidence.blob b on b.sha256 = i.sha256 where i.id = :id
				""").param("id", id).query((rs, n) -> view(rs)).optional().orElse(null);
		AgencyScope scope = actors.scope();
		if (view == null || !scope.includes(view.agencyId())) {
			throw NotFoundException.forId("evidence", id);
		}
		return view;
	}

	/** The items of a record, in the actor's scope. */
	@Transactional(readOnly = true)
	public List<EvidenceView> of(SubjectType subjectType, UUID subjectId) {
		Actor actor = actors.current();
		if (!actor.isStaff()) {
			return List.of();
		}
		AgencyScope scope = actors.scope();
		return jdbc.sql("""
				select i.*, b.size, b.sm3, b.content_type, b.state, b.last_verified_at
				from evidence.item i join evidence.blob b on b.sha256 = i.sha256
				where i.subject_type = :type and i.subject_id = :subject and i.deleted_at is null
				order by coalesce(i.captured_at, i.uploaded_at)
				""")
			.param("type", subjectType.name())
			.param("subject", subjectId)
			.query((rs, n) -> view(rs))
			.list()
			.stream()
			.filter(v -> scope.includes(v.agencyId()))
			.toList();
	}

	/**
	 * The content to play or download, from {@code offset}; logged in the custody chain.
	 */
	@Transactional
	public Content content(UUID id, boolean download, String range) {
		EvidenceView item = get(id);
		if (item.deletedAt() != null) {
			throw RuleViolationException.conflict("evidence-deleted");
		}
		Actor actor = actors.current();
		custody.append(id, download ? "DOWNLOADED" : "VIEWED", actor.accountId(), actor.displayName(),
				OffsetDateTime.now(clock), range == null ? null : "range " + range);
		return new Content(item, offset -> {
			try {
				return store.read(item.sha256(), offset);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** A file's content, readable from any offset. */
	public record Content(EvidenceView item, java.util.function.LongFunction<InputStream> from) {
	}

	/** What a verification found. */
	public record Verification(UUID id, boolean intact, boolean custodyIntact, String sha256, String sm3,
			String recomputedSha256, String recomputedSm3, long size, OffsetDateTime at) {
	}

	/**
	 * Recomputes the file's hashes from the store and compares them with those recorded
	 * at upload, and checks the custody chain; the result is appended to the chain, and a
	 * mismatch or a missing file marks the blob and is logged as an alert.
	 */
	@Transactional
	public Verification verify(UUID id) {
		EvidenceView item = get(id);
		if (item.deletedAt() != null) {
			throw RuleViolationException.conflict("evidence-deleted");
		}
		Actor actor = actors.current();
		Verification result = recompute(item);
		custody.append(id, "VERIFIED", actor.accountId(), actor.displayName(), result.at(),
				result.intact() ? "完好 intact" : "不一致 MISMATCH: SHA-256 " + result.recomputedSha256());
		return result;
	}

	Verification recompute(EvidenceView item) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String[] hashes;
		long size;
		String state;
		if (!store.exists(item.sha256())) {
			hashes = new String[] { null, null };
			size = -1;
			state = "MISSING";
		}
		else {
			Digests digests = new Digests();
			try (InputStream in = store.read(item.sha256(), 0)) {
				byte[] buffer = new byte[1 << 20];
				int n;
				while ((n = in.read(buffer)) > 0) {
					digests.update(buffer, 0, n);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			hashes = digests.finish();
			size = digests.size();
			state = hashes[0].equals(item.sha256()) && hashes[1].equals(item.sm3()) && size == item.size() ? "INTACT"
					: "ALTERED";
		}
		jdbc.sql("update evidence.blob set state = :state, last_verified_at = :at where sha256 = :sha")
			.param("state", state)
			.param("at", now)
			.param("sha", item.sha256())
			.update();
		if (!state.equals("INTACT")) {
			log.error("ALERT evidence {} ({}): stored file {}", item.id(), item.filename(),
					state.equals("MISSING") ? "is missing" : "does not match its recorded hashes");
		}
		boolean chain = CustodyLog.intact(custody.entries(item.id()));
		if (!chain) {
			log.error("ALERT evidence {}: custody chain broken", item.id());
		}
		return new Verification(item.id(), state.equals("INTACT"), chain, item.sha256(), item.sm3(), hashes[0],
				hashes[1], size, now);
	}

	// ---- retention

	/** Who may change retention, hold and delete. */
	static final Role[] KEEPERS = { Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.ADMIN };

	/**
	 * Sets or releases a legal hold (a court or reconsideration needs the item kept,
	 * whatever its retention), with the reason in the custody chain.
	 */
	@Transactional
	public EvidenceView hold(UUID id, boolean hold, String reason) {
		Actor actor = actors.require(KEEPERS);
		EvidenceView item = get(id);
		requireReason(reason);
		if (item.deletedAt() != null) {
			throw RuleViolationException.conflict("evidence-deleted");
		}
		jdbc.sql("update evidence.item set legal_hold = :hold, version = version + 1 where id = :id")
			.param("hold", hold)
			.param("id", id)
			.update();
		custody.append(id, hold ? "HOLD_SET" : "HOLD_RELEASED", actor.accountId(), actor.displayName(),
				OffsetDateTime.now(clock), reason.strip());
		return get(id);
	}

	/**
	 * Extends the retention (never shortens it below what the record type requires), with
	 * the reason in the custody chain.
	 */
	@Transactional
	public EvidenceView retain(UUID id, LocalDate until, String reason) {
		Actor actor = actors.require(KEEPERS);
		EvidenceView item = get(id);
		requireReason(reason);
		if (item.deletedAt() != null) {
			throw RuleViolationException.conflict("evidence-deleted");
		}
		if (until == null || !until.isAfter(item.retainUntil())) {
			throw new FieldRejectedException("retainUntil", "retentionNotLonger");
		}
		jdbc.sql("update evidence.item set retain_until = :until, version = version + 1 where id = :id")
			.param("until", until)
			.param("id", id)
			.update();
		custody.append(id, "RETENTION_CHANGED", actor.accountId(), actor.displayName(), OffsetDateTime.now(clock),
				item.retainUntil() + " → " + until + "：" + reason.strip());
		return get(id);
	}

	/**
	 * Deletes an item whose retention expired and which no legal hold keeps (409
	 * otherwise): its content goes once no other item needs it; the item stays as a
	 * tombstone with its hashes, and the deletion closes its custody chain.
	 */
	@Transactional
	public EvidenceView delete(UUID id, String reason) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.ADMIN);
		EvidenceView item = get(id);
		requireReason(reason);
		if (item.deletedAt() != null) {
			throw RuleViolationException.conflict("evidence-deleted");
		}
		if (item.legalHold()) {
			throw RuleViolationException.conflict("evidence-on-hold");
		}
		if (!item.retainUntil().isBefore(LocalDate.now(clock.withZone(ZONE)))) {
			throw RuleViolationException.conflict("evidence-retained", item.retainUntil());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("update evidence.item set deleted_at = :at, version = version + 1 where id = :id")
			.param("at", now)
			.param("id", id)
			.update();
		custody.append(id, "DELETED", actor.accountId(), actor.displayName(), now, reason.strip());
		long others = jdbc
			.sql("select count(*) from evidence.item where sha256 = :sha and deleted_at is null and id <> :id")
			.param("sha", item.sha256())
			.param("id", id)
			.query(Long.class)
			.single();
		if (others == 0) {
			// the content goes only once the deletion is committed
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						try {
							store.delete(item.sha256());
						}
						catch (IOException ex) {
							log.warn("could not remove the content of deleted evidence {}", item.id(), ex);
						}
					}
				});
		}
		return get(id);
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new FieldRejectedException("reason", "required");
		}
		if (reason.length() > 500) {
			throw new FieldRejectedException("reason", "textTooLong");
		}
	}

	// ---- rolling verification

	/**
	 * Re-verifies the {@code batch} blobs verified longest ago (the scheduler calls this
	 * on a rolling basis), each result in the custody chains of the items holding it; a
	 * mismatch or a missing file is an alert. Returns how many were found not intact.
	 */
	public int verifyOldest(int batch) {
		List<UUID> items = jdbc.sql("""
				select (select i.id from evidence.item i where i.sha256 = b.sha256 and i.deleted_at is null
				        order by i.uploaded_at limit 1)
				from evidence.blob b
				where exists (select 1 from evidence.item i where i.sha256 = b.sha256 and i.deleted_at is null)
				order by b.last_verified_at nulls first limit :n
				""").param("n", batch).query(UUID.class).list();
		int bad = 0;
		for (UUID id : items) {
			// each blob in its own transaction: one unreadable file neither undoes the
			// others
			// nor keeps their items locked
			Boolean intact = transactions.execute(t -> {
				EvidenceView item = org.shanzhi.security.Actors.runAs(Actor.SYSTEM, () -> get(id));
				Verification v;
				try {
					v = recompute(item);
				}
				catch (UncheckedIOException ex) {
					log.error("ALERT evidence {} ({}): stored file unreadable: {}", item.id(), item.filename(),
							ex.getMessage());
					jdbc.sql("update evidence.blob set state = 'MISSING', last_verified_at = :at where sha256 = :sha")
						.param("at", OffsetDateTime.now(clock))
						.param("sha", item.sha256())
						.update();
					v = new Verification(item.id(), false, true, item.sha256(), item.sm3(), null, null, -1,
							OffsetDateTime.now(clock));
				}
				for (UUID holder : jdbc.sql("select id from evidence.item where sha256 = :sha and deleted_at is null")
					.param("sha", item.sha256())
					.query(UUID.class)
					.list()) {
					custody.append(holder, "VERIFIED", Actor.SYSTEM.accountId(), Actor.SYSTEM.displayName(), v.at(),
							v.intact() ? "完好 intact（定期校验）" : "不一致 MISMATCH（定期校验）");
				}
				return v.intact() && v.custodyIntact();
			});
			bad += Boolean.TRUE.equals(intact) ? 0 : 1;
		}
		return bad;
	}

	/** The custody chain of an item, and whether it is unbroken. */
	public record Custody(UUID itemId, boolean intact, List<CustodyLog.Entry> entries) {
	}

	@Transactional(readOnly = true)
	public Custody custody(UUID id) {
		get(id);
		List<CustodyLog.Entry> entries = custody.entries(id);
		return new Custody(id, CustodyLog.intact(entries), entries);
	}

	private static EvidenceView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new EvidenceView(rs.getObject("id", UUID.class), SubjectType.valueOf(rs.getString("subject_type")),
				rs.getObject("subject_id", UUID.class), rs.getObject("agency_id", UUID.class),
				EvidenceKind.valueOf(rs.getString("kind")), rs.getString("filename"), rs.getString("content_type"),
				rs.getLong("size"), rs.getString("sha256"), rs.getString("sm3"),
				rs.getObject("captured_at", OffsetDateTime.class), rs.getString("device_id"), rs.getString("location"),
				rs.getObject("uploaded_by", UUID.class), rs.getObject("uploaded_at", OffsetDateTime.class),
				rs.getObject("retain_until", LocalDate.class), rs.getBoolean("legal_hold"),
				rs.getObject("deleted_at", OffsetDateTime.class), rs.getString("state"),
				rs.getObject("last_verified_at", OffsetDateTime.class));
	}

}
