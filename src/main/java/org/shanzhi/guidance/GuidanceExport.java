package org.shanzhi.guidance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shanzhi.security.Accounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Exports a filtered list of acts to Excel (G7), in the reader's language. */
@Service
public class GuidanceExport {

	public static final int MAX_ROWS = 10_000;

	private final GuidanceActs acts;

	private final Accounts accounts;

	private final MessageSource messages;

	GuidanceExport(GuidanceActs acts, Accounts accounts, MessageSource messages) {
		this.acts = acts;
		this.accounts = accounts;
		this.messages = messages;
	}

	public void export(GuidanceFilter filter, Locale locale, OutputStream out) throws IOException {
		export(filter, null, false, locale, out);
	}

	/**
	 * As {@link #export(GuidanceFilter, Locale, OutputStream)}, in a list page's order.
	 */
	public void export(GuidanceFilter filter, String sort, boolean ascending, Locale locale, OutputStream out)
			throws IOException {
		List<GuidanceActView> rows = acts.all(filter, sort, ascending, MAX_ROWS);
		Map<UUID, String> officers = accounts
			.displayNames(rows.stream().map(GuidanceActView::officerId).distinct().toList());
		String[] headers = { "issuedOn", "documentNumber", "form", "documentForm", "party", "subject", "status",
				"deadline", "officer", "escalatedCase" };
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(text("guidance.title", locale));
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				head.createCell(i).setCellValue(text("guidance.export." + headers[i], locale));
			}
			int r = 1;
			for (GuidanceActView a : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(a.issuedOn().toString());
				row.createCell(1).setCellValue(a.documentNumber() == null ? "" : a.documentNumber());
				row.createCell(2)
					.setCellValue(
							GuidanceForm.isBuiltIn(a.form()) ? text("guidance.form." + a.form(), locale) : a.form());
				row.createCell(3).setCellValue(text("guidance.documentForm." + a.documentForm(), locale));
				row.createCell(4).setCellValue(a.partyName());
				row.createCell(5).setCellValue(a.subject());
				row.createCell(6).setCellValue(text("guidance.status." + a.status(), locale));
				row.createCell(7)
					.setCellValue(a.rectification() == null ? "" : a.rectification().deadline().toString());
				row.createCell(8).setCellValue(officers.getOrDefault(a.officerId(), ""));
				row.createCell(9).setCellValue(a.escalatedCaseId() == null ? "" : a.escalatedCaseId().toString());
			}
			book.write(out);
			book.dispose();
		}
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

}
