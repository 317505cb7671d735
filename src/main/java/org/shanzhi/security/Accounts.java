package org.shanzhi.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.security.internal.AccountStore;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Accounts of staff and the public: creation, lookup, unlocking. */
@Service
@Validated
public class Accounts {

	private final AccountStore store;

	private final PasswordEncoder encoder;

	private final Actors actors;

	private final Clock clock;

	Accounts(AccountStore store, PasswordEncoder encoder, Actors actors, Clock clock) {
		this.store = store;
		this.encoder = encoder;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public AccountView create(@Valid CreateAccountCommand command) {
		actors.require(Role.ADMIN);
		if (store.usernameTaken(command.username())) {
			throw RuleViolationException.conflict("account-username-taken", command.username());
		}
		boolean staff = command.roles().stream().anyMatch(Role::isStaff);
		if (staff && !command.roles().contains(Role.SUPERVISOR) && !command.roles().contains(Role.ADMIN)
				&& command.agencyId() == null) {
			throw RuleViolationException.rule("account-staff-needs-agency");
		}
		return store.create(UUID.randomUUID(), command, encoder.encode(command.password()), OffsetDateTime.now(clock));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByUsername(String username) {
		return store.findByUsername(username);
	}

	/** The display names of staff accounts (officers named on records), for staff. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
		if (!actors.current().isStaff()) {
			throw new org.springframework.security.access.AccessDeniedException("staff only");
		}
		return store.displayNames(ids);
	}

	/**
	 * The enabled officers and heads of the current actor's agency: whom an officer may
	 * name on a joint action.
	 */
	@Transactional(readOnly = true)
	public List<AccountView> colleagues() {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		UUID agency = actor.requireAgency();
		return store.all()
			.stream()
			.filter(a -> agency.equals(a.agencyId()) && a.enabled()
					&& (a.roles().contains(Role.OFFICER) || a.roles().contains(Role.AGENCY_HEAD)))
			.toList();
	}

	/**
	 * The enabled officers of every agency, by agency: whom the training record and the
	 * courses' registers count (S1). For supervisors and heads.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, List<AccountView>> officersByAgency() {
		actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD, Role.ADMIN);
		java.util.Map<UUID, List<AccountView>> out = new java.util.HashMap<>();
		store.all()
			.stream()
			.filter(a -> a.enabled() && a.agencyId() != null && a.roles().contains(Role.OFFICER))
			.forEach(a -> out.computeIfAbsent(a.agencyId(), k -> new java.util.ArrayList<>()).add(a));
		return out;
	}

	@Transactional(readOnly = true)
	public List<AccountView> all() {
		actors.require(Role.ADMIN);
		return store.all();
	}

	@Transactional
	public AccountView unlock(UUID accountId) {
		actors.require(Role.ADMIN);
		return store.unlock(accountId).orElseThrow(() -> NotFoundException.forId("account", accountId));
	}

}
