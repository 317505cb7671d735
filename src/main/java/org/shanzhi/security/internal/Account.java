package org.shanzhi.security.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.security.AccountEvents;
import org.shanzhi.security.AccountView;
import org.shanzhi.security.Role;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A sign-in account. Owns its lockout rule: {@value #MAX_FAILURES} failures lock it for
 * 15 minutes.
 */
@Entity
@Table(name = "account", schema = "security")
public class Account extends AbstractAggregateRoot<Account> {

	public static final int MAX_FAILURES = 5;

	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	private UUID id;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	private String roles;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "officer_id")
	private UUID officerId;

	@Column(name = "party_id")
	private UUID partyId;

	private boolean enabled;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "locked_until")
	private OffsetDateTime lockedUntil;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Column(name = "password_change_required")
	private boolean passwordChangeRequired;

	@Column(name = "password_changed_at")
	private OffsetDateTime passwordChangedAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private long version;

	protected Account() {
	}

	/**
	 * A new account; {@code passwordChangeRequired} when somebody other than the holder
	 * chose the password (an administrator), so that the holder replaces it at the first
	 * sign-in.
	 */
	Account(UUID id, String username, String displayName, String passwordHash, Set<Role> roles, UUID agencyId,
			UUID officerId, UUID partyId, boolean passwordChangeRequired, OffsetDateTime now) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = joined(roles);
		this.agencyId = agencyId;
		this.officerId = officerId;
		this.partyId = partyId;
		this.enabled = true;
		this.createdAt = now;
		this.passwordChangeRequired = passwordChangeRequired;
		this.passwordChangedAt = now;
		registerEvent(new AccountEvents.AccountCreated(id, username, displayName, this.roles, agencyId, officerId,
				passwordChangeRequired));
	}

	/**
	 * Changes the name, roles, agency and officer record; an event names what changed
	 * (none when nothing did).
	 */
	void update(String displayName, Set<Role> roles, UUID agencyId, UUID officerId, OffsetDateTime now) {
		String newRoles = joined(roles);
		java.util.Map<String, Object> before = new java.util.LinkedHashMap<>();
		java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
		if (!this.displayName.equals(displayName)) {
			before.put("displayName", this.displayName);
			after.put("displayName", displayName);
		}
		if (!this.roles.equals(newRoles)) {
			before.put("roles", this.roles);
			after.put("roles", newRoles);
		}
		if (!java.util.Objects.equals(this.agencyId, agencyId)) {
			before.put("agencyId", this.agencyId == null ? "" : this.agencyId.toString());
			after.put("agencyId", agencyId == null ? "" : agencyId.toString());
		}
		if (!java.util.Objects.equals(this.officerId, officerId)) {
			before.put("officerId", this.officerId == null ? "" : this.officerId.toString());
			after.put("officerId", officerId == null ? "" : officerId.toString());
		}
		if (after.isEmpty()) {
			return;
		}
		this.displayName = displayName;
		this.roles = newRoles;
		this.agencyId = agencyId;
		this.officerId = officerId;
		this.updatedAt = now;
		registerEvent(new AccountEvents.AccountUpdated(id, agencyId, before, after));
	}

	/** Nobody signs in with it any more; its tokens stop working. */
	void disable(OffsetDateTime now) {
		if (enabled) {
			enabled = false;
			updatedAt = now;
			registerEvent(new AccountEvents.AccountDisabled(id, agencyId));
		}
	}

	void enable(OffsetDateTime now) {
		if (!enabled) {
			enabled = true;
			updatedAt = now;
			registerEvent(new AccountEvents.AccountEnabled(id, agencyId));
		}
	}

	/**
	 * An administrator sets a new password: the holder must change it at the next
	 * sign-in; the lock is lifted and the tokens issued before are revoked.
	 */
	void resetPassword(String hash, OffsetDateTime now) {
		passwordHash = hash;
		passwordChangeRequired = true;
		passwordChangedAt = now;
		failedAttempts = 0;
		lockedUntil = null;
		updatedAt = now;
		registerEvent(new AccountEvents.AccountPasswordReset(id, agencyId));
	}

	/** The holder chose a new password; the tokens issued before are revoked. */
	void changePassword(String hash, OffsetDateTime now) {
		boolean wasRequired = passwordChangeRequired;
		passwordHash = hash;
		passwordChangeRequired = false;
		passwordChangedAt = now;
		updatedAt = now;
		registerEvent(new AccountEvents.AccountPasswordChanged(id, agencyId, wasRequired));
	}

	private static String joined(Set<Role> roles) {
		return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	public boolean isLockedAt(OffsetDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** A wrong password: counts it, and locks the account at the fifth in a row. */
	void recordFailure(OffsetDateTime now) {
		if (isLockedAt(now)) {
			return;
		}
		failedAttempts++;
		if (failedAttempts >= MAX_FAILURES) {
			failedAttempts = 0;
			lockedUntil = now.plus(LOCK_DURATION);
			registerEvent(new AccountEvents.AccountLocked(id, agencyId, lockedUntil.toString()));
		}
	}

	void recordSuccess() {
		failedAttempts = 0;
	}

	void unlock() {
		if (lockedUntil != null || failedAttempts > 0) {
			lockedUntil = null;
			failedAttempts = 0;
			registerEvent(new AccountEvents.AccountUnlocked(id, agencyId));
		}
	}

	Set<Role> roleSet() {
		if (roles == null || roles.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(roles.split(","))
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	AccountView view() {
		return new AccountView(id, username, displayName, roleSet(), agencyId, officerId, partyId, enabled, lockedUntil,
				passwordChangeRequired, passwordChangedAt, createdAt, updatedAt, version);
	}

	UUID id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	UUID agencyId() {
		return agencyId;
	}

	UUID partyId() {
		return partyId;
	}

	boolean enabled() {
		return enabled;
	}

	int failedAttempts() {
		return failedAttempts;
	}

	OffsetDateTime lockedUntil() {
		return lockedUntil;
	}

	boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	long version() {
		return version;
	}

}
