package org.shanzhi.leniency.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.leniency.EntryInput;
import org.shanzhi.leniency.ListKind;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One version of a leniency list. A draft can be edited; publishing fixes its effective
 * date and makes it immutable (L2).
 */
@Entity
@Table(name = "leniency_list", schema = "leniency")
public class LeniencyList extends AbstractAggregateRoot<LeniencyList> {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Enumerated(EnumType.STRING)
	private ListKind kind;

	@Column(name = "version_no")
	private int versionNo;

	private String title;

	private String status;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "published_at")
	private OffsetDateTime publishedAt;

	@Column(name = "published_by")
	private UUID publishedBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "list_id", nullable = false)
	@OrderBy("position")
	private List<LeniencyEntry> entries = new ArrayList<>();

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private long version;

	protected LeniencyList() {
	}

	public LeniencyList(UUID id, UUID agencyId, ListKind kind, int versionNo, String title, LocalDate effectiveFrom,
			List<EntryInput> entries, OffsetDateTime now) {
		this.id = id;
		this.agencyId = agencyId;
		this.kind = kind;
		this.versionNo = versionNo;
		this.status = "DRAFT";
		this.createdAt = now;
		edit(title, effectiveFrom, entries, now);
	}

	public void edit(String title, LocalDate effectiveFrom, List<EntryInput> inputs, OffsetDateTime now) {
		requireDraft("edit");
		this.title = title.strip();
		this.effectiveFrom = effectiveFrom;
		this.entries.clear();
		int position = 1;
		for (EntryInput input : inputs) {
			this.entries.add(new LeniencyEntry(UUID.randomUUID(), position++, input));
		}
		this.updatedAt = now;
	}

	/**
	 * The caller has checked that the date does not overlap the versions already
	 * published.
	 */
	public void publish(LocalDate effectiveFrom, UUID by, OffsetDateTime now) {
		requireDraft("publish");
		if (entries.isEmpty()) {
			throw RuleViolationException.rule("list-empty");
		}
		this.effectiveFrom = effectiveFrom;
		this.status = "PUBLISHED";
		this.publishedAt = now;
		this.publishedBy = by;
		this.updatedAt = now;
		registerEvent(new org.shanzhi.leniency.LeniencyEvents.ListPublished(id, agencyId, kind, versionNo,
				effectiveFrom, entries.size()));
	}

	private void requireDraft(String action) {
		if (!"DRAFT".equals(status)) {
			throw RuleViolationException.conflict("list-published-immutable", action, versionNo);
		}
	}

	public UUID id() {
		return id;
	}

	public UUID agencyId() {
		return agencyId;
	}

	public ListKind kind() {
		return kind;
	}

	public int versionNo() {
		return versionNo;
	}

	public String title() {
		return title;
	}

	public String status() {
		return status;
	}

	public LocalDate effectiveFrom() {
		return effectiveFrom;
	}

	public OffsetDateTime publishedAt() {
		return publishedAt;
	}

	public List<LeniencyEntry> entries() {
		return entries;
	}

	public OffsetDateTime createdAt() {
		return createdAt;
	}

	public long version() {
		return version;
	}

}
