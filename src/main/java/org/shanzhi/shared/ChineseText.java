package org.shanzhi.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Full-text search in Chinese, the way search engines index CJK text: Lucene's standard
 * tokenizer with its CJK filters cuts Chinese into overlapping pairs of characters
 * (bigrams: 行政指导 → 行政, 政指, 指导), Latin words and numbers into lower-case terms, and folds
 * full-width forms. A record stores the terms of its texts (bigrams and single
 * characters) in a {@code text[]} column with a GIN index; a query's terms (its bigrams,
 * or the single character it is) must all be among them ({@code terms @> query}), which
 * finds any substring of two or more characters without a dictionary that could cut the
 * query differently from the text.
 */
public final class ChineseText {

	/** Terms kept per record: enough for long texts, bounded for the index. */
	public static final int MAX_TERMS = 3000;

	private static final Analyzer RECORDS = analyzer(true);

	private static final Analyzer QUERIES = analyzer(false);

	private ChineseText() {
	}

	/** The distinct terms under which a record with these texts is found. */
	public static List<String> terms(String... texts) {
		return analyse(RECORDS, MAX_TERMS, texts);
	}

	/** The terms a record must have to match the query (at most 50). */
	public static List<String> queryTerms(String query) {
		return analyse(QUERIES, 50, query);
	}

	private static List<String> analyse(Analyzer analyzer, int max, String... texts) {
		Set<String> terms = new LinkedHashSet<>();
		for (String text : texts) {
			if (text == null || text.isBlank()) {
				continue;
			}
			try (TokenStream stream = analyzer.tokenStream("text", text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken() && terms.size() < max) {
					if (term.length() <= 40) {
						terms.add(term.toString());
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

	private static Analyzer analyzer(boolean unigrams) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new CJKWidthFilter(source);
				stream = new LowerCaseFilter(stream);
				stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
						| CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
				return new TokenStreamComponents(source, stream);
			}
		};
	}

}
