package org.shanzhi.risk;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shanzhi.directory.Agencies;
import org.shanzhi.guidance.GuidanceForm;
import org.shanzhi.guidance.GuidanceForms;
import org.shanzhi.shared.PeopleTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Exports a filtered list of early warnings to Excel, in the reader's language: names and
 * words, never codes; times in Asia/Shanghai.
 */
@Service
public class RiskWarningExport {

	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final RiskWarnings warnings;

	private final Agencies agencies;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final GuidanceForms forms;

	RiskWarningExport(RiskWarnings warnings, Agencies agencies, MessageSource messages, java.time.Clock clock,
			GuidanceForms forms) {
		this.forms = forms;
		this.warnings = warnings;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	public void export(RiskWarnings.Filter filter, String sort, Locale locale, OutputStream out) throws IOException {
		List<RiskWarnings.WarningView> rows = warnings.all(filter, sort);
		Map<UUID, String> agencyNames = agencies.names();
		LocalDate today = LocalDate.now(clock.withZone(PeopleTime.ZONE));
		String[] headers = { "party", "reason", "grade", "status", "openedAt", "expiresOn", "overdue", "proposed",
				"outcome", "form", "note", "handledAt", "agency" };
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(text("risk.warningList", locale));
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				head.createCell(i).setCellValue(text("risk.warningExport." + headers[i], locale));
			}
			int r = 1;
			for (RiskWarnings.WarningView w : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(w.partyName() == null ? "" : w.partyName());
				row.createCell(1).setCellValue(text("risk.warningReason." + w.reason(), locale));
				row.createCell(2).setCellValue(w.grade() == null ? "" : text("risk.grade." + w.grade(), locale));
				row.createCell(3).setCellValue(text("risk.warningStatus." + w.status(), locale));
				row.createCell(4).setCellValue(PeopleTime.format(w.openedAt()));
				row.createCell(5).setCellValue(PeopleTime.format(w.expiresOn()));
				row.createCell(6).setCellValue(w.overdue(today) ? text("common.yes", locale) : "");
				row.createCell(7)
					.setCellValue(form(w.agencyId(), w.proposedForm(), locale) + "：" + w.proposedMeasures());
				row.createCell(8)
					.setCellValue(w.interventionOutcome() == null ? ""
							: text("risk.warningOutcome." + w.interventionOutcome(), locale));
				row.createCell(9).setCellValue(form(w.agencyId(), w.interventionForm(), locale));
				row.createCell(10).setCellValue(w.interventionNote() == null ? "" : w.interventionNote());
				row.createCell(11).setCellValue(PeopleTime.format(w.handledAt()));
				row.createCell(12).setCellValue(agencyNames.getOrDefault(w.agencyId(), ""));
			}
			book.write(out);
			book.dispose();
		}
	}

	private String form(UUID agencyId, String code, Locale locale) {
		if (code == null) {
			return "";
		}
		if (GuidanceForm.isBuiltIn(code)) {
			return text("guidance.form." + code, locale);
		}
		return forms.find(agencyId, code).map(GuidanceForms.FormInfo::name).orElse(code);
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

}
