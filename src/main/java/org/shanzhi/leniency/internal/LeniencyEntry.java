package org.shanzhi.leniency.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.Treatment;
import org.shanzhi.leniency.Conditions;
import org.shanzhi.leniency.EntryInput;

@Entity
@Table(name = "leniency_entry", schema = "leniency")
public class LeniencyEntry {

	@Id
	private UUID id;

	private int position;

	@Column(name = "violation_code")
	private String violationCode;

	private String law;

	private String article;

	@Convert(converter = ConditionsColumn.class)
	@ColumnTransformer(write = "?::jsonb")
	private Conditions conditions;

	@Column(name = "conditions_schema")
	private int conditionsSchema;

	@Enumerated(EnumType.STRING)
	private Treatment treatment;

	private String notes;

	protected LeniencyEntry() {
	}

	LeniencyEntry(UUID id, int position, EntryInput input) {
		this.id = id;
		this.position = position;
		this.violationCode = input.violationCode();
		this.law = input.legalBasis().law();
		this.article = input.legalBasis().article();
		this.conditions = input.conditions();
		this.conditionsSchema = Conditions.SCHEMA;
		this.treatment = input.treatment();
		this.notes = input.notes();
	}

	public UUID id() {
		return id;
	}

	public int position() {
		return position;
	}

	public String violationCode() {
		return violationCode;
	}

	public LegalBasis legalBasis() {
		return new LegalBasis(law, article);
	}

	public Conditions conditions() {
		return conditions;
	}

	public int conditionsSchema() {
		return conditionsSchema;
	}

	public Treatment treatment() {
		return treatment;
	}

	public String notes() {
		return notes;
	}

}
