package org.shanzhi.directory.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.directory.DirectoryEvents;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.directory.PartyView;
import org.shanzhi.directory.UpdatePartyCommand;
import org.shanzhi.shared.Masking;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A party (行政相对人). The resident ID number of a person is kept only sealed (SM4) with a
 * blind index for exact search and a masked copy for display; the credit code of an
 * organisation is public information and kept as it is.
 */
@Entity
@Table(name = "party", schema = "directory")
public class Party extends AbstractAggregateRoot<Party> {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private PartyKind kind;

	private String name;

	@Column(name = "id_number_sealed")
	private byte[] idNumberSealed;

	@Column(name = "id_number_index")
	private String idNumberIndex;

	@Column(name = "id_number_masked")
	private String idNumberMasked;

	@Column(name = "credit_code")
	private String creditCode;

	@Enumerated(EnumType.STRING)
	private PartyCategory category;

	private String address;

	private String phone;

	@Column(name = "registered_by_agency_id")
	private UUID registeredByAgencyId;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private long version;

	protected Party() {
	}

	/** A person, with the sealed ID number, its blind index and masked form. */
	static Party person(UUID id, String name, byte[] sealed, String index, String masked, PartyCategory category,
			String address, String phone, UUID agencyId, OffsetDateTime now) {
		Party p = new Party(id, PartyKind.PERSON, name, category, address, phone, agencyId, now);
		p.idNumberSealed = sealed;
		p.idNumberIndex = index;
		p.idNumberMasked = masked;
		p.registered();
		return p;
	}

	static Party organization(UUID id, String name, String creditCode, PartyCategory category, String address,
			String phone, UUID agencyId, OffsetDateTime now) {
		Party p = new Party(id, PartyKind.ORGANIZATION, name, category, address, phone, agencyId, now);
		p.creditCode = creditCode;
		p.registered();
		return p;
	}

	private Party(UUID id, PartyKind kind, String name, PartyCategory category, String address, String phone,
			UUID agencyId, OffsetDateTime now) {
		this.id = id;
		this.kind = kind;
		this.name = name;
		this.category = category;
		this.address = address;
		this.phone = phone;
		this.registeredByAgencyId = agencyId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	private void registered() {
		registerEvent(new DirectoryEvents.PartyRegistered(id, kind, name,
				kind == PartyKind.PERSON ? idNumberMasked : creditCode, category));
	}

	/** Applies an edit; records only what changed. */
	void update(UpdatePartyCommand c, OffsetDateTime now) {
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		if (!Objects.equals(name, c.name())) {
			before.put("name", name);
			after.put("name", c.name());
			name = c.name();
		}
		if (category != c.category()) {
			before.put("category", category.name());
			after.put("category", c.category().name());
			category = c.category();
		}
		if (!Objects.equals(blankToNull(address), blankToNull(c.address()))) {
			before.put("address", String.valueOf(address));
			after.put("address", String.valueOf(c.address()));
			address = blankToNull(c.address());
		}
		if (!Objects.equals(blankToNull(phone), blankToNull(c.phone()))) {
			before.put("phone", String.valueOf(Masking.phone(phone)));
			after.put("phone", String.valueOf(Masking.phone(c.phone())));
			phone = blankToNull(c.phone());
		}
		if (!after.isEmpty()) {
			updatedAt = now;
			registerEvent(new DirectoryEvents.PartyUpdated(id, before, after));
		}
	}

	void revealedTo(UUID agencyId) {
		registerEvent(new DirectoryEvents.PartyIdentityRevealed(id, agencyId));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	PartyView view() {
		return new PartyView(id, kind, name, idNumberMasked, creditCode, category, address, phone, createdAt, version);
	}

	UUID id() {
		return id;
	}

	PartyKind kind() {
		return kind;
	}

	byte[] idNumberSealed() {
		return idNumberSealed;
	}

	long version() {
		return version;
	}

}
