package org.shanzhi.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import java.util.Set;

import jakarta.validation.Valid;

import org.shanzhi.security.internal.AccountStore;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.PageRequests;
import org.shanzhi.shared.PageView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts of staff and the public: creation, lookup, and their administration (ADMIN):
 * search, changes, disabling, password resets; and the holder's own change of password.
 * Rules: usernames are unique (409 {@code account-username-taken}); staff other than
 * supervisors and administrators belong to an agency; an account is either public or
 * staff; the last enabled administrator keeps the role and stays enabled (422
 * {@code account-last-admin}); a password an administrator set must be changed at the
 * next sign-in.
 */
@Service
@Validated
public class Accounts {

	private final AccountStore store;

	private final PasswordEncoder encoder;

	private final Actors actors;

	private final Clock clock;

	private final ObjectProvider<StaffDirectory> directory;

	Accounts(AccountStore store, PasswordEncoder encoder, Actors actors, Clock clock,
			ObjectProvider<StaffDirectory> directory) {
		this.store = store;
		this.encoder = encoder;
		this.actors = actors;
		this.clock = clock;
		this.directory = directory;
	}

	/**
	 * An account whose password its holder chose (the portal's sign-up, the demo city,
	 * platform work): it signs in with it as it is.
	 */
	@Transactional
	public AccountView create(@Valid CreateAccountCommand command) {
		actors.require(Role.ADMIN);
		checkNew(command);
		return store.create(UUID.randomUUID(), command, encoder.encode(command.password()), false,
				OffsetDateTime.now(clock));
	}

	/**
	 * An administrator opens an account with an initial password: its holder must change
	 * it at the first sign-in. The agency and the officer record must exist, the officer
	 * record be of the account's agency.
	 */
	@Transactional
	public AccountView register(@Valid CreateAccountCommand command) {
		actors.require(Role.ADMIN);
		checkNew(command);
		checkDirectory(command.agencyId(), command.officerId());
		return store.create(UUID.randomUUID(), command, encoder.encode(command.password()), true,
				OffsetDateTime.now(clock));
	}

	private void checkNew(CreateAccountCommand command) {
		if (store.usernameTaken(command.username())) {
			throw RuleViolationException.conflict("account-username-taken", command.username());
		}
		checkRoles(command.roles(), command.agencyId());
	}

	private static void checkRoles(Set<Role> roles, UUID agencyId) {
		boolean staff = roles.stream().anyMatch(Role::isStaff);
		if (staff && roles.contains(Role.PUBLIC)) {
			throw RuleViolationException.rule("account-public-and-staff");
		}
		if (staff && !roles.contains(Role.SUPERVISOR) && !roles.contains(Role.ADMIN) && agencyId == null) {
			throw RuleViolationException.rule("account-staff-needs-agency");
		}
	}

	/**
	 * The agency and the officer record named exist, and the officer is of the agency.
	 */
	private void checkDirectory(UUID agencyId, UUID officerId) {
		StaffDirectory staff = directory.getIfAvailable();
		if (staff == null) {
			return;
		}
		if (agencyId != null && !staff.agencyNames().containsKey(agencyId)) {
			throw new FieldRejectedException("agencyId", "unknownRecord");
		}
		if (officerId != null) {
			StaffDirectory.OfficerRecord officer = staff.officer(officerId)
				.orElseThrow(() -> new FieldRejectedException("officerId", "unknownRecord"));
			if (!officer.agencyId().equals(agencyId)) {
				throw new FieldRejectedException("officerId", "officerOfAnotherAgency");
			}
		}
	}

	/** An account (ADMIN). */
	@Transactional(readOnly = true)
	public AccountView get(UUID id) {
		actors.require(Role.ADMIN);
		return store.find(id).orElseThrow(() -> NotFoundException.forId("account", id));
	}

	/**
	 * The administrator's list: accounts whose username or name contains the text, or
	 * whose agency's name does; of the role and in the status when given; by username.
	 */
	@Transactional(readOnly = true)
	public PageView<AccountView> search(String text, Role role, AccountStatus status, Integer page, Integer size) {
		return search(text, role, status, null, true, page, size);
	}

	/**
	 * The columns the administrator's list sorts by: {@code username}, {@code name},
	 * {@code createdAt}.
	 */
	public static final java.util.Set<String> SORTS = java.util.Set.of("username", "name", "createdAt");

	/**
	 * As {@link #search(String, Role, AccountStatus, Integer, Integer)}, sorted by one of
	 * {@link #SORTS} ({@code null}: by username).
	 */
	@Transactional(readOnly = true)
	public PageView<AccountView> search(String text, Role role, AccountStatus status, String sort, boolean ascending,
			Integer page, Integer size) {
		actors.require(Role.ADMIN);
		if (text != null && text.length() > 100) {
			throw new FieldRejectedException("q", "tooLong");
		}
		PageRequest request = PageRequests.of(page, size, Sort.unsorted());
		List<UUID> agencies = new java.util.ArrayList<>();
		StaffDirectory staff = directory.getIfAvailable();
		if (staff != null && text != null && !text.isBlank()) {
			String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
			staff.agencyNames().forEach((id, name) -> {
				if (name.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
					agencies.add(id);
				}
			});
		}
		Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
		Sort order = sort == null ? Sort.by("username") : switch (sort) {
			case "name" -> Sort.by(direction, "displayName", "username");
			case "createdAt" -> Sort.by(direction, "createdAt", "username");
			default -> Sort.by(direction, "username");
		};
		return store.search(text, agencies, role, status,
				PageRequest.of(request.getPageNumber(), request.getPageSize(), order), OffsetDateTime.now(clock));
	}

