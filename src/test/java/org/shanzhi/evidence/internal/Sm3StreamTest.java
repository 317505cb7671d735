package org.shanzhi.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * SM3 by OpenSSL's child process and by Bouncy Castle: both give GB/T 32905-2016's test
 * vectors, and the same digest of any content however it is cut into parts; a command
 * that is not OpenSSL is refused at the first use and Bouncy Castle's SM3 is used.
 */
class Sm3StreamTest {

	static String digest(Sm3Stream s, byte[] data, int[] cuts) {
		try (s) {
			int from = 0;
			for (int cut : cuts) {
				int to = Math.min(data.length, from + cut);
				s.update(data, from, to - from);
				from = to;
			}
			s.update(data, from, data.length - from);
			return HexFormat.of().formatHex(s.digest());
		}
	}

	@Test
	void bothGiveTheStandardsTestVectors() {
		Assumptions.assumeTrue(Sm3Stream.openSslAvailable(), "openssl with SM3 is not installed");
		byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
		byte[] abcd16 = "abcd".repeat(16).getBytes(StandardCharsets.US_ASCII);
		String example2 = "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732";
		assertThat(digest(Sm3Stream.bouncyCastle(), abc, new int[0])).isEqualTo(Sm3Stream.ABC);
		assertThat(digest(Sm3Stream.open(), abc, new int[] { 1 })).isEqualTo(Sm3Stream.ABC);
		assertThat(digest(Sm3Stream.bouncyCastle(), abcd16, new int[] { 7, 30 })).isEqualTo(example2);
		assertThat(digest(Sm3Stream.open(), abcd16, new int[] { 63 })).isEqualTo(example2);
		assertThat(Sm3Stream.open()).isInstanceOf(Sm3Stream.OpenSsl.class);
	}

	@Test
	void bothGiveTheSameDigestOfAnyContentInAnyParts() {
		Assumptions.assumeTrue(Sm3Stream.openSslAvailable(), "openssl with SM3 is not installed");
		qt().withExamples(40)
			.forAll(integers().between(0, 300_000), integers().between(1, 70_000), integers().all())
			.checkAssert((size, part, seed) -> {
				byte[] data = new byte[size];
				Random random = new Random(seed);
				random.nextBytes(data);
				int[] cuts = new int[size / part];
				for (int i = 0; i < cuts.length; i++) {
					cuts[i] = 1 + random.nextInt(part);
				}
				assertThat(digest(Sm3Stream.open(), data, cuts))
					.isEqualTo(digest(Sm3Stream.bouncyCastle(), data, new int[0]));
			});
	}

	@Test
	void aCommandThatIsNotOpenSslWithSm3IsNotUsedAndBouncyCastleHashesInstead() {
		assertThatThrownBy(() -> new Sm3Stream.OpenSsl("/nonexistent/openssl"))
			.isInstanceOf(IllegalStateException.class);
		try (Sm3Stream wrong = new Sm3Stream.OpenSsl("true")) {
			assertThatThrownBy(wrong::digest).isInstanceOf(IllegalStateException.class);
		}
		byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
		try {
			for (String binary : new String[] { "/nonexistent/openssl", "true", "none" }) {
				Sm3Stream.configure(binary);
				assertThat(Sm3Stream.openSslAvailable()).as(binary).isFalse();
				Sm3Stream s = Sm3Stream.open();
				assertThat(s).as(binary).isInstanceOf(Sm3Stream.BouncyCastle.class);
				assertThat(digest(s, abc, new int[0])).isEqualTo(Sm3Stream.ABC);
			}
		}
		finally {
			Sm3Stream.configure("openssl");
		}
	}

}
