package org.shanzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** {@link PageView#slice}: one page of a list held in memory, checked like every list. */
class PageViewSliceTest {

	private static final List<Integer> FIFTY = IntStream.range(0, 50).boxed().toList();

	@Test
	void defaultsToTheFirstTwenty() {
		PageView<Integer> first = PageView.slice(FIFTY, null, null);
		assertThat(first.items()).containsExactlyElementsOf(FIFTY.subList(0, 20));
		assertThat(first.page()).isZero();
		assertThat(first.size()).isEqualTo(20);
		assertThat(first.total()).isEqualTo(50);
	}

	@Test
	void answersTheRequestedPageTheLastOneShorterAndOnePastTheEndEmpty() {
		assertThat(PageView.slice(FIFTY, 1, 20).items()).containsExactlyElementsOf(FIFTY.subList(20, 40));
		PageView<Integer> last = PageView.slice(FIFTY, 2, 20);
		assertThat(last.items()).containsExactlyElementsOf(FIFTY.subList(40, 50));
		assertThat(last.total()).isEqualTo(50);
		PageView<Integer> past = PageView.slice(FIFTY, 3, 20);
		assertThat(past.items()).isEmpty();
		assertThat(past.page()).isEqualTo(3);
		assertThat(past.total()).isEqualTo(50);
		assertThat(PageView.slice(FIFTY, Integer.MAX_VALUE, 200).items()).isEmpty();
		assertThat(PageView.slice(List.of(), null, null)).isEqualTo(new PageView<>(List.of(), 0, 20, 0));
		assertThat(PageView.slice(FIFTY, 0, 200).items()).containsExactlyElementsOf(FIFTY);
	}

	@Test
	void refusesANegativePageAndASizeOutsideOneTo200NamingTheField() {
		assertThatThrownBy(() -> PageView.slice(FIFTY, -1, 20)).isInstanceOfSatisfying(FieldRejectedException.class,
				e -> assertThat(e.field()).isEqualTo("page"));
		for (int size : new int[] { 0, -5, 201 }) {
			assertThatThrownBy(() -> PageView.slice(FIFTY, 0, size))
				.isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("size"));
		}
		assertThat(PageView.slice(FIFTY, 0, 1).items()).containsExactly(0);
	}

}
