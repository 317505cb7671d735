package org.shanzhi.platform.web;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.RecordSection;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in actor, the navigation bar of the entries they may use and the record
 * sections they may see into every page's model.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class NavigationAdvice {

	private final List<NavigationEntry> entries;

	private final List<RecordSection> sections;

	private final Actors actors;

	NavigationAdvice(List<NavigationEntry> entries, List<RecordSection> sections, Actors actors) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
		this.sections = sections.stream().sorted(Comparator.comparingInt(RecordSection::order)).toList();
		this.actors = actors;
	}

	/** The sections other modules add to record pages, those the actor may see. */
	@ModelAttribute("recordSections")
	List<RecordSection> recordSections() {
		Optional<Actor> actor = actors.currentIfAny();
		if (actor.isEmpty()) {
			return List.of();
		}
		return sections.stream().filter(s -> mayUse(s.roles(), actor.get())).toList();
	}

	@ModelAttribute("me")
	Actor me() {
		return actors.currentIfAny().orElse(null);
	}

	/**
	 * The citizen or enterprise signed in, for the portal's layout on every page of
	 * theirs.
	 */
	@ModelAttribute("signedIn")
	Actor signedIn() {
		return actors.currentIfAny().filter(Actor::isPublic).orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI();
	}

	/** The navigation bar: the actor's entries, those of a group as one menu. */
	@ModelAttribute("navigationMenu")
	List<NavigationItem> navigationMenu() {
		List<NavigationEntry> visible = navigation();
		Map<String, List<NavigationEntry>> byGroup = new LinkedHashMap<>();
		for (NavigationEntry entry : visible) {
			byGroup.computeIfAbsent(entry.group() == null ? entry.path() : entry.group(), g -> new ArrayList<>())
				.add(entry);
		}
		List<NavigationItem> items = new ArrayList<>();
		byGroup.forEach((key, entries) -> {
			NavigationEntry first = entries.get(0);
			items.add(first.group() == null || entries.size() == 1
					? new NavigationItem(first.label(), first.path(), List.of())
					: new NavigationItem(first.group(), null, List.copyOf(entries)));
		});
		return items;
	}

	/** The entries the actor may use, in their order. */
	/**
	 * One step of the breadcrumbs: a message code, and where it leads ({@code null}: here
	 * or a menu).
	 */
	public record Crumb(String label, String path) {
	}

	/**
	 * Where the page sits: home, the menu and the entry whose address the page's address
	 * starts with (the longest such), the entry a link when the page lies below it. Empty
	 * on the home page and for pages outside the navigation.
	 */
	@ModelAttribute("breadcrumbs")
	List<Crumb> breadcrumbs(jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		NavigationEntry best = null;
		for (NavigationEntry entry : navigation()) {
			String p = entry.path();
			if (!"/".equals(p) && (path.equals(p) || path.startsWith(p + "/"))
					&& (best == null || p.length() > best.path().length())) {
				best = entry;
			}
		}
		if (best == null) {
			return List.of();
		}
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(new Crumb("nav.home", "/"));
		if (best.group() != null) {
			crumbs.add(new Crumb(best.group(), null));
		}
		crumbs.add(new Crumb(best.label(), path.equals(best.path()) ? null : best.path()));
		return crumbs;
	}

	private List<NavigationEntry> navigation() {
		Optional<Actor> actor = actors.currentIfAny();
		if (actor.isEmpty()) {
			return List.of();
		}
		return entries.stream().filter(e -> mayUse(e.roles(), actor.get())).toList();
	}

	/** No roles named: everyone signed in; else one of them. */
	private static boolean mayUse(java.util.Set<String> roles, Actor actor) {
		return roles.isEmpty() || actor.roles().stream().anyMatch(a -> roles.contains(a.name()));
	}

}
