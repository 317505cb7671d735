package org.shanzhi.platform.web;

import java.util.List;

import org.shanzhi.shared.NavigationEntry;

/**
 * An item of the navigation bar: an entry ({@code path} set, no entries) or a menu of
 * entries ({@code path} null), in the place of its first entry.
 */
public record NavigationItem(String label, String path, List<NavigationEntry> entries) {

	/** Whether the page at this path is this item or one of its menu's entries. */
	public boolean leadsTo(String currentPath) {
		return currentPath.equals(this.path) || this.entries.stream().anyMatch(e -> e.path().equals(currentPath));
	}

}
