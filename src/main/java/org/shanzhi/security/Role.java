package org.shanzhi.security;

/** Roles of DESIGN.md. */
public enum Role {

	OFFICER, AGENCY_HEAD, LEGAL_REVIEWER, MEDIATOR, SUPERVISOR, ADMIN, PUBLIC;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Staff work inside an agency or supervise agencies; the public does not. */
	public boolean isStaff() {
		return this != PUBLIC;
	}

}
