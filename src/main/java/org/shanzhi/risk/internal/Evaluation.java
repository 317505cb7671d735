package org.shanzhi.risk.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.risk.EvaluationFigures;
import org.shanzhi.shared.AuditedEvent;
import org.shanzhi.shared.JsonbConverter;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

import tools.jackson.core.type.TypeReference;

/**
 * An evaluation report (R5): a DRAFT whose figures may be computed again and whose
 * conclusions the officer writes, then FINAL — numbered, and never changed again.
 */
@Entity
@Table(name = "evaluation", schema = "risk")
public class Evaluation extends AbstractAggregateRoot<Evaluation> {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "period_from")
	private LocalDate periodFrom;

	@Column(name = "period_to")
	private LocalDate periodTo;

	private String status;

	@Convert(converter = Figures.class)
	@ColumnTransformer(write = "?::jsonb")
	private EvaluationFigures figures;

	private String conclusions;

	private String number;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "finalised_by")
	private UUID finalisedBy;

	@Column(name = "finalised_at")
	private OffsetDateTime finalisedAt;

	@Version
	private Long version;

	protected Evaluation() {
	}

	public Evaluation(UUID id, UUID agencyId, LocalDate from, LocalDate to, EvaluationFigures figures, UUID by,
			OffsetDateTime now) {
		this.id = id;
		this.agencyId = agencyId;
		this.periodFrom = from;
		this.periodTo = to;
		this.status = "DRAFT";
		this.figures = figures;
		this.createdBy = by;
		this.createdAt = now;
		registerEvent(new Changed(id, agencyId, "EVALUATION_DRAFTED",
				Map.of("periodFrom", from.toString(), "periodTo", to.toString())));
	}

	/** The figures computed again from today's data (a draft only). */
	public void refresh(EvaluationFigures fresh) {
		requireDraft("refresh");
		this.figures = fresh;
	}

	public void writeConclusions(String text) {
		requireDraft("edit the conclusions");
		this.conclusions = text == null || text.isBlank() ? null : text.strip();
	}

	/** Makes the report final under its number; it needs its conclusions. */
	public void finalise(String documentNumber, UUID by, OffsetDateTime at) {
		requireDraft("finalise");
		if (conclusions == null) {
			throw RuleViolationException.rule("evaluation-needs-conclusions");
		}
		this.number = documentNumber;
		this.finalisedBy = by;
		this.finalisedAt = at;
		this.status = "FINAL";
		registerEvent(new Changed(id, agencyId, "EVALUATION_FINALISED", Map.of("number", documentNumber)));
	}

	private void requireDraft(String what) {
		if (!"DRAFT".equals(status)) {
			throw RuleViolationException.conflict("evaluation-final", what);
		}
	}

	public UUID id() {
		return id;
	}

	public UUID agencyId() {
		return agencyId;
	}

	public boolean isFinal() {
		return "FINAL".equals(status);
	}

	public org.shanzhi.risk.Evaluations.EvaluationView view(String agencyName) {
		return new org.shanzhi.risk.Evaluations.EvaluationView(id, agencyId, agencyName, periodFrom, periodTo, status,
				number, figures.basic(), figures.measures(), figures.comparison(), figures.periods(),
				figures.violationCodes(), figures.allViolationTypes(), conclusions, createdAt, finalisedAt);
	}

	static class Figures extends JsonbConverter<EvaluationFigures> {

		Figures() {
			super(new TypeReference<EvaluationFigures>() {
			}, null);
		}

	}

	/** A change of a report, for the audit trail. */
	public record Changed(UUID evaluationId, UUID agencyId, String action,
			Map<String, Object> after) implements AuditedEvent {

		public String subjectType() {
			return "RISK_EVALUATION";
		}

		public String subjectId() {
			return evaluationId.toString();
		}
	}

}
