package org.shanzhi.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AuditedEvent;

/** Past-tense events of the directory's aggregates. */
public final class DirectoryEvents {

	private DirectoryEvents() {
	}

	/**
	 * An event about one party: parties belong to the city-wide directory, not to an
	 * agency.
	 */
	public interface PartyEvent extends AuditedEvent {

		UUID partyId();

		default String subjectType() {
			return "PARTY";
		}

		default String subjectId() {
			return partyId().toString();
		}

		default UUID agencyId() {
			return null;
		}

	}

	public record AgencyRegistered(UUID agencyId, String code, String name) implements AuditedEvent {

		public String subjectType() {
			return "AGENCY";
		}

		public String subjectId() {
			return agencyId.toString();
		}

		public String action() {
			return "REGISTERED";
		}

		public Map<String, Object> after() {
			return Map.of("code", code, "name", name);
		}
	}

	public record OfficerRegistered(UUID officerId, UUID agencyId, String name,
			String certificateNumber) implements AuditedEvent {

		public String subjectType() {
			return "OFFICER";
		}

		public String subjectId() {
			return officerId.toString();
		}

		public String action() {
			return "REGISTERED";
		}

		public Map<String, Object> after() {
			return Map.of("name", name, "certificateNumber", certificateNumber);
		}
	}

	/** A party entered the directory; {@code identifier} is masked for a person. */
	public record PartyRegistered(UUID partyId, PartyKind kind, String name, String identifier,
			PartyCategory category) implements PartyEvent {

		public String action() {
			return "REGISTERED";
		}

		public Map<String, Object> after() {
			return Map.of("kind", kind.name(), "name", name, "identifier", identifier, "category", category.name());
		}
	}

	/** Changed attributes of a party, before and after (phone masked). */
	public record PartyUpdated(UUID partyId, Map<String, Object> before,
			Map<String, Object> after) implements PartyEvent {

		public PartyUpdated {
			before = new LinkedHashMap<>(before);
			after = new LinkedHashMap<>(after);
		}

		public String action() {
			return "UPDATED";
		}
	}

	/**
	 * An officer read the full resident ID number of a person: access to personal data is
	 * logged.
	 */
	public record PartyIdentityRevealed(UUID partyId, UUID byAgencyId) implements PartyEvent {

		public String action() {
			return "IDENTITY_REVEALED";
		}

		public Map<String, Object> after() {
			return Map.of("revealedTo", byAgencyId == null ? "" : byAgencyId.toString());
		}
	}

}
