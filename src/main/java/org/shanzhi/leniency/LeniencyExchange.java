package org.shanzhi.leniency;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shanzhi.enforcement.HarmLevel;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.Treatment;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.shared.FieldRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Excel import and export of a list version, one entry per row, the conditions in their
 * own columns so that a legal office can prepare a list in a spreadsheet. An import
 * becomes a draft, checked like any other.
 */
@Service
public class LeniencyExchange {

	static final String[] HEADERS = { "序号", "违法行为代码", "法律", "条款", "处理方式", "首违回溯月数", "首违范围", "危害后果上限", "改正期限(日)",
			"决定前改正(是/否)", "承诺书(是/否)", "整改核查(是/否)", "备注", "违法行为名称" };

	static final int MAX_ROWS = 500;

	private final MessageSource messages;

	private final ViolationTypes violationTypes;

	LeniencyExchange(MessageSource messages, ViolationTypes violationTypes) {
		this.messages = messages;
		this.violationTypes = violationTypes;
	}

	/**
	 * Writes a version the caller has read (and so may read), in words: the treatment,
	 * the scope and the harm by their Chinese names (the import reads these and the codes
	 * alike), each violation's title beside its code.
	 */
	public void export(ListVersionView list, OutputStream out) throws IOException {
		java.util.Map<String, String> titles = violationTypes.titles(list.agencyId());
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(list.kind() == ListKind.NO_PENALTY ? "免罚清单" : "从轻减轻处罚清单");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				header.createCell(i).setCellValue(HEADERS[i]);
			}
			int r = 1;
			for (EntryView e : list.entries()) {
				Conditions c = e.conditions();
				Row row = sheet.createRow(r++);
				Object[] values = { e.position(), e.violationCode(), e.legalBasis().law(), e.legalBasis().article(),
						zh(e.treatment()), c.firstOffenceMonths(),
						c.firstOffenceMonths() == null ? null : zh(c.scope()),
						c.maxHarm() == null ? null : zh(c.maxHarm()), c.correctedWithinDays(),
						yesNo(c.correctedBeforeDecision()), yesNo(c.commitmentLetter()),
						yesNo(c.rectificationVerified()), e.notes(), titles.get(e.violationCode()) };
				for (int i = 0; i < values.length; i++) {
					if (values[i] instanceof Integer n) {
						row.createCell(i).setCellValue(n);
					}
					else if (values[i] != null) {
						row.createCell(i).setCellValue(values[i].toString());
					}
				}
			}
			workbook.write(out);
		}
	}

	/**
	 * Reads the entries of a workbook written like {@link #export}; 400 naming the cell
	 * otherwise.
	 */
	public List<EntryInput> read(InputStream in) {
		List<EntryInput> entries = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() == 0 || isBlank(formatter, row)) {
					continue;
				}
				if (entries.size() >= MAX_ROWS) {
					throw new FieldRejectedException("file", "tooManyRows");
				}
				int n = row.getRowNum() + 1;
				String months = text(formatter, row, 5);
				entries.add(new EntryInput(required(formatter, row, 1, n),
						new LegalBasis(required(formatter, row, 2, n), required(formatter, row, 3, n)),
						new Conditions(months.isEmpty() ? null : integer(months, n, 6),
								text(formatter, row, 6).isEmpty() ? null
										: value(Conditions.Scope.class, text(formatter, row, 6), n, 7),
								text(formatter, row, 7).isEmpty() ? null
										: value(HarmLevel.class, text(formatter, row, 7), n, 8),
								text(formatter, row, 8).isEmpty() ? null : integer(text(formatter, row, 8), n, 9),
								yes(text(formatter, row, 9)), yes(text(formatter, row, 10)),
								yes(text(formatter, row, 11))),
						value(Treatment.class, required(formatter, row, 4, n), n, 5),
						text(formatter, row, 12).isEmpty() ? null : text(formatter, row, 12)));
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof FieldRejectedException f) {
				throw f;
			}
			throw new FieldRejectedException("file", "notXlsx");
		}
		return entries;
	}

	private static String yesNo(Boolean b) {
		return Boolean.TRUE.equals(b) ? "是" : null;
	}

	private static Boolean yes(String s) {
		return s.equals("是") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes") ? Boolean.TRUE : null;
	}

	private static boolean isBlank(DataFormatter f, Row row) {
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.BLANK && !f.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String text(DataFormatter f, Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null ? "" : f.formatCellValue(cell).strip();
	}

	private static String required(DataFormatter f, Row row, int column, int rowNumber) {
		String s = text(f, row, column);
		if (s.isEmpty()) {
			throw new FieldRejectedException("row " + rowNumber + ", column " + (column + 1), "required");
		}
		return s;
	}

	private static int integer(String s, int rowNumber, int column) {
		try {
			return Integer.parseInt(s);
		}
		catch (NumberFormatException ex) {
			throw new FieldRejectedException("row " + rowNumber + ", column " + column, "type");
		}
	}

	/** A value by its code or by its name in Chinese or English. */
	private <E extends Enum<E>> E value(Class<E> type, String s, int rowNumber, int column) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equalsIgnoreCase(s) || label(e, Locale.SIMPLIFIED_CHINESE).equals(s)
					|| label(e, Locale.ENGLISH).equalsIgnoreCase(s)) {
				return e;
			}
		}
		throw new FieldRejectedException("row " + rowNumber + ", column " + column, "type");
	}

	private String zh(Enum<?> value) {
		return label(value, Locale.SIMPLIFIED_CHINESE);
	}

	/** The word of a treatment, a first-offence scope or a harm level. */
	private String label(Enum<?> value, Locale locale) {
		String prefix = value instanceof Treatment ? "treatment."
				: value instanceof HarmLevel ? "harm." : "leniency.scope.";
		return messages.getMessage(prefix + value.name(), null, value.name(), locale);
	}

}
