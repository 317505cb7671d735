package org.shanzhi.security.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account in their own transaction, so a refused sign-in still
 * counts.
 */
@Component
class LoginAttempts {

	private final AccountRepository accounts;

	private final Clock clock;

	LoginAttempts(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username) {
		accounts.findByUsername(username).ifPresent(a -> {
			a.recordFailure(OffsetDateTime.now(clock));
			accounts.save(a);
		});
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		accounts.findByUsername(username).filter(a -> a.failedAttempts() > 0).ifPresent(a -> {
			a.recordSuccess();
			accounts.save(a);
		});
	}

}
