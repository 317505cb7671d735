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

	@Version
	private long version;

	protected Account() {
	}

	Account(UUID id, String username, String displayName, String passwordHash, Set<Role> roles, UUID agencyId,
			UUID officerId, UUID partyId, OffsetDateTime now) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.agencyId = agencyId;
		this.officerId = officerId;
		this.partyId = partyId;
		this.enabled = true;
		this.createdAt = now;
		registerEvent(new AccountEvents.AccountCreated(id, username, this.roles, agencyId));
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
				createdAt, version);
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

}
