package org.shanzhi.security;

import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AuditedEvent;

/** Past-tense events of the account aggregate; each becomes an audit entry. */
public final class AccountEvents {

	private AccountEvents() {
	}

	public record AccountCreated(UUID accountId, String username, String displayName, String roles, UUID agencyId,
			UUID officerId, boolean passwordChangeRequired) implements AuditedEvent {

		public String subjectType() {
			return "ACCOUNT";
		}

		public String subjectId() {
			return accountId.toString();
		}

		public String action() {
			return "CREATED";
		}

		public Map<String, Object> before() {
			return Map.of();
		}

		public Map<String, Object> after() {
			Map<String, Object> after = new java.util.LinkedHashMap<>();
			after.put("username", username);
			after.put("displayName", displayName);
			after.put("roles", roles);
			if (agencyId != null) {
				after.put("agencyId", agencyId.toString());
			}
			if (officerId != null) {
				after.put("officerId", officerId.toString());
			}
			if (passwordChangeRequired) {
				after.put("passwordChangeRequired", true);
			}
			return after;
		}
	}

	/** An administrator changed the name, roles, agency or officer record. */
	public record AccountUpdated(UUID accountId, UUID agencyId, Map<String, Object> before,
			Map<String, Object> after) implements AuditedEvent {

		public String subjectType() {
			return "ACCOUNT";
		}

		public String subjectId() {
			return accountId.toString();
		}

		public String action() {
			return "UPDATED";
		}
	}

	public record AccountDisabled(UUID accountId, UUID agencyId) implements AuditedEvent {

		public String subjectType() {
			return "ACCOUNT";
		}

		public String subjectId() {
			return accountId.toString();
		}

		public String action() {
			return "DISABLED";
		}

		public Map<String, Object> before() {
			return Map.of("enabled", true);
		}

		public Map<String, Object> after() {
			return Map.of("enabled", false);
		}
	}

	public record AccountEnabled(UUID accountId, UUID agencyId) implements AuditedEvent {

		public String subjectType() {
			return "ACCOUNT";
		}

		public String subjectId() {
			return accountId.toString();
		}

		public String action() {
			return "ENABLED";
		}

		public Map<String, Object> before() {
			return Map.of("enabled", false);
		}

		public Map<String, Object> after() {
			return Map.of("enabled", true);
		}
	}

	/**
	 * An administrator set a new password (never recorded) that the holder must change.
	 */
	public record AccountPasswordReset(UUID accountId, UUID agencyId) implements AuditedEvent {

		public String subjectType() {
			return "ACCOUNT";
		}

		public String subjectId() {
			return accountId.toString();
		}

		public String action() {
			return "PASSWORD_RESET";
		}

		public Map<String, Object> after() {
			return Map.of("passwordChangeRequired", true);
		}
	}

	/** The holder changed their password (never recorded). */
	public record AccountPasswordChanged(UUID accountId, UUID agencyId, boolean wasRequired) implements AuditedEvent {

		public String subjectType() {
			return "ACCOUNT";
		}

		public String subjectId() {
			return accountId.toString();
		}

		public String action() {
			return "PASSWORD_CHANGED";
		}

		public Map<String, Object> before() {
			return wasRequired ? Map.of("passwordChangeRequired", true) : Map.of();
		}

		public Map<String, Object> after() {
			return wasRequired ? Map.of("passwordChangeRequired", false) : Map.of();
		}
	}

	public record AccountLocked(UUID accountId, UUID agencyId, String lockedUntil) implements AuditedEvent {

		public String subjectType() {
			return "ACCOUNT";
		}

		public String subjectId() {
			return accountId.toString();
		}

		public String action() {
			return "LOCKED";
		}

		public Map<String, Object> before() {
			return Map.of("lockedUntil", "");
		}

		public Map<String, Object> after() {
			return Map.of("lockedUntil", lockedUntil);
		}
	}

	public record AccountUnlocked(UUID accountId, UUID agencyId) implements AuditedEvent {

		public String subjectType() {
			return "ACCOUNT";
		}

		public String subjectId() {
			return accountId.toString();
		}

		public String action() {
			return "UNLOCKED";
		}

		public Map<String, Object> before() {
			return Map.of("locked", true);
		}

		public Map<String, Object> after() {
			return Map.of("locked", false);
		}
	}

}
