package org.shanzhi.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.PageView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Excel (xlsx) exchange of the party directory: an import that takes every valid row and
 * reports each refused one with the field and the reason, and an export of a search (ID
 * numbers masked). Columns: kind, name, identifier (resident ID or credit code),
 * category, address, phone.
 */
@Service
public class PartyExchange {

	public static final int MAX_ROWS = 5000;

	static final String[] HEADER_KEYS = { "party.kind", "party.name", "party.identifier", "party.category",
			"party.address", "party.phone" };

	private final Parties parties;

	private final Actors actors;

	private final Validator validator;

	private final MessageSource messages;

	PartyExchange(Parties parties, Actors actors, Validator validator, MessageSource messages) {
		this.parties = parties;
		this.actors = actors;
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * Each row is registered in its own transaction: a refused row never blocks the
	 * others.
	 */
	public PartyImportReport importXlsx(InputStream in) {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.ADMIN);
		Locale locale = LocaleContextHolder.getLocale();
		List<PartyImportReport.RefusedRow> refused = new ArrayList<>();
		int imported = 0;
		int rows = 0;
		Set<String> seen = new HashSet<>();
		DataFormatter fmt = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() == 0 || isEmpty(row, fmt)) {
					continue;
				}
				rows++;
				int number = row.getRowNum() + 1;
				if (rows > MAX_ROWS) {
					throw new FieldRejectedException("file", "tooManyRows");
				}
				String kindText = text(row, 0, fmt);
				String name = text(row, 1, fmt);
				String identifier = text(row, 2, fmt).toUpperCase(Locale.ROOT);
				PartyKind kind = parseKind(kindText);
				if (kind == null) {
					refused.add(new PartyImportReport.RefusedRow(number, name, "kind",
							msg("shanzhi.validation.kind", locale)));
					continue;
				}
				PartyCategory category = parseCategory(text(row, 3, fmt));
				if (category == null) {
					refused.add(new PartyImportReport.RefusedRow(number, name, "category",
							msg("shanzhi.validation.category", locale)));
					continue;
				}
				RegisterPartyCommand command = new RegisterPartyCommand(kind, name,
						kind == PartyKind.PERSON ? identifier : null,
						kind == PartyKind.ORGANIZATION ? identifier : null, category, text(row, 4, fmt),
						text(row, 5, fmt));
				Set<ConstraintViolation<RegisterPartyCommand>> violations = validator.validate(command);
				if (!violations.isEmpty()) {
					Map<String, String> sorted = new TreeMap<>();
					violations.forEach(v -> sorted.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
					var first = sorted.entrySet().iterator().next();
					refused.add(new PartyImportReport.RefusedRow(number, name, first.getKey(), first.getValue()));
					continue;
				}
				if (!seen.add(kind + ":" + identifier)) {
					refused.add(new PartyImportReport.RefusedRow(number, name, "identifier",
							msg("shanzhi.validation.duplicateInFile", locale)));
					continue;
				}
				try {
					parties.register(command);
					imported++;
				}
				catch (FieldRejectedException ex) {
					refused.add(new PartyImportReport.RefusedRow(number, name, ex.field(),
							msg("shanzhi.validation." + ex.code(), locale)));
				}
				catch (RuleViolationException ex) {
					refused.add(new PartyImportReport.RefusedRow(number, name, "identifier",
							messages.getMessage("shanzhi.rule." + ex.rule(), ex.getDetailMessageArguments(), locale)));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof FieldRejectedException f) {
				throw f;
			}
			if (ex instanceof org.springframework.security.access.AccessDeniedException a) {
				throw a;
			}
			throw new FieldRejectedException("file", "notXlsx");
		}
		return new PartyImportReport(rows, imported, refused);
	}

	/**
	 * Writes the parties matching {@code q} (all when blank); resident IDs stay masked.
	 */
	public void exportXlsx(String q, OutputStream out) throws IOException {
		exportXlsx(q, null, true, out);
	}

	/**
	 * As {@link #exportXlsx(String, OutputStream)} in a list page's order
	 * ({@link Parties#SORTS}).
	 */
	public void exportXlsx(String q, String sort, boolean ascending, OutputStream out) throws IOException {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN);
		Locale locale = LocaleContextHolder.getLocale();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(msg("party.list", locale));
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER_KEYS.length; i++) {
				header.createCell(i).setCellValue(msg(HEADER_KEYS[i], locale));
			}
			int r = 1;
			int page = 0;
			PageView<PartyView> batch;
			do {
				batch = parties.search(q, sort, ascending, page++, PageView.MAX_SIZE);
				for (PartyView p : batch.items()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(msg("party.kind." + p.kind(), locale));
					row.createCell(1).setCellValue(p.name());
					row.createCell(2).setCellValue(p.identifier());
					row.createCell(3).setCellValue(msg("party.category." + p.category(), locale));
					row.createCell(4).setCellValue(p.address() == null ? "" : p.address());
					row.createCell(5).setCellValue(p.phone() == null ? "" : p.phone());
				}
			}
			while (batch.page() + 1 < batch.totalPages());
			workbook.write(out);
			workbook.dispose();
		}
	}

	PartyKind parseKind(String text) {
		String t = text.strip();
		for (PartyKind k : PartyKind.values()) {
			if (k.name().equalsIgnoreCase(t) || label("party.kind." + k, Locale.SIMPLIFIED_CHINESE).equals(t)
					|| label("party.kind." + k, Locale.ENGLISH).equalsIgnoreCase(t)) {
				return k;
			}
		}
		return null;
	}

	PartyCategory parseCategory(String text) {
		String t = text.strip();
		for (PartyCategory c : PartyCategory.values()) {
			if (c.name().equalsIgnoreCase(t) || label("party.category." + c, Locale.SIMPLIFIED_CHINESE).equals(t)
					|| label("party.category." + c, Locale.ENGLISH).equalsIgnoreCase(t)) {
				return c;
			}
		}
		return null;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String text(Row row, int i, DataFormatter fmt) {
		Cell cell = row.getCell(i);
		return cell == null ? "" : fmt.formatCellValue(cell).strip();
	}

	private static boolean isEmpty(Row row, DataFormatter fmt) {
		for (int i = 0; i < 6; i++) {
			if (!text(row, i, fmt).isEmpty()) {
				return false;
			}
		}
		return true;
	}

}
