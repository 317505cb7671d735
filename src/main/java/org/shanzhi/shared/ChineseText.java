package org.shanzhi.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Full-text search in Chinese: Lucene's SmartChineseAnalyzer cuts a text into words (and
 * Latin words and numbers into lower-case terms), the same way for the records and for
 * the query. A record stores its terms in a {@code text[]} column with a GIN index; a
 * query matches the records that contain all its terms ({@code terms @> query}).
 */
public final class ChineseText {

	/** Terms kept per record: enough for long texts, bounded for the index. */
	public static final int MAX_TERMS = 2000;

	private static final Analyzer ANALYZER = new SmartChineseAnalyzer(true);

	private ChineseText() {
	}

	/** The distinct search terms of the texts, in order of appearance. */
	public static List<String> terms(String... texts) {
		Set<String> terms = new LinkedHashSet<>();
		for (String text : texts) {
			if (text == null || text.isBlank()) {
				continue;
			}
			try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken() && terms.size() < MAX_TERMS) {
					String t = term.toString();
					if (!t.isBlank() && t.length() <= 40) {
						terms.add(t);
					}
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return List.copyOf(terms);
	}

}
