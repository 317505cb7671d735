package org.shanzhi.directory;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A party as shown to a reader: the resident ID number is always masked here. */
public record PartyView(UUID id, PartyKind kind, String name, String idNumber, String creditCode,
		PartyCategory category, String address, String phone, OffsetDateTime createdAt, long version) {

	/** The identifier shown for the party: masked resident ID or credit code. */
	public String identifier() {
		return kind == PartyKind.PERSON ? idNumber : creditCode;
	}
}
