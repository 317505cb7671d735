package org.shanzhi.security;

import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AuditedEvent;

/** Past-tense events of the account aggregate; each becomes an audit entry. */
public final class AccountEvents {

	private AccountEvents() {
	}

	public record AccountCreated(UUID accountId, String username, String roles, UUID agencyId) implements AuditedEvent {

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
			return Map.of("username", username, "roles", roles);
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
