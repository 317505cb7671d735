package org.shanzhi.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The checks that what a person reads — a page, a PDF, a spreadsheet, a notice — is in
 * words and in Beijing time: no enum code of the application, no UUID, no time in UTC or
 * ISO form, no year with a thousands separator, no missing message. Used by the page
 * crawler and by the tests of the generated files, which read the files back here.
 */
public final class ForPeople {

	public static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/**
	 * A word in capitals; not a part of a hyphenated code of a catalogue (a violation
	 * type's code such as EXPIRED-FOOD is the agency's own, shown beside its title).
	 */
	public static final Pattern CODE = Pattern
		.compile("(?<![A-Za-z0-9_.-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_-])");

	public static final Pattern UTC_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\bUTC\\b|\\bGMT\\b|[+-]00:00\\b|\\d{2}:\\d{2}(:\\d{2})?Z\\b");

	public static final Pattern GROUPED_YEAR = Pattern.compile("\\b\\d,\\d{3}\\s*年");

	private static Set<String> codes;

	private ForPeople() {
	}

	/**
	 * The enum constants of the application: a person should read their words instead.
	 */
	public static synchronized Set<String> applicationCodes() {
		if (codes == null) {
			var scanner = new ClassPathScanningCandidateComponentProvider(false) {
				@Override
				protected boolean isCandidateComponent(
						org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
					return true;
				}
			};
			scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
			Set<String> found = new TreeSet<>();
			for (var candidate : scanner.findCandidateComponents("org.shanzhi")) {
				Class<?> type;
				try {
					type = Class.forName(candidate.getBeanClassName());
				}
				catch (ClassNotFoundException ex) {
					throw new IllegalStateException(ex);
				}
				if (type.isEnum()) {
					for (Object constant : type.getEnumConstants()) {
						String name = ((Enum<?>) constant).name();
						// a code a person would not read: three or more letters, or with
						// an
						// underscore
						if (name.length() >= 3 || name.contains("_")) {
							found.add(name);
						}
					}
				}
			}
			// abbreviations that are words in Chinese pages too
			found.removeAll(Set.of("PDF", "SMS", "CSV", "URL", "API", "SM3", "SM4", "GPS", "APP"));
			codes = found;
		}
		return codes;
	}

	/** What in the text a person should not have to read; empty when it reads well. */
	public static List<String> problems(String text) {
		List<String> problems = new ArrayList<>();
		if (text.contains("??")) {
			problems.add("a missing message: " + around(text, text.indexOf("??")));
		}
		for (String java : List.of("Ljava", "[L", "java.lang", "Exception")) {
			if (text.contains(java)) {
				problems.add("a Java value: " + around(text, text.indexOf(java)));
			}
		}
		Matcher uuid = UUID_TEXT.matcher(text);
		if (uuid.find()) {
			problems.add("a UUID: " + around(text, uuid.start()));
		}
		Set<String> enumCodes = applicationCodes();
		Matcher code = CODE.matcher(text);
		Set<String> shown = new TreeSet<>();
		while (code.find()) {
			if (enumCodes.contains(code.group())) {
				shown.add(code.group());
			}
		}
		if (!shown.isEmpty()) {
			Matcher first = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(shown.iterator().next())).matcher(text);
			problems.add("codes instead of words " + shown + ": " + (first.find() ? around(text, first.start()) : ""));
		}
		Matcher utc = UTC_TIME.matcher(text);
		if (utc.find()) {
			problems.add("a time not in Beijing time: " + around(text, utc.start()));
		}
		Matcher year = GROUPED_YEAR.matcher(text);
		if (year.find()) {
			problems.add("a year with a separator: " + around(text, year.start()));
		}
		return problems;
	}

	/** Fails naming every problem of the text (what names the file or page). */
	public static void assertReadsWell(String what, String text) {
		List<String> problems = problems(text);
		if (!problems.isEmpty()) {
			throw new AssertionError(what + ": " + String.join("; ", problems));
		}
	}

	/** The text of a PDF, as PDFBox extracts it. */
	public static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new AssertionError("not a PDF", ex);
		}
	}

	/**
	 * Every cell of every sheet of a workbook as a person sees it (formatted), a line per
	 * row, cells separated by tabs; the sheets' names first.
	 */
	public static String xlsxText(byte[] xlsx) {
		StringBuilder text = new StringBuilder();
		DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : book) {
				text.append(sheet.getSheetName()).append('\n');
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(formatter.formatCellValue(cell)).append('\t');
					}
					text.append('\n');
				}
			}
		}
		catch (IOException ex) {
			throw new AssertionError("not a workbook", ex);
		}
		return text.toString();
	}

	public static String around(String text, int at) {
		int from = Math.max(0, at - 40);
		int to = Math.min(text.length(), at + 60);
		return "…" + text.substring(from, to).replace('\n', ' ') + "…";
	}

}