	/**
	 * Changes an account's name, roles, agency and officer record. The last enabled
	 * administrator keeps the role.
	 */
	@Transactional
	public AccountView update(UUID id, @Valid UpdateAccountCommand command) {
		actors.require(Role.ADMIN);
		AccountView account = store.find(id).orElseThrow(() -> NotFoundException.forId("account", id));
		boolean wasPublic = account.roles().contains(Role.PUBLIC);
		if (wasPublic != command.roles().contains(Role.PUBLIC)) {
			throw RuleViolationException.rule("account-public-and-staff");
		}
		checkRoles(command.roles(), command.agencyId());
		checkDirectory(command.agencyId(), command.officerId());
		if (account.isAdministrator() && account.enabled() && !command.roles().contains(Role.ADMIN)
				&& store.otherEnabledAdministrators(id) == 0) {
			throw RuleViolationException.rule("account-last-admin");
		}
		return store.update(id, command.version(), command.displayName().strip(), command.roles(), command.agencyId(),
				command.officerId(), OffsetDateTime.now(clock));
	}

	/**
	 * Disables an account: nobody signs in with it and its tokens and sessions stop
	 * working. The last enabled administrator cannot be disabled.
	 */
	@Transactional
	public AccountView disable(UUID id) {
		actors.require(Role.ADMIN);
		AccountView account = store.find(id).orElseThrow(() -> NotFoundException.forId("account", id));
		if (account.isAdministrator() && account.enabled() && store.otherEnabledAdministrators(id) == 0) {
			throw RuleViolationException.rule("account-last-admin");
		}
		return store.disable(id, OffsetDateTime.now(clock));
	}

	@Transactional
	public AccountView enable(UUID id) {
		actors.require(Role.ADMIN);
		return store.enable(id, OffsetDateTime.now(clock));
	}

	/**
	 * Gives an account a new initial password: the lock is lifted, the tokens issued
	 * before are revoked, and the holder must change the password at the next sign-in.
	 */
	@Transactional
	public AccountView resetPassword(UUID id, @Valid ResetPasswordCommand command) {
		actors.require(Role.ADMIN);
		return store.resetPassword(id, encoder.encode(command.password()), OffsetDateTime.now(clock));
	}

	/**
	 * The signed-in holder changes their password: the current one must be right (422
	 * {@code password-current-wrong}), the new one typed twice alike and differ from it
	 * (400 on {@code confirmation}, {@code newPassword}). The tokens issued before are
	 * revoked.
	 */
	@Transactional
	public AccountView changeOwnPassword(@Valid ChangePasswordCommand command) {
		Actor actor = actors.current();
		return changePassword(actor.accountId(), command.currentPassword(), command.newPassword(),
				command.confirmation());
	}

	/**
	 * The holder changes the password of the account, proving the current one (the
	 * sign-in with a new password of the token API).
	 */
	@Transactional
	public AccountView changePassword(UUID accountId, String currentPassword, String newPassword, String confirmation) {
		String hash = store.passwordHash(accountId);
		if (!encoder.matches(currentPassword, hash)) {
			throw RuleViolationException.rule("password-current-wrong");
		}
		if (!newPassword.equals(confirmation)) {
			throw new FieldRejectedException("confirmation", "passwordMismatch");
		}
		if (newPassword.equals(currentPassword)) {
			throw new FieldRejectedException("newPassword", "passwordUnchanged");
		}
		return store.changePassword(accountId, encoder.encode(newPassword), OffsetDateTime.now(clock));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByUsername(String username) {
		return store.findByUsername(username);
	}

	/**
	 * The officer of the directory an account acts as (a staff account's own officer), if
	 * it has one: whom a case names when that account acts on it.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> officerOf(UUID accountId) {
		return store.find(accountId).map(AccountView::officerId);
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
	 * The enabled officers and heads of an agency, by name (for staff): whom a complaint
	 * about an officer's conduct may name (被投诉人).
	 */
	@Transactional(readOnly = true)
	public List<AccountView> officersOf(UUID agencyId) {
		if (!actors.current().isStaff()) {
			throw new org.springframework.security.access.AccessDeniedException("staff only");
		}
		return store.all()
			.stream()
			.filter(a -> agencyId.equals(a.agencyId()) && a.enabled()
					&& (a.roles().contains(Role.OFFICER) || a.roles().contains(Role.AGENCY_HEAD)))
			.sorted(java.util.Comparator.comparing(AccountView::displayName))
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
