package org.shanzhi.enforcement.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.enforcement.EnforcementEvents;
import org.shanzhi.enforcement.InspectionView;
import org.shanzhi.enforcement.RecordInspectionCommand;
import org.springframework.data.domain.AbstractAggregateRoot;

@Entity
@Table(name = "inspection", schema = "enforcement")
public class Inspection extends AbstractAggregateRoot<Inspection> {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "party_id")
	private UUID partyId;

	@Column(name = "officer_id")
	private UUID officerId;

	@Column(name = "inspected_on")
	private LocalDate inspectedOn;

	private String place;

	private String findings;

	@Column(name = "violation_found")
	private boolean violationFound;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Version
	private long version;

	protected Inspection() {
	}

	public Inspection(UUID id, UUID agencyId, UUID officerId, RecordInspectionCommand c, OffsetDateTime now) {
		this.id = id;
		this.agencyId = agencyId;
		this.partyId = c.partyId();
		this.officerId = officerId;
		this.inspectedOn = c.inspectedOn();
		this.place = c.place().strip();
		this.findings = c.findings().strip();
		this.violationFound = c.violationFound();
		this.createdAt = now;
		registerEvent(new EnforcementEvents.InspectionRecorded(id, agencyId, partyId, inspectedOn, violationFound,
				officerId));
	}

	public InspectionView view() {
		return new InspectionView(id, agencyId, partyId, officerId, inspectedOn, place, findings, violationFound,
				createdAt, version);
	}

}
