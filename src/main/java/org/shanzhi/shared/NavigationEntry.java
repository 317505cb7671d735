package org.shanzhi.shared;

import java.util.Set;

/**
 * An entry of the main navigation, contributed as a bean by the module that owns the
 * pages: the navigation gains an entry as each module lands. {@code label} is a message
 * code; {@code roles} are role names without the ROLE_ prefix (empty: every signed-in
 * user).
 */
public record NavigationEntry(String label, String path, int order, Set<String> roles) {
}
