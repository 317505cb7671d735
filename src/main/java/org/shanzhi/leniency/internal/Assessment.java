package org.shanzhi.leniency.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.enforcement.Treatment;

/** An assessment on record: its inputs and outcome, so that a decision can cite it. */
@Entity
@Table(name = "assessment", schema = "leniency")
public class Assessment {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "party_id")
	private UUID partyId;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "violation_code")
	private String violationCode;

	@Column(name = "occurred_on")
	private LocalDate occurredOn;

	@ColumnTransformer(write = "?::jsonb")
	private String facts;

	@Enumerated(EnumType.STRING)
	private Treatment treatment;

	@Column(name = "list_id")
	private UUID listId;

	@Column(name = "list_entry_id")
	private UUID listEntryId;

	@ColumnTransformer(write = "?::jsonb")
	private String outcome;

	@Column(name = "assessed_by")
	private UUID assessedBy;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	protected Assessment() {
	}

	public Assessment(UUID id, UUID agencyId, UUID partyId, UUID caseId, String violationCode, LocalDate occurredOn,
			String facts, Treatment treatment, UUID listId, UUID listEntryId, String outcome, UUID assessedBy,
			OffsetDateTime createdAt) {
		this.id = id;
		this.agencyId = agencyId;
		this.partyId = partyId;
		this.caseId = caseId;
		this.violationCode = violationCode;
		this.occurredOn = occurredOn;
		this.facts = facts;
		this.treatment = treatment;
		this.listId = listId;
		this.listEntryId = listEntryId;
		this.outcome = outcome;
		this.assessedBy = assessedBy;
		this.createdAt = createdAt;
	}

}
