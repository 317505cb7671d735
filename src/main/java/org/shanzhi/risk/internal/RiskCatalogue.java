package org.shanzhi.risk.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.risk.CatalogueStatus;
import org.shanzhi.risk.RiskCatalogueView;
import org.shanzhi.shared.AuditedEvent;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A version of an agency's catalogue of risk points for one party category, and its
 * course (R1-R3):
 *
 * <pre>
 * DRAFT ──points added, changed, removed──▶ DRAFT
 * DRAFT ──consultation opened (a period, at least one point)──▶ CONSULTATION
 * CONSULTATION ──published (after the period, every comment answered)──▶ PUBLISHED
 * </pre>
 *
 * The points change only in a draft; the consultation cannot be skipped (LH20(1):
 * 广泛征求并充分吸收…意见). A step out of turn answers 409, a broken rule 422.
 */
@Entity
@Table(name = "risk_catalogue", schema = "risk")
public class RiskCatalogue extends AbstractAggregateRoot<RiskCatalogue> {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "party_category")
	private String partyCategory;

	@Column(name = "version_no")
	private int versionNo;

	private String title;

	@Enumerated(EnumType.STRING)
	private CatalogueStatus status;

	@Column(name = "consultation_opens_on")
	private LocalDate opensOn;

	@Column(name = "consultation_closes_on")
	private LocalDate closesOn;

	@Column(name = "consultation_channels")
	private String channels;

	@Column(name = "consultation_summary")
	private String summary;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "published_at")
	private OffsetDateTime publishedAt;

	@Column(name = "published_by")
	private UUID publishedBy;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@OneToMany(mappedBy = "catalogue", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<RiskPoint> points = new ArrayList<>();

	@Version
	private Long version;

	protected RiskCatalogue() {
	}

	public RiskCatalogue(UUID id, UUID agencyId, String partyCategory, int versionNo, String title, UUID createdBy,
			OffsetDateTime now) {
		this.id = id;
		this.agencyId = agencyId;
		this.partyCategory = partyCategory;
		this.versionNo = versionNo;
		this.title = title;
		this.status = CatalogueStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		registerEvent(new Changed(id, agencyId, "CATALOGUE_DRAFTED",
				Map.of("partyCategory", partyCategory, "versionNo", versionNo)));
	}

	/** Adds a point at the end of the draft; returns its id. */
	public UUID addPoint(PointContent content) {
		requireDraft("add a point");
		UUID pointId = UUID.randomUUID();
		points.add(new RiskPoint(pointId, this, points.size() + 1, content));
		registerEvent(new Changed(id, agencyId, "POINT_ADDED",
				Map.of("pointId", pointId.toString(), "title", content.title(), "grade", content.grade().name())));
		return pointId;
	}

	/** Copies a point of an earlier version into this draft. */
	public void copyPoint(PointContent content) {
		requireDraft("add a point");
		points.add(new RiskPoint(UUID.randomUUID(), this, points.size() + 1, content));
	}

	public void changePoint(UUID pointId, PointContent content) {
		requireDraft("change a point");
		point(pointId).set(content);
		registerEvent(new Changed(id, agencyId, "POINT_CHANGED",
				Map.of("pointId", pointId.toString(), "grade", content.grade().name())));
	}

	public void removePoint(UUID pointId) {
		requireDraft("remove a point");
		points.remove(point(pointId));
		for (int i = 0; i < points.size(); i++) {
			points.get(i).position(i + 1);
		}
		registerEvent(new Changed(id, agencyId, "POINT_REMOVED", Map.of("pointId", pointId.toString())));
	}

	/**
	 * Opens the public consultation of the draft for a period (inclusive), at least one
	 * day and at most 90; a period already past records a consultation held by other
	 * means (座谈会, 走访) whose comments the officers record.
	 */
	public void openConsultation(LocalDate opens, LocalDate closes, String how, LocalDate today) {
		requireStatus("open the consultation", CatalogueStatus.DRAFT);
		if (points.isEmpty()) {
			throw RuleViolationException.rule("catalogue-empty");
		}
		if (closes.isBefore(opens)) {
			throw RuleViolationException.rule("consultation-period-reversed");
		}
		if (opens.plusDays(90).isBefore(closes)) {
			throw RuleViolationException.rule("consultation-period-too-long", 90);
		}
		if (opens.isAfter(today.plusDays(90))) {
			throw RuleViolationException.rule("consultation-too-far-ahead", 90);
		}
		this.opensOn = opens;
		this.closesOn = closes;
		this.channels = how == null || how.isBlank() ? null : how.strip();
		this.status = CatalogueStatus.CONSULTATION;
		registerEvent(new Changed(id, agencyId, "CONSULTATION_OPENED",
				Map.of("opensOn", opens.toString(), "closesOn", closes.toString())));
	}

	/** Whether the public may comment online on {@code today}. */
	public boolean openForComments(LocalDate today) {
		return status == CatalogueStatus.CONSULTATION && !today.isBefore(opensOn) && !today.isAfter(closesOn);
	}

	/**
	 * Publishes the catalogue from {@code from}: after its consultation closed, with
	 * every comment answered, not before today.
	 */
	public void publish(LocalDate from, String consultationSummary, long unanswered, UUID by, LocalDate today,
			OffsetDateTime now) {
		if (status == CatalogueStatus.DRAFT) {
			throw RuleViolationException.rule("consultation-required");
		}
		requireStatus("publish", CatalogueStatus.CONSULTATION);
		if (points.isEmpty()) {
			throw RuleViolationException.rule("catalogue-empty");
		}
		if (!today.isAfter(closesOn)) {
			throw RuleViolationException.rule("consultation-still-open", closesOn);
		}
		if (unanswered > 0) {
			throw RuleViolationException.rule("comments-unanswered", unanswered);
		}
		if (from.isBefore(today)) {
			throw RuleViolationException.rule("effective-date-in-past", from);
		}
		this.effectiveFrom = from;
		this.summary = consultationSummary == null || consultationSummary.isBlank() ? null
				: consultationSummary.strip();
		this.publishedAt = now;
		this.publishedBy = by;
		this.status = CatalogueStatus.PUBLISHED;
		registerEvent(new Changed(id, agencyId, "CATALOGUE_PUBLISHED",
				Map.of("effectiveFrom", from.toString(), "points", points.size())));
	}

	private RiskPoint point(UUID pointId) {
		return points.stream()
			.filter(p -> p.id().equals(pointId))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.rule("point-not-in-catalogue"));
	}

	private void requireDraft(String what) {
		requireStatus(what, CatalogueStatus.DRAFT);
	}

	private void requireStatus(String what, CatalogueStatus allowed) {
		if (status != allowed) {
			throw RuleViolationException.conflict("catalogue-transition-not-allowed", what, status.name());
		}
	}

	public UUID id() {
		return id;
	}

	public UUID agencyId() {
		return agencyId;
	}

	public String partyCategory() {
		return partyCategory;
	}

	public CatalogueStatus status() {
		return status;
	}

	public int versionNo() {
		return versionNo;
	}

	public boolean hasPoint(UUID pointId) {
		return points.stream().anyMatch(p -> p.id().equals(pointId));
	}

	public List<org.shanzhi.risk.RiskPointView> pointViews() {
		return points.stream().map(RiskPoint::view).toList();
	}

	public List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	public RiskCatalogueView view() {
		RiskCatalogueView.Consultation consultation = opensOn == null ? null
				: new RiskCatalogueView.Consultation(opensOn, closesOn, channels, summary);
		return new RiskCatalogueView(id, agencyId, partyCategory, versionNo, title, status, consultation, effectiveFrom,
				publishedAt, pointViews(), createdAt, version == null ? 0 : version);
	}

	/** A change of a catalogue, for the audit trail. */
	public record Changed(UUID catalogueId, UUID agencyId, String action,
			Map<String, Object> after) implements AuditedEvent {

		public String subjectType() {
			return "RISK_CATALOGUE";
		}

		public String subjectId() {
			return catalogueId.toString();
		}
	}

}
