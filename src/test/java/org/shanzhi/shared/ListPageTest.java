package org.shanzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shared list's query, search, order and paging, without a web request. */
class ListPageTest {

	record Row(String name, LocalDate on, Integer count) {
	}

	static final ListColumns<Row> COLUMNS = ListColumns.of(Row.class)
		.text("name", "x.name", Row::name)
		.time("on", "x.on", "yyyy-MM-dd", Row::on)
		.number("count", "x.count", Row::count)
		.plain("note", "x.note", r -> "");

	@Test
	void aQueryKeepsOnlyKnownSortableColumnsAndFallsBackToTheDefault() {
		assertThat(ListQuery.parse(" 张 ", "name,desc", 2, COLUMNS, null))
			.isEqualTo(new ListQuery("张", "name", false, 2));
		// a column's own first direction: times newest first, text A to Z
		assertThat(ListQuery.parse(null, "on", null, COLUMNS, null)).isEqualTo(new ListQuery(null, "on", false, 0));
		assertThat(ListQuery.parse(null, "name", null, COLUMNS, null)).isEqualTo(new ListQuery(null, "name", true, 0));
		// unknown, unsortable or malformed: the default order; a negative page: the first
		assertThat(ListQuery.parse("", "drop table", -3, COLUMNS, "on,asc"))
			.isEqualTo(new ListQuery(null, "on", true, 0));
		assertThat(ListQuery.parse(null, "note,asc", 0, COLUMNS, null).sort()).isNull();
		assertThat(ListQuery.parse(null, "name,sideways", 0, COLUMNS, null).sort()).isNull();
		assertThat(ListQuery.parse("x".repeat(300), null, 0, COLUMNS, null).q()).hasSize(ListQuery.MAX_SEARCH);
	}

	@Test
	void aSearchTextIsMatchedLiterallyInSql() {
		assertThat(new ListQuery("50%_a\\b", null, true, 0).likePattern()).isEqualTo("%50\\%\\_a\\\\b%");
		assertThat(new ListQuery(null, null, true, 0).likePattern()).isNull();
	}

	@Test
	void aListHeldWholeIsSearchedSortedWithEmptyValuesLastAndCutIntoPages() {
		List<Row> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 45; i++) {
			rows.add(new Row("甲" + i, LocalDate.of(2026, 1, 1).plusDays(i), i % 3 == 0 ? null : i));
		}
		rows.add(new Row("乙", LocalDate.of(2025, 1, 1), 7));
		ListPage<Row> first = ListPage.inMemory(rows, COLUMNS, ListQuery.parse(null, "on", null, COLUMNS, null),
				Row::name, "/x/export.xlsx");
		assertThat(first.getTotal()).isEqualTo(46);
		assertThat(first.getPageCount()).isEqualTo(3);
		assertThat(first.getItems()).hasSize(ListPage.PAGE_SIZE);
		assertThat(first.getItems().get(0).name()).isEqualTo("甲44");
		assertThat(first.isHasNext()).isTrue();
		assertThat(first.isHasPrevious()).isFalse();
		assertThat(first.ariaSort("on")).isEqualTo("descending");
		assertThat(first.ariaSort("name")).isEqualTo("none");

		ListPage<Row> third = ListPage.inMemory(rows, COLUMNS, ListQuery.parse(null, "on,desc", 2, COLUMNS, null),
				Row::name, null);
		assertThat(third.getItems()).hasSize(6);
		assertThat(third.getItems().get(5).name()).isEqualTo("乙");
		assertThat(third.isExportable()).isFalse();

		List<Row> byCount = ListPage.arrange(rows, COLUMNS, ListQuery.parse(null, "count,asc", 0, COLUMNS, null),
				Row::name);
		assertThat(byCount.get(0).count()).isEqualTo(1);
		assertThat(byCount.get(byCount.size() - 1).count()).isNull();
		List<Row> byCountDown = ListPage.arrange(rows, COLUMNS, ListQuery.parse(null, "count", 0, COLUMNS, null),
				Row::name);
		assertThat(byCountDown.get(0).count()).isEqualTo(44);
		assertThat(byCountDown.get(byCountDown.size() - 1).count()).isNull();

		assertThat(ListPage.arrange(rows, COLUMNS, ListQuery.parse("乙", null, 0, COLUMNS, null), Row::name))
			.extracting(Row::name)
			.containsExactly("乙");
	}

}
