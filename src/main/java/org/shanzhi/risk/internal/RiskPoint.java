package org.shanzhi.risk.internal;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.risk.Grade;
import org.shanzhi.risk.RiskPointView;
import org.shanzhi.shared.JsonbConverter;

import tools.jackson.core.type.TypeReference;

/** A risk point of a catalogue; changed only through its catalogue. */
@Entity
@Table(name = "risk_point", schema = "risk")
class RiskPoint {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "catalogue_id")
	private RiskCatalogue catalogue;

	private int position;

	private String title;

	@Column(name = "violation_form")
	private String violationForm;

	private String causes;

	private String harm;

	private String likelihood;

	@Convert(converter = Bases.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "legal_basis")
	private List<LegalBasis> legalBasis;

	@Column(name = "harm_rating")
	private Integer harmRating;

	@Column(name = "likelihood_rating")
	private Integer likelihoodRating;

	@Enumerated(EnumType.STRING)
	@Column(name = "proposed_grade")
	private Grade proposedGrade;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	@Column(name = "override_reason")
	private String overrideReason;

	@Column(name = "guidance_method")
	private String guidanceMethod;

	@Column(name = "guidance_measures")
	private String guidanceMeasures;

	@Column(name = "violation_code")
	private String violationCode;

	@Column(name = "search_terms")
	private String[] searchTerms;

	protected RiskPoint() {
	}

	RiskPoint(UUID id, RiskCatalogue catalogue, int position, PointContent content) {
		this.id = id;
		this.catalogue = catalogue;
		this.position = position;
		set(content);
	}

	void set(PointContent c) {
		this.title = c.title();
		this.violationForm = c.violationForm();
		this.causes = c.causes();
		this.harm = c.harm();
		this.likelihood = c.likelihood();
		this.legalBasis = List.copyOf(c.legalBasis());
		this.harmRating = c.harmRating();
		this.likelihoodRating = c.likelihoodRating();
		this.proposedGrade = c.proposedGrade();
		this.grade = c.grade();
		this.overrideReason = c.overrideReason();
		this.guidanceMethod = c.guidanceMethod();
		this.guidanceMeasures = c.guidanceMeasures();
		this.violationCode = c.violationCode();
		this.searchTerms = c.searchTerms().toArray(String[]::new);
	}

	UUID id() {
		return id;
	}

	void position(int p) {
		this.position = p;
	}

	RiskPointView view() {
		return new RiskPointView(id, catalogue.id(), catalogue.agencyId(), catalogue.partyCategory(), position, title,
				violationForm, causes, harm, likelihood, legalBasis, harmRating, likelihoodRating, proposedGrade, grade,
				overrideReason, guidanceMethod, guidanceMeasures, violationCode);
	}

	static class Bases extends JsonbConverter<List<LegalBasis>> {

		Bases() {
			super(new TypeReference<List<LegalBasis>>() {
			}, List.of());
		}

	}

}
