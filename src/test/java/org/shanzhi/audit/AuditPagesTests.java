package org.shanzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;

/**
 * The audit list as people read it: filtered by kind of record, paged, ordered by time,
 * exported in words.
 */
class AuditPagesTests extends IntegrationTest {

	private Document page(String url, String user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theListIsFilteredByKindOfRecordPagedAndOrderedByTime() throws Exception {
		newEnterprise("审计列表企业", "RETAIL");
		Document parties = page("/audit?subjectType=PARTY", "demo-supervisor");
		assertThat(parties.select("#audit-table tbody tr")).isNotEmpty().hasSizeLessThanOrEqualTo(20);
		assertThat(parties.select("#subjectType option[selected]").attr("value")).isEqualTo("PARTY");
		assertThat(parties.select("#page-line").text()).matches("第 1 / \\d+ 页，共 [\\d,]+ 条");
		// newest first by default; the header turns the order round
		List<Long> newest = seqs(parties);
		assertThat(newest).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(parties.select("#sort-time").attr("href")).contains("sort=time,asc").contains("subjectType=PARTY");
		List<Long> oldest = seqs(page("/audit?subjectType=PARTY&sort=time,asc", "demo-supervisor"));
		assertThat(oldest).isSorted();
		assertThat(oldest.get(0)).isLessThan(newest.get(0));
		// a period with nothing in it
		assertThat(page("/audit?from=2001-01-01&to=2001-01-31", "demo-supervisor").select("#audit-table")).isEmpty();
		// the next page follows the filters
		Document all = page("/audit", "demo-supervisor");
		assertThat(all.select("#next-page").attr("href")).contains("page=1");
		assertThat(seqs(page(all.select("#next-page").attr("href"), "demo-supervisor")).get(0))
			.isLessThan(seqs(all).get(seqs(all).size() - 1));
	}

	@Test
	void theExportCarriesTheFilteredEntriesInWords() throws Exception {
		byte[] book = mvc.perform(get("/audit/export.xlsx").param("subjectType", "PARTY").with(as("demo-supervisor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(book))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("时间");
			assertThat(sheet.getLastRowNum()).isPositive();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				assertThat(row.getCell(1).getStringCellValue()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?");
				for (int c = 2; c < row.getLastCellNum(); c++) {
					assertThat(row.getCell(c).getStringCellValue())
						.doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
				}
			}
		}
		mvc.perform(get("/audit/export.xlsx").with(as("demo-officer-amr"))).andExpect(status().isForbidden());
	}

	private static List<Long> seqs(Document page) {
		List<Long> seqs = new ArrayList<>();
		page.select("#audit-table tbody tr").forEach(tr -> seqs.add(Long.parseLong(tr.child(0).text())));
		return seqs;
	}

}
