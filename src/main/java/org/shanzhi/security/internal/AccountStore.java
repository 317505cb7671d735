package org.shanzhi.security.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shanzhi.security.AccountView;
import org.shanzhi.security.CreateAccountCommand;
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

	public AccountView create(UUID id, CreateAccountCommand c, String hash, OffsetDateTime now) {
		Account account = new Account(id, c.username(), c.displayName(), hash, c.roles(), c.agencyId(), c.officerId(),
				c.partyId(), now);
		return repository.save(account).view();
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

	public Optional<AccountView> unlock(UUID id) {
		return repository.findById(id).map(a -> {
			a.unlock();
			return repository.save(a).view();
		});
	}

}
