package org.shanzhi.security.internal;

import java.util.Collection;
import java.util.List;

import org.shanzhi.security.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a form sign-in session: the actor plus what sign-in needs to check.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final Actor actor;

	private String passwordHash;

	private final boolean locked;

	private final boolean enabled;

	private final boolean passwordChangeRequired;

	AccountPrincipal(Actor actor, String passwordHash, boolean locked, boolean enabled,
			boolean passwordChangeRequired) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.enabled = enabled;
		this.passwordChangeRequired = passwordChangeRequired;
	}

	public Actor actor() {
		return actor;
	}

	/**
	 * An administrator set the password when signing in: the holder must change it before
	 * anything else.
	 */
	public boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> list = actor.roles()
			.stream()
			.map(r -> new SimpleGrantedAuthority(r.authority()))
			.toList();
		return list;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
