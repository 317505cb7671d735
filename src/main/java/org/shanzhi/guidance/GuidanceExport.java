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
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.security.Accounts;
import org.shanzhi.shared.PeopleTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Exports a filtered list of acts to Excel (G7), in the reader's language: every code as
 * its word from the message bundles, an agency's own form by its name, the escalated case
 * by its number, dates as Beijing dates.
 */
@Service
public class GuidanceExport {

	public static final int MAX_ROWS = 10_000;

	private final GuidanceActs acts;

	private final Accounts accounts;

	private final MessageSource messages;

	private final GuidanceForms forms;

	private final EnforcementCases cases;

	GuidanceExport(GuidanceActs acts, Accounts accounts, MessageSource messages, GuidanceForms forms,
			EnforcementCases cases) {
		this.acts = acts;
		this.accounts = accounts;
		this.messages = messages;
		this.forms = forms;
		this.cases = cases;
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
		Map<String, String> formNames = new java.util.HashMap<>();
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(text("guidance.title", locale));
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				head.createCell(i).setCellValue(text("guidance.export." + headers[i], locale));
			}
			int r = 1;
			for (GuidanceActView a : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(PeopleTime.format(a.issuedOn()));
				row.createCell(1).setCellValue(a.documentNumber() == null ? "" : a.documentNumber());
				row.createCell(2)
					.setCellValue(formNames.computeIfAbsent(a.agencyId() + "/" + a.form(), k -> formName(a, locale)));
				row.createCell(3).setCellValue(text("guidance.documentForm." + a.documentForm(), locale));
				row.createCell(4).setCellValue(a.partyName());
				row.createCell(5).setCellValue(a.subject());
				row.createCell(6).setCellValue(text("guidance.status." + a.status(), locale));
				row.createCell(7)
					.setCellValue(a.rectification() == null ? "" : PeopleTime.format(a.rectification().deadline()));
				row.createCell(8).setCellValue(officers.getOrDefault(a.officerId(), ""));
				row.createCell(9)
					.setCellValue(a.escalatedCaseId() == null ? "" : caseNumber(a.escalatedCaseId(), locale));
			}
			book.write(out);
			book.dispose();
		}
	}

	/** A built-in form by its word, an agency's own form by the name it was given. */
	private String formName(GuidanceActView a, Locale locale) {
		if (GuidanceForm.isBuiltIn(a.form())) {
			return text("guidance.form." + a.form(), locale);
		}
		return forms.find(a.agencyId(), a.form()).map(GuidanceForms.FormInfo::name).orElse(a.form());
	}

	/** The case's number; "yes" when the reader may not see the case. */
	private String caseNumber(UUID caseId, Locale locale) {
		try {
			String number = cases.get(caseId).number();
			return number == null ? text("common.yes", locale) : number;
		}
		catch (RuntimeException notVisible) {
			return text("common.yes", locale);
		}
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

}
