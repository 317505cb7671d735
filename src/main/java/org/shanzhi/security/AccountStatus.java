package org.shanzhi.security;

/** What the administrator's list of accounts filters by. */
public enum AccountStatus {

	/** May sign in (it may still be locked for a while, or need a new password). */
	ENABLED,

	/** Disabled by an administrator. */
	DISABLED,

	/** Locked for 15 minutes after five wrong passwords. */
	LOCKED,

	/** The holder has not yet replaced the password an administrator set. */
	PASSWORD_CHANGE_REQUIRED

}
