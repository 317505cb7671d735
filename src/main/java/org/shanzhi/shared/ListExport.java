package org.shanzhi.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;

/**
 * A list page's Excel download: the same columns as the page, their labels and every code
 * in the reader's language, times in Beijing time, numbers as numbers — the whole list as
 * searched, filtered and sorted on the page, not only the page shown.
 */
public final class ListExport {

	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The most rows an export carries. */
	public static final int MAX_ROWS = 50_000;

	private ListExport() {
	}

	/**
	 * Sends the rows as {@code name}{@code .xlsx} (the name in the reader's language, its
	 * sheet titled the same).
	 */
	public static <T> void send(HttpServletResponse response, MessageSource messages, String titleKey,
			ListColumns<T> columns, Collection<T> rows) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		String title = messages.getMessage(titleKey, null, titleKey, locale);
		response.setContentType(MEDIA_TYPE);
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment()
					.filename(title + "-" + PeopleTime.today() + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString());
		write(response.getOutputStream(), messages, locale, title, columns, rows);
	}

	/** Writes the workbook. */
	public static <T> void write(OutputStream out, MessageSource messages, Locale locale, String title,
			ListColumns<T> columns, Collection<T> rows) throws IOException {
		List<ListColumns.Column<T>> all = columns.all();
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(sheetName(title));
			Row head = sheet.createRow(0);
			for (int i = 0; i < all.size(); i++) {
				head.createCell(i).setCellValue(messages.getMessage(all.get(i).label(), null, locale));
			}
			int r = 1;
			for (T item : rows) {
				if (r > MAX_ROWS) {
					break;
				}
				Row row = sheet.createRow(r++);
				for (int i = 0; i < all.size(); i++) {
					put(row.createCell(i), all.get(i), all.get(i).value().apply(item), messages, locale);
				}
			}
			book.write(out);
			book.dispose();
		}
	}

	/** A cell's words, as the page shows them. */
	public static <T> String words(ListColumns.Column<T> column, Object value, MessageSource messages, Locale locale) {
		if (value == null) {
			return "";
		}
		if (column.words() != null) {
			String code = value instanceof Enum<?> e ? e.name() : value.toString();
			return messages.getMessage(column.words() + code, null, code, locale);
		}
		if (value instanceof Boolean b) {
			return messages.getMessage(b ? "common.yes" : "common.no", null, locale);
		}
		if (value instanceof LocalDate date) {
			return column.pattern() == null ? date.toString() : PeopleTime.format(date, column.pattern());
		}
		if (value instanceof Temporal || value instanceof LocalDateTime || value instanceof java.util.Date) {
			return PeopleTime.format(value, column.pattern() == null ? PeopleTime.DATE_TIME : column.pattern());
		}
		if (value instanceof Collection<?> items) {
			return String.join("、", items.stream().map(String::valueOf).toList());
		}
		return value.toString();
	}

	private static <T> void put(Cell cell, ListColumns.Column<T> column, Object value, MessageSource messages,
			Locale locale) {
		if (value instanceof Number n && column.words() == null) {
			cell.setCellValue(n.doubleValue());
		}
		else {
			cell.setCellValue(words(column, value, messages, locale));
		}
	}

	/** Excel's sheet names: at most 31 characters, none of {@code []:*?/\}. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
		return name.length() > 31 ? name.substring(0, 31) : name;
	}

}
