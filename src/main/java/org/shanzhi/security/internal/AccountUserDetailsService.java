package org.shanzhi.security.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.shanzhi.security.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		Actor actor = new Actor(account.id(), account.username(), account.displayName(), account.roleSet(),
				account.agencyId(), account.partyId());
		return new AccountPrincipal(actor, account.passwordHash(), account.isLockedAt(OffsetDateTime.now(clock)),
				account.enabled(), account.passwordChangeRequired());
	}

}
