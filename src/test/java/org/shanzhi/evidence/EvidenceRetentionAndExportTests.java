package org.shanzhi.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.shanzhi.evidence.PackageVerifier;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * Retention: a legal hold blocks deletion (409), so does an unexpired retention;
 * retention only lengthens; deleted after expiry, an item stays as a tombstone whose
 * custody chain ends with the deletion. Export: a zip whose manifests `sha256sum -c` and
 * the jar's verify mode accept, and reject once a file is altered; the export is in the
 * custody chain.
 */
class EvidenceRetentionAndExportTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	String upload(byte[] content, String kind, String filename) throws Exception {
		return body(mvc
			.perform(post("/api/v1/evidence").contentType("application/octet-stream")
				.content(content)
				.param("subjectType", "ENFORCEMENT_CASE")
				.param("subjectId", EvidenceApiTests.amrCase(jdbc))
				.param("kind", kind)
				.param("filename", filename)
				.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isCreated())).get("id").asString();
	}

	@Test
	void aHoldOrAnUnexpiredRetentionBlocksDeletionAndADeletedItemStaysAsATombstone() throws Exception {
		String id = upload(EvidenceApiTests.jpeg(50_000, System.nanoTime()), "PHOTO", "现场.jpg");
		call(post("/api/v1/evidence/" + id + "/legal-hold"), "demo-officer-amr", Map.of("hold", true, "reason", "x"))
			.andExpect(status().isForbidden());
		call(post("/api/v1/evidence/" + id + "/legal-hold"), "demo-head-amr",
				Map.of("hold", true, "reason", "当事人已提起行政诉讼"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.legalHold").value(true));
		jdbc.sql("update evidence.item set retain_until = current_date - 1 where id = :id")
			.param("id", UUID.fromString(id))
			.update();
		mvc.perform(
				delete("/api/v1/evidence/" + id).param("reason", "期满").header("Authorization", bearer("demo-head-amr")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("evidence-on-hold"));
		call(post("/api/v1/evidence/" + id + "/legal-hold"), "demo-head-amr", Map.of("hold", false, "reason", "诉讼终结"))
			.andExpect(status().isOk());
		jdbc.sql("update evidence.item set retain_until = current_date + 10 where id = :id")
			.param("id", UUID.fromString(id))
			.update();
		mvc.perform(
				delete("/api/v1/evidence/" + id).param("reason", "期满").header("Authorization", bearer("demo-head-amr")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("evidence-retained"));
		call(put("/api/v1/evidence/" + id + "/retention"), "demo-head-amr",
				Map.of("retainUntil", "2020-01-01", "reason", "缩短"))
			.andExpect(status().isBadRequest());
		call(put("/api/v1/evidence/" + id + "/retention"), "demo-head-amr",
				Map.of("retainUntil", java.time.LocalDate.now().plusYears(40).toString(), "reason", "案件归档期限"))
			.andExpect(status().isOk());
		jdbc.sql("update evidence.item set retain_until = current_date - 1 where id = :id")
			.param("id", UUID.fromString(id))
			.update();
		JsonNode deleted = body(mvc
			.perform(delete("/api/v1/evidence/" + id).param("reason", "保存期满，经负责人批准删除")
				.header("Authorization", bearer("demo-head-amr")))
			.andExpect(status().isOk()));
		assertThat(deleted.get("deletedAt").isNull()).isFalse();
		assertThat(deleted.get("sha256").asString()).hasSize(64);
		call(get("/api/v1/evidence/" + id + "/content"), "demo-officer-amr", null).andExpect(status().isConflict());
		JsonNode custody = body(call(get("/api/v1/evidence/" + id + "/custody"), "demo-officer-amr", null));
		assertThat(custody.get("intact").asBoolean()).isTrue();
		List<String> actions = new java.util.ArrayList<>();
		custody.get("entries").forEach(e -> actions.add(e.get("action").asString()));
		assertThat(actions).containsExactly("UPLOADED", "HOLD_SET", "HOLD_RELEASED", "RETENTION_CHANGED", "DELETED");
		String sha = deleted.get("sha256").asString();
		assertThat(Path.of("target/test-evidence", sha.substring(0, 2), sha.substring(2, 4), sha)).doesNotExist();
	}

	@Test
	void anExportVerifiesOfflineAndFailsOnceAFileIsAltered() throws Exception {
		String photo = upload(EvidenceApiTests.jpeg(80_000, System.nanoTime()), "PHOTO", "现场照片.jpg");
		String record = upload(("%PDF-1.7\n询问笔录 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), "DOCUMENT",
				"询问笔录.pdf");
		MvcResult started = mvc
			.perform(post("/api/v1/evidence/exports").contentType("application/json")
				.content(toJson(Map.of("itemIds", List.of(photo, record), "purpose", "报送河洛市人民法院（2026）豫1102行初45号")))
				.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] zip = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path dir = Files.createTempDirectory("export");
		Path zipFile = dir.resolveSibling(dir.getFileName() + ".zip");
		Files.write(zipFile, zip);
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				Path target = dir.resolve(e.getName());
				Files.createDirectories(target.getParent());
				Files.write(target, in.readAllBytes());
			}
		}
		assertThat(verify(dir.toString())).isZero();
		assertThat(verify(zipFile.toString())).isZero();
		assertThat(new ProcessBuilder("sha256sum", "-c", "manifest.sha256").directory(dir.toFile())
			.redirectErrorStream(true)
			.start()
			.waitFor()).isZero();
		assertThat(body(call(get("/api/v1/evidence/" + photo + "/custody"), "demo-officer-amr", null)).toString())
			.contains("EXPORTED");

		Path first = Files.list(dir.resolve("files")).sorted().findFirst().orElseThrow();
		byte[] b = Files.readAllBytes(first);
		b[b.length / 2] ^= 1;
		Files.write(first, b);
		assertThat(verify(dir.toString())).isEqualTo(1);
		assertThat(new ProcessBuilder("sha256sum", "-c", "manifest.sha256").directory(dir.toFile())
			.redirectErrorStream(true)
			.start()
			.waitFor()).isNotZero();

		// manifests rewritten to match the altered file: still refused, against the
		// hashes
		// recorded at upload in the custody chain
		org.shanzhi.evidence.internal.Digests d = new org.shanzhi.evidence.internal.Digests();
		d.update(b, 0, b.length);
		String[] h = d.finish();
		String name = "files/" + first.getFileName();
		for (String manifest : List.of("manifest.sha256", "manifest.sm3")) {
			String hash = manifest.endsWith("sha256") ? h[0] : h[1];
			List<String> lines = Files.readAllLines(dir.resolve(manifest))
				.stream()
				.map(l -> l.endsWith("  " + name) ? hash + "  " + name : l)
				.toList();
			Files.write(dir.resolve(manifest), lines);
		}
		assertThat(new ProcessBuilder("sha256sum", "-c", "manifest.sha256").directory(dir.toFile())
			.redirectErrorStream(true)
			.start()
			.waitFor()).isZero();
		assertThat(verify(dir.toString())).isEqualTo(1);
	}

	static int verify(String path) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		return PackageVerifier.run(new String[] { path }, new PrintStream(out, true, StandardCharsets.UTF_8));
	}

}
