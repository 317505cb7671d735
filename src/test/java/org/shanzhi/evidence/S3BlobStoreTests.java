package org.shanzhi.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shanzhi.evidence.internal.BlobStore;
import org.shanzhi.evidence.internal.S3BlobStore;

/**
 * The S3-compatible store behaves like the local one, against a real S3 API (s3rver, a
 * local S3 implementation installed by .ci/run): content stored under its hash with both
 * hashes, a duplicate not uploaded again, ranges read from an offset, a wrong type or an
 * oversized file leaves nothing in the bucket, deletion. Skipped where s3rver is missing,
 * unless {@code shanzhi.s3-tests=required} (CI).
 */
class S3BlobStoreTests {

	static Process server;

	static S3BlobStore store;

	@BeforeAll
	static void start() throws Exception {
		Path s3rver = Path.of(System.getProperty("shanzhi.s3rver", ".ci/node/node_modules/.bin/s3rver"));
		boolean required = "required".equals(System.getProperty("shanzhi.s3-tests", "auto"));
		if (!Files.isExecutable(s3rver)) {
			if (required) {
				throw new IllegalStateException("s3rver not found at " + s3rver + " (run .ci/run, or npm install)");
			}
			Assumptions.abort("s3rver is not installed");
		}
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Path data = Files.createTempDirectory("s3rver");
		server = new ProcessBuilder(s3rver.toString(), "-d", data.toString(), "-p", Integer.toString(port),
				"--configure-bucket", "evidence", "--silent")
			.redirectErrorStream(true)
			.redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile())
			.start();
		for (int i = 0; i < 100; i++) {
			try (Socket ignored = new Socket("localhost", port)) {
				break;
			}
			catch (java.io.IOException ex) {
				Thread.sleep(100);
			}
		}
		store = new S3BlobStore("http://localhost:" + port, "us-east-1", "evidence", "S3RVER", "S3RVER", true,
				Files.createTempDirectory("spool"));
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.destroy();
		}
	}

	static byte[] video(int size, long seed) {
		byte[] b = new byte[size];
		new Random(seed).nextBytes(b);
		byte[] head = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' };
		System.arraycopy(head, 0, b, 0, head.length);
		return b;
	}

	@Test
	void storesUnderTheHashOnceReadsRangesAndDeletes() throws Exception {
		byte[] content = video(3 * 1024 * 1024 + 17, System.nanoTime());
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		BlobStore.Stored stored = store.store(new ByteArrayInputStream(content), EvidenceKind.VIDEO, 100 << 20);
		assertThat(stored.sha256()).isEqualTo(sha);
		assertThat(stored.sm3()).hasSize(64);
		assertThat(stored.created()).isTrue();
		assertThat(stored.contentType()).isEqualTo("video/mp4");
		assertThat(store.exists(sha)).isTrue();
		assertThat(store.store(new ByteArrayInputStream(content), EvidenceKind.VIDEO, 100 << 20).created()).isFalse();
		try (InputStream in = store.read(sha, 1_000_000)) {
			assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(content, 1_000_000, content.length));
		}
		store.delete(sha);
		assertThat(store.exists(sha)).isFalse();
	}

	@Test
	void aWrongTypeOrAnOversizedFileLeavesNothingInTheBucket() throws Exception {
		byte[] content = video(2 * 1024 * 1024, System.nanoTime());
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		assertThatThrownBy(() -> store.store(new ByteArrayInputStream(content), EvidenceKind.PHOTO, 100 << 20))
			.isInstanceOf(BlobStore.WrongType.class);
		assertThatThrownBy(() -> store.store(new ByteArrayInputStream(content), EvidenceKind.VIDEO, 1 << 20))
			.isInstanceOf(BlobStore.TooLarge.class);
		assertThat(store.exists(sha)).isFalse();
	}

}
