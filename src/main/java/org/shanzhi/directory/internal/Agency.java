package org.shanzhi.directory.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.directory.AgencyKind;
import org.shanzhi.directory.AgencyLevel;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.directory.DirectoryEvents;
import org.shanzhi.directory.RegisterAgencyCommand;
import org.springframework.data.domain.AbstractAggregateRoot;

@Entity
@Table(name = "agency", schema = "directory")
public class Agency extends AbstractAggregateRoot<Agency> {

	@Id
	private UUID id;

	private String code;

	private String name;

	@Column(name = "division_code")
	private String divisionCode;

	@Enumerated(EnumType.STRING)
	private AgencyLevel level;

	@Enumerated(EnumType.STRING)
	private AgencyKind kind;

	@Column(name = "parent_id")
	private UUID parentId;

	@Column(name = "head_name")
	private String headName;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Version
	private long version;

	protected Agency() {
	}

	public Agency(UUID id, RegisterAgencyCommand c, OffsetDateTime now) {
		this.id = id;
		this.code = c.code();
		this.name = c.name();
		this.divisionCode = c.divisionCode();
		this.level = c.level();
		this.kind = c.kind();
		this.parentId = c.parentId();
		this.headName = c.headName();
		this.createdAt = now;
		registerEvent(new DirectoryEvents.AgencyRegistered(id, code, name));
	}

	public AgencyView view() {
		return new AgencyView(id, code, name, divisionCode, level, kind, parentId, headName, createdAt, version);
	}

}
