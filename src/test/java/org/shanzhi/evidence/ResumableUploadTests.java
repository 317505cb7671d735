package org.shanzhi.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Resumable uploads over a real connection (tus 1.0.0): the connection is cut half-way
 * through the bytes; HEAD tells how much arrived; the rest is sent from there and the
 * file stored is exactly the original. An upload resumed with another file's bytes, whose
 * declared SHA-256 therefore does not match, is refused and leaves nothing.
 */
class ResumableUploadTests extends IntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	static String metadata(Map<String, String> m) {
		return m.entrySet()
			.stream()
			.map(e -> e.getKey() + " "
					+ Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
			.collect(Collectors.joining(","));
	}

	static byte[] video(int size, long seed) {
		byte[] b = new byte[size];
		new Random(seed).nextBytes(b);
		byte[] head = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' };
		System.arraycopy(head, 0, b, 0, head.length);
		return b;
	}

	String create(byte[] file, String declaredSha) throws Exception {
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("subjectType", "ENFORCEMENT_CASE");
		meta.put("subjectId", EvidenceApiTests.amrCase(jdbc));
		meta.put("kind", "VIDEO");
		meta.put("filename", "执法记录仪-现场.mp4");
		meta.put("deviceId", "DSJ-0731");
		meta.put("sha256", declaredSha);
		HttpResponse<Void> created = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/evidence/uploads"))
			.header("Authorization", bearer("demo-officer-amr"))
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", Integer.toString(file.length))
			.header("Upload-Metadata", metadata(meta))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(created.statusCode()).isEqualTo(201);
		return URI.create(base()).resolve(created.headers().firstValue("Location").orElseThrow()).getPath();
	}

	String base() {
		return "http://localhost:" + port;
	}

	long offset(String path) throws Exception {
		HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", bearer("demo-officer-amr"))
			.header("Tus-Resumable", "1.0.0")
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.discarding());
		return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
	}

	/**
	 * Sends the bytes from {@code from}, cutting the connection after {@code cutAfter}.
	 */
	void cutPatch(String path, byte[] file, int from, int cutAfter) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			String headers = "PATCH " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: "
					+ bearer("demo-officer-amr") + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: " + from
					+ "\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: " + (file.length - from)
					+ "\r\n\r\n";
			out.write(headers.getBytes(StandardCharsets.US_ASCII));
			out.write(file, from, cutAfter);
			out.flush();
			Thread.sleep(500);
			socket.setSoLinger(true, 0);
		}
		Thread.sleep(500);
	}

	HttpResponse<String> patch(String path, byte[] file, int from) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", bearer("demo-officer-amr"))
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Offset", Integer.toString(from))
			.header("Content-Type", "application/offset+octet-stream")
			.method("PATCH", HttpRequest.BodyPublishers.ofByteArray(file, from, file.length - from))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void anUploadCutHalfWayResumesWhereItStoppedAndStoresTheExactFile() throws Exception {
		byte[] file = video(6 * 1024 * 1024, 11);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		String path = create(file, sha);
		cutPatch(path, file, 0, file.length / 2);
		long arrived = offset(path);
		assertThat(arrived).isPositive().isLessThanOrEqualTo(file.length / 2);
		HttpResponse<String> done = patch(path, file, (int) arrived);
		assertThat(done.statusCode()).isEqualTo(204);
		String location = done.headers().firstValue("Evidence-Location").orElseThrow();
		JsonNodeHolder item = new JsonNodeHolder(
				body(call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(location),
						"demo-officer-amr", null)));
		assertThat(item.node.get("sha256").asString()).isEqualTo(sha);
		assertThat(item.node.get("size").asLong()).isEqualTo(file.length);
		assertThat(item.node.get("deviceId").asString()).isEqualTo("DSJ-0731");
		// the partial upload is gone
		HttpResponse<Void> gone = http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", bearer("demo-officer-amr"))
			.header("Tus-Resumable", "1.0.0")
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(gone.statusCode()).isEqualTo(404);
	}

	@Test
	void anUploadResumedWithAnotherFileIsRefusedAndLeavesNothing() throws Exception {
		byte[] file = video(2 * 1024 * 1024, 21);
		byte[] other = video(2 * 1024 * 1024, 22);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		long items = jdbc.sql("select count(*) from evidence.item").query(Long.class).single();
		String path = create(file, sha);
		cutPatch(path, file, 0, file.length / 3);
		long arrived = offset(path);
		HttpResponse<String> resumed = patch(path, other, (int) arrived);
		assertThat(resumed.statusCode()).isEqualTo(409);
		assertThat(resumed.body()).contains("evidence-hash-mismatch");
		assertThat(jdbc.sql("select count(*) from evidence.item").query(Long.class).single()).isEqualTo(items);
		// another account cannot touch the upload
		HttpResponse<Void> foreign = http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", bearer("demo-head-amr"))
			.header("Tus-Resumable", "1.0.0")
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(foreign.statusCode()).isEqualTo(404);
	}

	record JsonNodeHolder(tools.jackson.databind.JsonNode node) {
	}

}
