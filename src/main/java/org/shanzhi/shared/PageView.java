package org.shanzhi.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** One page of a list, as the API answers it: {@code {"items","page","size","total"}}. */
public record PageView<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 200;

	/** Appended to the summary of an endpoint answering a list. */
	public static final String ONE_PAGE = "; one page {items, page, size, total} (size ≤ 200, default 20)";

	public <R> PageView<R> map(Function<T, R> mapper) {
		return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
	}

	public static <T> PageView<T> of(org.springframework.data.domain.Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
	}

	/**
	 * The requested page of a list held whole in memory: {@code page} (default 0) and
	 * {@code size} (default 20, at most {@value #MAX_SIZE}) checked as
	 * {@link PageRequests#of} does (400 naming the field); a page past the end is empty;
	 * {@code total} is the whole list's size.
	 */
	public static <T> PageView<T> slice(List<T> all, Integer page, Integer size) {
		PageRequest request = PageRequests.of(page, size, Sort.unsorted());
		long from = Math.min(request.getOffset(), all.size());
		long to = Math.min(from + request.getPageSize(), all.size());
		return new PageView<>(new ArrayList<>(all.subList((int) from, (int) to)), request.getPageNumber(),
				request.getPageSize(), all.size());
	}

	/**
	 * Every row of a list read page after page of {@value #MAX_SIZE} (an export), up to
	 * {@link ListExport#MAX_ROWS}: {@code pageAt} answers the page of that number.
	 */
	public static <T> List<T> allPages(java.util.function.IntFunction<PageView<T>> pageAt) {
		List<T> rows = new ArrayList<>();
		for (int p = 0; rows.size() < ListExport.MAX_ROWS; p++) {
			PageView<T> one = pageAt.apply(p);
			rows.addAll(one.items());
			if (one.items().size() < MAX_SIZE) {
				break;
			}
		}
		return rows;
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}
}
