package org.shanzhi.shared;

import java.util.Set;

/**
 * An entry of the main navigation, contributed as a bean by the module that owns the
 * pages: the navigation gains an entry as each module lands. {@code label} is a message
 * code; {@code roles} are role names without the ROLE_ prefix (empty: every signed-in
 * user); {@code group} the message code of the menu the entry is listed under
 * ({@code null}: an entry of its own in the bar). A menu of which the user may use one
 * entry only shows as that entry.
 */
public record NavigationEntry(String label, String path, int order, Set<String> roles, String group) {

	/** An entry of its own in the bar. */
	public NavigationEntry(String label, String path, int order, Set<String> roles) {
		this(label, path, order, roles, null);
	}

}
