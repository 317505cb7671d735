package org.shanzhi.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list page as people expect it: one page of rows with the columns it shows, what the
 * reader searched for, the column it is sorted by and in which direction, and the links
 * of the column headers, the pager and the Excel export — each keeping the reader's other
 * filters. The page's own template shows the rows; {@code fragments/list.html} shows the
 * search box, the sortable headers, the pager and the export button from this.
 *
 * <p>
 * Rows are either searched, sorted and cut into a page by the module's query (the module
 * receives {@link ListQuery}) or, for a list held whole, by {@link #inMemory}.
 */
public final class ListPage<T> {

	/** Rows per page on the pages. */
	public static final int PAGE_SIZE = 20;

	private final PageView<T> rows;

	private final ListColumns<T> columns;

	private final ListQuery query;

	private final String exportPath;

	private final UriComponentsBuilder here;

	private ListPage(PageView<T> rows, ListColumns<T> columns, ListQuery query, String exportPath) {
		this.rows = rows;
		this.columns = columns;
		this.query = query;
		this.exportPath = exportPath;
		this.here = currentRequest().replaceQueryParam("page");
	}

	/** The path and query of the request being answered, as the browser sent them. */
	private static UriComponentsBuilder currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			UriComponentsBuilder here = UriComponentsBuilder.fromPath(request.getRequestURI());
			request.getParameterMap().forEach((name, values) -> {
				if (!name.startsWith("_")) {
					here.queryParam(name, (Object[]) values);
				}
			});
			return here;
		}
		return UriComponentsBuilder.fromPath("/");
	}

	/**
	 * A page the module's query already searched, sorted and cut by {@code query};
	 * {@code exportPath} the page's Excel download ({@code null}: none).
	 */
	public static <T> ListPage<T> of(PageView<T> rows, ListColumns<T> columns, ListQuery query, String exportPath) {
		return new ListPage<>(rows, columns, query, exportPath);
	}

	/**
	 * A list held whole: rows whose searchable words contain the search text (any case),
	 * sorted by the chosen column's value (empty values last), one page of
	 * {@value #PAGE_SIZE}.
	 */
	public static <T> ListPage<T> inMemory(List<T> all, ListColumns<T> columns, ListQuery query,
			Function<T, String> searchable, String exportPath) {
		return new ListPage<>(PageView.slice(arrange(all, columns, query, searchable), query.page(), PAGE_SIZE),
				columns, query, exportPath);
	}

	/** The whole list searched and sorted as {@link #inMemory} does, for its export. */
	public static <T> List<T> arrange(List<T> all, ListColumns<T> columns, ListQuery query,
			Function<T, String> searchable) {
		List<T> kept = new ArrayList<>();
		String needle = query.q() == null ? null : query.q().toLowerCase(Locale.ROOT);
		for (T row : all) {
			String words = needle == null ? null : searchable.apply(row);
			if (needle == null || (words != null && words.toLowerCase(Locale.ROOT).contains(needle))) {
				kept.add(row);
			}
		}
		ListColumns.Column<T> by = columns.column(query.sort());
		if (by != null) {
			Comparator<T> order = Comparator.comparing(row -> sortable(by.value().apply(row)),
					Comparator.nullsLast(Comparator.naturalOrder()));
			if (!query.ascending()) {
				order = Comparator.comparing((T row) -> sortable(by.value().apply(row)),
						Comparator.nullsLast(Comparator.<Comparable<Object>>naturalOrder().reversed()));
			}
			kept.sort(order);
		}
		return kept;
	}

	@SuppressWarnings("unchecked")
	private static Comparable<Object> sortable(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> e) {
			return (Comparable<Object>) (Comparable<?>) e.name();
		}
		if (value instanceof Comparable<?> c) {
			return (Comparable<Object>) c;
		}
		return (Comparable<Object>) (Comparable<?>) value.toString();
	}

	public List<T> getItems() {
		return rows.items();
	}

	public PageView<T> getRows() {
		return rows;
	}

	public List<ListColumns.Column<T>> getColumns() {
		return columns.all();
	}

	/** The column of the key. */
	public ListColumns.Column<T> column(String key) {
		return columns.column(key);
	}

	public ListQuery getQuery() {
		return query;
	}

	public boolean isEmpty() {
		return rows.items().isEmpty();
	}

	/** Page number as people count, from 1. */
	public int getPageNumber() {
		return rows.page() + 1;
	}

	public int getPageCount() {
		return Math.max(rows.totalPages(), 1);
	}

	public long getTotal() {
		return rows.total();
	}

	public boolean isHasPrevious() {
		return rows.page() > 0;
	}

	public boolean isHasNext() {
		return rows.page() + 1 < rows.totalPages();
	}

	public String getPreviousLink() {
		return pageLink(rows.page() - 1);
	}

	public String getNextLink() {
		return pageLink(rows.page() + 1);
	}

	private String pageLink(int page) {
		UriComponentsBuilder link = here.cloneBuilder();
		if (page > 0) {
			link.replaceQueryParam("page", page);
		}
		return link.build().encode().toUriString();
	}

	/** Whether the list is sorted by the column. */
	public boolean sortedBy(String key) {
		return key.equals(query.sort());
	}

	/** {@code ascending}, {@code descending} or {@code none}, for {@code aria-sort}. */
	public String ariaSort(String key) {
		return !sortedBy(key) ? "none" : query.ascending() ? "ascending" : "descending";
	}

	/**
	 * The header's link: the column in the other direction when the list is sorted by it,
	 * else the column in its first direction; the first page.
	 */
	public String sortLink(String key) {
		ListColumns.Column<T> column = columns.column(key);
		boolean ascending = sortedBy(key) ? !query.ascending() : column == null || column.ascendingFirst();
		return here.cloneBuilder()
			.replaceQueryParam("sort", key + (ascending ? ",asc" : ",desc"))
			.build()
			.encode()
			.toUriString();
	}

	/** The sort parameter of the list as shown ({@code null} when it has none). */
	public String getSortSpec() {
		return query.sort() == null ? null : query.sort() + (query.ascending() ? ",asc" : ",desc");
	}

	public boolean isExportable() {
		return exportPath != null;
	}

	/** The Excel download of the whole list as searched, filtered and sorted now. */
	public String getExportLink() {
		if (exportPath == null) {
			return null;
		}
		String params = here.build().encode().getQuery();
		return exportPath + (params == null || params.isEmpty() ? "" : "?" + params);
	}

}
