package org.shanzhi.guidance.internal;

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
import org.shanzhi.guidance.CustomFormView;
import org.shanzhi.guidance.GuidanceForm;

/** A form of guidance an agency defined (LY8): its code, name and fields. */
@Entity
@Table(name = "custom_form", schema = "guidance")
public class CustomForm {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	private String code;

	private String name;

	@Convert(converter = JsonColumns.Fields.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<GuidanceForm.FieldSpec> fields;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	/**
	 * {@code null} until first saved, so that saving a new aggregate inserts without a
	 * select first.
	 */
	@Version
	private Long version;

	protected CustomForm() {
	}

	public CustomForm(UUID id, UUID agencyId, String code, String name, List<GuidanceForm.FieldSpec> fields,
			OffsetDateTime now) {
		this.id = id;
		this.agencyId = agencyId;
		this.code = code;
		this.name = name;
		this.fields = List.copyOf(fields);
		this.createdAt = now;
	}

	public CustomFormView view() {
		return new CustomFormView(id, agencyId, code, name, fields, createdAt, version == null ? 0 : version);
	}

}
