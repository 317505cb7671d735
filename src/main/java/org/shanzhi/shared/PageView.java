package org.shanzhi.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as the API answers it: {@code {"items","page","size","total"}}. */
public record PageView<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 200;

	public <R> PageView<R> map(Function<T, R> mapper) {
		return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
	}

	public static <T> PageView<T> of(org.springframework.data.domain.Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}
}
