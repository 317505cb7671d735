package org.shanzhi.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;

/**
 * Evidence through the API: uploads as multipart and as a streamed body, hashed and
 * stored once per content; a file not of its declared kind (415) or over the maximum
 * (413) leaves nothing behind; the content served with HTTP Range (206, 416); every view
 * in the custody chain; verification passes, and reports a file with one byte flipped;
 * another agency sees nothing.
 */
class EvidenceApiTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	static byte[] jpeg(int size, long seed) {
		byte[] b = new byte[size];
		new Random(seed).nextBytes(b);
		b[0] = (byte) 0xFF;
		b[1] = (byte) 0xD8;
		b[2] = (byte) 0xFF;
		return b;
	}

	static String sha256(byte[] b) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
	}

	/** A case of the market bureau, the demo officer's agency. */
	static String amrCase(JdbcClient jdbc) {
		return jdbc.sql("""
				select c.id from enforcement.enforcement_case c
				join directory.agency a on a.id = c.agency_id where a.name = '河洛市市场监督管理局'
				order by c.created_at limit 1
				""").query(String.class).single();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from evidence." + table).query(Long.class).single();
	}

	@Test
	void anUploadIsHashedStoredOnceServedWithRangesAndLoggedInItsCustodyChain() throws Exception {
		UUID kase = UUID.fromString(amrCase(jdbc));
		byte[] photo = jpeg(300_000, System.nanoTime());
		JsonNode item = body(mvc
			.perform(multipart("/api/v1/evidence").file(new MockMultipartFile("file", "现场照片.jpg", "image/jpeg", photo))
				.param("subjectType", "ENFORCEMENT_CASE")
				.param("subjectId", kase.toString())
				.param("kind", "PHOTO")
				.param("capturedAt", "2026-11-20T09:30:00+08:00")
				.param("deviceId", "执法记录仪-0731")
				.param("location", "河洛市东城区人民路 12 号")
				.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isCreated()));
		assertThat(item.get("sha256").asString()).isEqualTo(sha256(photo));
		assertThat(item.get("sm3").asString()).hasSize(64);
		assertThat(item.get("size").asLong()).isEqualTo(photo.length);
		assertThat(item.get("contentType").asString()).isEqualTo("image/jpeg");
		String id = item.get("id").asString();

		// the same content streamed again: a second item, the blob kept once
		long blobs = count("blob");
		JsonNode again = body(mvc
			.perform(post("/api/v1/evidence").contentType("application/octet-stream")
				.content(photo)
				.param("subjectType", "ENFORCEMENT_CASE")
				.param("subjectId", amrCase(jdbc))
				.param("kind", "PHOTO")
				.param("filename", "同一张照片.jpg")
				.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isCreated()));
		assertThat(again.get("sha256").asString()).isEqualTo(sha256(photo));
		assertThat(count("blob")).isEqualTo(blobs);

		// ranges
		byte[] part = mvc
			.perform(get("/api/v1/evidence/" + id + "/content").header("Range", "bytes=100-199")
				.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes 100-199/" + photo.length))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(part).isEqualTo(java.util.Arrays.copyOfRange(photo, 100, 200));
		mvc.perform(get("/api/v1/evidence/" + id + "/content").header("Range", "bytes=" + photo.length + "-")
			.header("Authorization", bearer("demo-officer-amr"))).andExpect(status().isRequestedRangeNotSatisfiable());
		assertThat(mvc
			.perform(get("/api/v1/evidence/" + id + "/content").param("download", "true")
				.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(photo);

		JsonNode custody = body(call(get("/api/v1/evidence/" + id + "/custody"), "demo-officer-amr", null));
		assertThat(custody.get("intact").asBoolean()).isTrue();
		assertThat(custody.get("entries").toString()).contains("UPLOADED").contains("VIEWED").contains("DOWNLOADED");
		assertThat(body(call(get("/api/v1/evidence").param("subjectType", "ENFORCEMENT_CASE")
			.param("subjectId", kase.toString())
			.param("size", "200"), "demo-officer-amr", null)).get("items").findValuesAsString("id")).contains(id);

		// another agency does not see it
		call(get("/api/v1/evidence/" + id), "demo-officer-eco", null).andExpect(status().isNotFound());
		call(get("/api/v1/evidence/" + id + "/content"), "demo-officer-eco", null).andExpect(status().isNotFound());
		call(get("/api/v1/evidence/" + id), "demo-supervisor", null).andExpect(status().isOk());
	}

	@Test
	void verificationReportsAFileWithOneByteFlipped() throws Exception {
		byte[] pdf = ("%PDF-1.7\n" + "现场检查笔录 ".repeat(2000) + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
		JsonNode item = body(mvc
			.perform(post("/api/v1/evidence").contentType("application/octet-stream")
				.content(pdf)
				.param("subjectType", "ENFORCEMENT_CASE")
				.param("subjectId", amrCase(jdbc))
				.param("kind", "DOCUMENT")
				.param("filename", "检查笔录-" + UUID.randomUUID() + ".pdf")
				.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isCreated()));
		String id = item.get("id").asString();
		call(post("/api/v1/evidence/" + id + "/verify"), "demo-officer-amr", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		String sha = item.get("sha256").asString();
		Path stored = Path.of("target/test-evidence", sha.substring(0, 2), sha.substring(2, 4), sha);
		stored.toFile().setWritable(true);
		try (RandomAccessFile f = new RandomAccessFile(stored.toFile(), "rw")) {
			f.seek(5000);
			int b = f.read();
			f.seek(5000);
			f.write(b ^ 0x01);
		}
		call(post("/api/v1/evidence/" + id + "/verify"), "demo-officer-amr", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.sha256").value(sha));
		assertThat(body(call(get("/api/v1/evidence/" + id), "demo-officer-amr", null)).get("state").asString())
			.isEqualTo("ALTERED");
		// the file goes missing
		Files.delete(stored);
		call(post("/api/v1/evidence/" + id + "/verify"), "demo-officer-amr", null)
			.andExpect(jsonPath("$.intact").value(false));
		assertThat(body(call(get("/api/v1/evidence/" + id), "demo-officer-amr", null)).get("state").asString())
			.isEqualTo("MISSING");
	}

	@Test
	void aWrongTypeOrAnOversizedFileLeavesNothingBehind() throws Exception {
		long items = count("item");
		long blobs = count("blob");
		byte[] pdf = "%PDF-1.4\nnot a photo".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(post("/api/v1/evidence").contentType("application/octet-stream")
			.content(pdf)
			.param("subjectType", "ENFORCEMENT_CASE")
			.param("subjectId", amrCase(jdbc))
			.param("kind", "PHOTO")
			.header("Authorization", bearer("demo-officer-amr"))).andExpect(status().isUnsupportedMediaType());
		mvc.perform(post("/api/v1/evidence").contentType("application/octet-stream")
			.content(jpeg(21 * 1024 * 1024, 3))
			.param("subjectType", "ENFORCEMENT_CASE")
			.param("subjectId", amrCase(jdbc))
			.param("kind", "PHOTO")
			.header("Authorization", bearer("demo-officer-amr"))).andExpect(status().isContentTooLarge());
		mvc.perform(post("/api/v1/evidence").contentType("application/octet-stream")
			.content(jpeg(1000, 4))
			.param("subjectId", amrCase(jdbc))
			.param("kind", "PHOTO")
			.header("Authorization", bearer("demo-officer-amr"))).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/evidence").contentType("application/octet-stream")
			.content(jpeg(1000, 5))
			.param("subjectType", "ENFORCEMENT_CASE")
			.param("subjectId", amrCase(jdbc))
			.param("kind", "PHOTO")
			.header("Authorization", bearer("demo-public"))).andExpect(status().isForbidden());
		// a record that does not exist, or another agency's, takes no evidence
		mvc.perform(post("/api/v1/evidence").contentType("application/octet-stream")
			.content(jpeg(1000, 6))
			.param("subjectType", "ENFORCEMENT_CASE")
			.param("subjectId", UUID.randomUUID().toString())
			.param("kind", "PHOTO")
			.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subjectId"));
		mvc.perform(post("/api/v1/evidence").contentType("application/octet-stream")
			.content(jpeg(1000, 7))
			.param("subjectType", "ENFORCEMENT_CASE")
			.param("subjectId", amrCase(jdbc))
			.param("kind", "PHOTO")
			.header("Authorization", bearer("demo-officer-eco"))).andExpect(status().isBadRequest());
		assertThat(count("item")).isEqualTo(items);
		assertThat(count("blob")).isEqualTo(blobs);
		try (var files = Files.list(Path.of("target/test-evidence/tmp"))) {
			assertThat(files.count()).isZero();
		}
	}

}
