package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A missing message fails here, not on a page (issue 22): both languages have the same
 * keys, and every key a page or the code names literally exists. Keys built at run time
 * (a code's label) are checked by the page crawler, which fails on {@code ??}.
 */
class MessageKeysTest {

	static final Path RESOURCES = Path.of("src/main/resources");

	static Set<String> keys(String bundle) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return new TreeSet<>(p.stringPropertyNames());
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> chinese = keys("messages.properties");
		Set<String> english = keys("messages_en.properties");
		assertThat(chinese).hasSizeGreaterThan(1000);
		Set<String> onlyChinese = new TreeSet<>(chinese);
		onlyChinese.removeAll(english);
		Set<String> onlyEnglish = new TreeSet<>(english);
		onlyEnglish.removeAll(chinese);
		assertThat(onlyChinese).as("keys without English").isEmpty();
		assertThat(onlyEnglish).as("keys without Chinese").isEmpty();
	}

	@Test
	void everyKeyAPageOrTheCodeNamesExists() throws IOException {
		Set<String> known = keys("messages.properties");
		Set<String> missing = new TreeSet<>();
		Pattern inPages = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.-]*)(?=[(}])");
		Pattern inCode = Pattern.compile("getMessage\\(\"([a-zA-Z][a-zA-Z0-9_.-]*[a-zA-Z0-9])\"\\s*[,)]");
		int named = 0;
		for (var place : new Object[][] { { RESOURCES.resolve("templates"), ".html", inPages },
				{ Path.of("src/main/java"), ".java", inCode } }) {
			try (Stream<Path> files = Files.walk((Path) place[0])) {
				for (Path file : files.filter(f -> f.toString().endsWith((String) place[1])).toList()) {
					Matcher m = ((Pattern) place[2]).matcher(Files.readString(file));
					while (m.find()) {
						named++;
						if (!known.contains(m.group(1))) {
							missing.add(m.group(1) + " (" + file.getFileName() + ")");
						}
					}
				}
			}
		}
		assertThat(named).isGreaterThan(1000);
		assertThat(missing).isEmpty();
	}

}
