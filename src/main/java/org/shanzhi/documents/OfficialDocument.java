package org.shanzhi.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * An official document to print: the issuing agency (发文机关), the kind of document as its
 * title (e.g. 行政指导书), its number (发文字号), the addressee (主送), the body in sections, and
 * the agency and date that sign it (落款). Every text is escaped when rendered.
 *
 * @param agencyName the issuing agency, printed in red above the header line
 * @param title the kind of document, e.g. 行政指导书
 * @param number the document number, e.g. 河市监指〔2026〕0001号; may be {@code null}
 * @param addressee who the document is addressed to, e.g. the party's name
 * @param sections the body; a section without heading is plain paragraphs
 * @param signedOn the date of the document
 * @param note a note printed at the foot (e.g. the non-binding nature of guidance)
 */
public record OfficialDocument(String agencyName, String title, String number, String addressee, List<Section> sections,
		LocalDate signedOn, String note) {

	public OfficialDocument {
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	/**
	 * A part of the body: an optional heading, its paragraphs, and an optional bar chart
	 * printed after them.
	 */
	public record Section(String heading, List<String> paragraphs, List<Bar> bars) {

		public Section {
			paragraphs = paragraphs == null ? List.of()
					: paragraphs.stream().filter(p -> p != null && !p.isBlank()).toList();
			bars = bars == null ? List.of() : List.copyOf(bars);
		}

		public Section(String heading, List<String> paragraphs) {
			this(heading, paragraphs, List.of());
		}

		public static Section of(String heading, String... paragraphs) {
			return new Section(heading, List.of(paragraphs));
		}

	}

	/**
	 * A row of a section's bar chart: a share in percent (0–100) and the same share of
	 * the period before, either {@code null} when there is none.
	 */
	public record Bar(String label, Double value, Double previous) {

		public Bar {
			value = clamp(value);
			previous = clamp(previous);
		}

		private static Double clamp(Double v) {
			return v == null ? null : Math.max(0, Math.min(100, v));
		}

	}

}
