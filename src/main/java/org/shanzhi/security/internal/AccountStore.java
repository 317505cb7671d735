package org.shanzhi.security.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.security.AccountStatus;
import org.shanzhi.security.AccountView;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.PageView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Persistence side of the {@code Accounts} facade. */
@Component
public class AccountStore {

	private final AccountRepository repository;

	AccountStore(AccountRepository repository) {
		this.repository = repository;
	}

	public boolean usernameTaken(String username) {
		return repository.findByUsername(username).isPresent();
	}

	public AccountView create(UUID id, CreateAccountCommand c, String hash, boolean passwordChangeRequired,
			OffsetDateTime now) {
		Account account = new Account(id, c.username(), c.displayName(), hash, c.roles(), c.agencyId(), c.officerId(),
				c.partyId(), passwordChangeRequired, now);
		return repository.save(account).view();
	}

	public Optional<AccountView> find(UUID id) {
		return repository.findById(id).map(Account::view);
	}

	public Optional<AccountView> findByUsername(String username) {
		return repository.findByUsername(username).map(Account::view);
	}

	public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		repository.findAllById(ids).forEach(a -> names.put(a.view().id(), a.view().displayName()));
		return names;
	}

	public List<AccountView> all() {
		return repository.findAllByOrderByUsername().stream().map(Account::view).toList();
	}

	/**
	 * One page of the accounts matching the text (username, name, or one of the agencies
	 * whose name matched), the role and the status, by username.
	 */
	public PageView<AccountView> search(String text, Collection<UUID> agencyIds, Role role, AccountStatus status,
			PageRequest page, OffsetDateTime now) {
		String pattern = text == null || text.isBlank() ? ""
				: "%" + text.strip()
					.toLowerCase(java.util.Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
		Collection<UUID> agencies = agencyIds.isEmpty() ? Set.of(new UUID(0, 0)) : agencyIds;
		return PageView
			.of(repository
				.search(pattern, agencies, role == null ? "" : "%," + role.name() + ",%",
						status == null ? "" : status.name(), now, PageRequest.of(page.getPageNumber(),
								page.getPageSize(), page.getSort().isSorted() ? page.getSort() : Sort.by("username")))
				.map(Account::view));
	}

	public Optional<AccountView> unlock(UUID id) {
		return repository.findById(id).map(a -> {
			a.unlock();
			return repository.save(a).view();
		});
	}

	/**
	 * Locks the enabled administrators for the transaction and answers how many there are
	 * besides the given account.
	 */
	public long otherEnabledAdministrators(UUID accountId) {
		return repository.lockEnabledAdministrators().stream().filter(a -> !a.id().equals(accountId)).count();
	}

	public AccountView update(UUID id, long version, String displayName, Set<Role> roles, UUID agencyId, UUID officerId,
			OffsetDateTime now) {
		Account account = load(id);
		if (account.version() != version) {
			throw RuleViolationException.conflict("stale-version", version, account.version());
		}
		account.update(displayName, roles, agencyId, officerId, now);
		return repository.saveAndFlush(account).view();
	}

	public AccountView disable(UUID id, OffsetDateTime now) {
		Account account = load(id);
		account.disable(now);
		return repository.save(account).view();
	}

	public AccountView enable(UUID id, OffsetDateTime now) {
		Account account = load(id);
		account.enable(now);
		return repository.save(account).view();
	}

	public AccountView resetPassword(UUID id, String hash, OffsetDateTime now) {
		Account account = load(id);
		account.resetPassword(hash, now);
		return repository.save(account).view();
	}

	/** The password hash to check a current password against. */
	public String passwordHash(UUID id) {
		return load(id).passwordHash();
	}

	public AccountView changePassword(UUID id, String hash, OffsetDateTime now) {
		Account account = load(id);
		account.changePassword(hash, now);
		return repository.save(account).view();
	}

	private Account load(UUID id) {
		return repository.findById(id).orElseThrow(() -> NotFoundException.forId("account", id));
	}

}
