package org.shanzhi.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * An upload's file holds exactly the bytes written, whatever the size of its last part:
 * with direct I/O on the build's disk (padding cut off), and through the page cache where
 * there is no direct I/O.
 */
class UploadFileTest {

	static final int PART = 64 * 1024;

	static byte[] written(Path dir, byte[] data, boolean direct) throws Exception {
		Path temp = Files.createTempFile(dir, "upload-", ".part");
		try {
			try (UploadFile out = UploadFile.open(temp, PART, direct)) {
				assertThat(out.direct()).as("direct I/O on " + dir).isEqualTo(direct);
				for (int from = 0; from < data.length; from += PART) {
					int length = Math.min(PART, data.length - from);
					out.write(Arrays.copyOfRange(data, from, from + length), length);
				}
				out.finish();
			}
			return Files.readAllBytes(temp);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Test
	void theFileHoldsExactlyTheBytesWrittenWithDirectIo() throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "upload-file-test"));
		qt().withExamples(30)
			.forAll(integers().between(0, 5 * PART + 100), integers().all())
			.checkAssert((size, seed) -> {
				byte[] data = new byte[size];
				new Random(seed).nextBytes(data);
				try {
					assertThat(written(dir, data, true)).isEqualTo(data);
				}
				catch (Exception ex) {
					throw new AssertionError(ex);
				}
			});
	}

	@Test
	void withoutDirectIoTheFileIsWrittenThroughThePageCache() throws Exception {
		byte[] data = new byte[2 * PART + 777];
		new Random(7).nextBytes(data);
		assertThat(written(Files.createDirectories(Path.of("target", "upload-file-test")), data, false))
			.isEqualTo(data);
	}

}
