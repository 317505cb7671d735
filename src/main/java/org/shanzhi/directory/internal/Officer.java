package org.shanzhi.directory.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.directory.DirectoryEvents;
import org.shanzhi.directory.OfficerView;
import org.shanzhi.directory.RegisterOfficerCommand;
import org.springframework.data.domain.AbstractAggregateRoot;

@Entity
@Table(name = "officer", schema = "directory")
public class Officer extends AbstractAggregateRoot<Officer> {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	private String name;

	@Column(name = "certificate_number")
	private String certificateNumber;

	private String position;

	@Column(name = "certificate_valid_until")
	private java.time.LocalDate certificateValidUntil;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Version
	private long version;

	protected Officer() {
	}

	public Officer(UUID id, RegisterOfficerCommand c, OffsetDateTime now) {
		this.id = id;
		this.agencyId = c.agencyId();
		this.name = c.name();
		this.certificateNumber = c.certificateNumber();
		this.position = c.position();
		this.certificateValidUntil = c.certificateValidUntil();
		this.createdAt = now;
		registerEvent(new DirectoryEvents.OfficerRegistered(id, agencyId, name, certificateNumber));
	}

	public OfficerView view() {
		return new OfficerView(id, agencyId, name, certificateNumber, position, certificateValidUntil, createdAt,
				version);
	}

}
