package org.shanzhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.enforcement.DefineViolationTypeCommand;
import org.shanzhi.enforcement.DiscretionLevel;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.PenaltyRange;
import org.shanzhi.enforcement.ViolationTypeView;

@Entity
@Table(name = "violation_type", schema = "enforcement")
public class ViolationType {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	private String code;

	private String title;

	private String description;

	private String law;

	private String article;

	private boolean fine;

	@Column(name = "fine_min")
	private BigDecimal fineMin;

	@Column(name = "fine_max")
	private BigDecimal fineMax;

	@Column(name = "other_penalties")
	private String otherPenalties;

	@Convert(converter = JsonColumns.Levels.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<DiscretionLevel> benchmark;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Version
	private long version;

	protected ViolationType() {
	}

	public ViolationType(UUID id, UUID agencyId, DefineViolationTypeCommand c, OffsetDateTime now) {
		this.id = id;
		this.agencyId = agencyId;
		this.code = c.code();
		this.title = c.title();
		this.description = c.description();
		this.law = c.legalBasis().law();
		this.article = c.legalBasis().article();
		this.fine = c.fine();
		this.fineMin = c.fine() ? c.fineMin() : null;
		this.fineMax = c.fine() ? c.fineMax() : null;
		this.otherPenalties = c.otherPenalties();
		this.benchmark = List.copyOf(c.benchmark());
		this.createdAt = now;
	}

	public ViolationTypeView view() {
		return new ViolationTypeView(id, agencyId, code, title, description, new LegalBasis(law, article),
				new PenaltyRange(fine, fineMin, fineMax, otherPenalties), benchmark, createdAt, version);
	}

}
