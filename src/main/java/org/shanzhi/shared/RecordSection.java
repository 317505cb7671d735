package org.shanzhi.shared;

import java.util.Set;

/**
 * A section that a module adds to another module's record page, contributed as a bean
 * (like {@link NavigationEntry}): the page loads {@code path} with the record's id in
 * place of {@code {id}} (an htmx fragment), so the page's module need not know the
 * contributing one. {@code subjectType} is the page's kind of record ({@code PARTY},
 * {@code ENFORCEMENT_CASE}, {@code DASHBOARD}, ...); {@code label} a message code;
 * {@code roles} the roles that see it (empty: everyone signed in).
 */
public record RecordSection(String subjectType, String label, String path, int order, Set<String> roles) {

	public String pathFor(Object id) {
		return path.replace("{id}", String.valueOf(id));
	}

}
