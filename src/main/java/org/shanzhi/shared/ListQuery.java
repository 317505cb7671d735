package org.shanzhi.shared;

import java.util.Locale;

/**
 * What a reader asked of a list page: a search text (trimmed, at most 100 characters,
 * {@code null} for none), the column to sort by and its direction ({@code null}: the
 * list's own order) and the page from 0. An unknown column or a malformed order falls
 * back to the list's default, as a page must never fail on an old link.
 */
public record ListQuery(String q, String sort, boolean ascending, int page) {

	public static final int MAX_SEARCH = 100;

	/**
	 * The query from the request's {@code q}, {@code sort} ({@code column} or
	 * {@code column,asc|desc}) and {@code page}; {@code defaultSort} (same form, may be
	 * {@code null}) where none or an unknown column is asked for.
	 */
	public static ListQuery parse(String q, String sort, Integer page, ListColumns<?> columns, String defaultSort) {
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > MAX_SEARCH) {
			text = text.substring(0, MAX_SEARCH);
		}
		int p = page == null || page < 0 ? 0 : Math.min(page, 100_000);
		ListQuery asked = order(text, sort, p, columns);
		if (asked != null) {
			return asked;
		}
		ListQuery fallback = order(text, defaultSort, p, columns);
		return fallback != null ? fallback : new ListQuery(text, null, true, p);
	}

	private static ListQuery order(String q, String sort, int page, ListColumns<?> columns) {
		if (sort == null || sort.isBlank()) {
			return null;
		}
		String[] parts = sort.strip().split(",", -1);
		if (parts.length > 2) {
			return null;
		}
		ListColumns.Column<?> column = columns.column(parts[0].strip());
		if (column == null || !column.sortable()) {
			return null;
		}
		boolean ascending = column.ascendingFirst();
		if (parts.length == 2) {
			String direction = parts[1].strip().toLowerCase(Locale.ROOT);
			if (!direction.equals("asc") && !direction.equals("desc")) {
				return null;
			}
			ascending = direction.equals("asc");
		}
		return new ListQuery(q, column.key(), ascending, page);
	}

	/** The text to search for as a SQL {@code like} pattern ({@code %text%}), escaped. */
	public String likePattern() {
		if (q == null) {
			return null;
		}
		return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
