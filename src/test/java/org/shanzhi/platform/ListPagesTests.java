package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;

/**
 * Every list page built on the shared list (issue 22, item 5) offers what people expect
 * of a list — a search or filter form, headers that sort with {@code aria-sort}, where
 * the reader is among the pages, and an Excel export of the list as filtered — and the
 * export is in words: no identifiers, no codes.
 */
class ListPagesTests extends IntegrationTest {

	static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{2,}");

	/** Each list page and a reader who may read it. */
	static final Map<String, String> LISTS = Map.ofEntries(Map.entry("/mediation", "demo-mediator"),
			Map.entry("/guidance", "demo-officer-amr"), Map.entry("/parties", "demo-officer-amr"),
			Map.entry("/audit", "demo-supervisor"), Map.entry("/joint", "demo-officer-amr"),
			Map.entry("/agencies", "demo-supervisor"), Map.entry("/violation-types", "demo-officer-amr"),
			Map.entry("/guidance/follow-ups", "demo-officer-amr"), Map.entry("/joint/referrals", "demo-head-amr"),
			Map.entry("/hall/applications", "demo-officer-amr"), Map.entry("/risk/warnings", "demo-officer-amr"),
			Map.entry("/admin/accounts", "demo-admin"), Map.entry("/cases", "demo-officer-amr"));

	@Test
	void everyListPageSearchesSortsPagesAndExportsInWords() throws Exception {
		for (var list : LISTS.entrySet()) {
			Document page = Jsoup.parse(mvc.perform(get(list.getKey()).with(as(list.getValue())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select("main form[method=get]")).as(list.getKey() + ": a search or filter form")
				.isNotEmpty();
			assertThat(page.select("#page-line").text()).as(list.getKey() + ": where the reader is")
				.matches("第 \\d+ / \\d+ 页，共 [\\d,]+ 条");
			if (!page.select("table").isEmpty()) {
				assertThat(page.select("th[aria-sort] a.sort-link")).as(list.getKey() + ": sortable headers")
					.isNotEmpty();
				String sorted = page.select("a.sort-link").first().attr("href");
				mvc.perform(get(sorted).with(as(list.getValue()))).andExpect(status().isOk());
			}
			String export = page.select("#export").attr("href");
			assertThat(export).as(list.getKey() + ": an export").contains("export.xlsx");
			byte[] book = mvc.perform(get(export).with(as(list.getValue())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book))) {
				for (Row row : workbook.getSheetAt(0)) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING) {
							String text = cell.getStringCellValue();
							assertThat(UUID.matcher(text).find()).as(list.getKey() + " export: " + text).isFalse();
							assertThat(CODE.matcher(text).matches()).as(list.getKey() + " export: " + text).isFalse();
						}
					}
				}
			}
		}
	}

}
