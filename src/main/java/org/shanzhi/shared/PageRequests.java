package org.shanzhi.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Checks the {@code page}/{@code size} parameters of a list request (size at most 200).
 */
public final class PageRequests {

	private PageRequests() {
	}

	public static PageRequest of(Integer page, Integer size, Sort sort) {
		int p = page == null ? 0 : page;
		int s = size == null ? 20 : size;
		if (p < 0) {
			throw new FieldRejectedException("page", "page");
		}
		if (s < 1 || s > PageView.MAX_SIZE) {
			throw new FieldRejectedException("size", "size");
		}
		return PageRequest.of(p, s, sort);
	}

}
