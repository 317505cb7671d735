package org.shanzhi.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadInfo;

import org.shanzhi.evidence.EvidenceItems;
import org.shanzhi.evidence.EvidenceKind;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.FieldRejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resumable uploads of large evidence (the tus protocol, 1.0.0, through tus-java-server):
 * {@code POST /api/v1/evidence/uploads} with {@code Upload-Length} and
 * {@code Upload-Metadata} (subjectType, subjectId, kind, filename, and optionally
 * capturedAt, deviceId, location and the file's sha256) creates an upload;
 * {@code PATCH}es send the bytes from {@code Upload-Offset}, and after a dropped
 * connection {@code HEAD} tells where to resume. When the last byte arrives the file is
 * streamed into the evidence store like any upload, the answer carries
 * {@code Evidence-Location}, and the partial upload is removed. An upload belongs to the
 * account that began it; if the declared sha256 does not match what arrived (a resume
 * with another file), nothing is kept (409).
 */
@RestController
class ResumableUploadController {

	static final String BASE = "/api/v1/evidence/uploads";

	private final TusFileUploadService tus;

	private final EvidenceItems items;

	private final Actors actors;

	ResumableUploadController(EvidenceItems items, Actors actors,
			@Value("${shanzhi.evidence.dir:./data/evidence}") Path dir,
			@Value("${shanzhi.evidence.max-size:8GB}") DataSize maxSize) throws IOException {
		Path uploads = dir.resolve("tus");
		// the library's cleanup lists both before the first upload would have made them
		Files.createDirectories(uploads.resolve("locks"));
		Files.createDirectories(uploads.resolve("uploads"));
		this.tus = new TusFileUploadService().withUploadUri(BASE)
			.withStoragePath(uploads.toAbsolutePath().toString())
			.withMaxUploadSize(maxSize.toBytes())
			.withUploadExpirationPeriod(7L * 24 * 3600 * 1000);
		this.items = items;
		this.actors = actors;
	}

	@RequestMapping(value = { BASE, BASE + "/{id}" }, method = { RequestMethod.POST, RequestMethod.PATCH,
			RequestMethod.HEAD, RequestMethod.DELETE, RequestMethod.OPTIONS })
	void tus(HttpServletRequest request, HttpServletResponse response) throws IOException, TusException {
		Actor actor = actors.require(EvidenceItems.UPLOADERS);
		String owner = actor.accountId().toString();
		if ("POST".equals(request.getMethod())) {
			// refuse an upload whose description is incomplete before a byte is sent
			meta(new UploadInfo(request).getMetadata());
		}
		tus.process(request, response, owner);
		if (!"PATCH".equals(request.getMethod()) || response.getStatus() >= 300) {
			return;
		}
		String uri = request.getRequestURI();
		UploadInfo info = tus.getUploadInfo(uri, owner);
		if (info == null || info.isUploadInProgress()) {
			return;
		}
		try (InputStream in = tus.getUploadedBytes(uri, owner)) {
			Map<String, String> metadata = info.getMetadata();
			EvidenceItems.EvidenceView view = items.upload(meta(metadata), in, metadata.get("sha256"));
			response.setHeader("Evidence-Location", "/api/v1/evidence/" + view.id());
		}
		catch (RuntimeException ex) {
			// the protocol's 204 (and its empty length) gives way to the refusal's
			// problem
			if (!response.isCommitted()) {
				response.reset();
			}
			throw ex;
		}
		finally {
			tus.deleteUpload(uri, owner);
		}
	}

	/** Removes the partial uploads whose expiry passed. */
	void cleanup() {
		try {
			tus.cleanup();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static EvidenceItems.Upload meta(Map<String, String> m) {
		try {
			return new EvidenceItems.Upload(
					m.get("subjectType") == null ? null : EvidenceItems.SubjectType.valueOf(m.get("subjectType")),
					m.get("subjectId") == null ? null : UUID.fromString(m.get("subjectId")),
					m.get("kind") == null ? null : EvidenceKind.valueOf(m.get("kind")), m.get("filename"),
					m.get("capturedAt") == null ? null : OffsetDateTime.parse(m.get("capturedAt")), m.get("deviceId"),
					m.get("location"));
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw new FieldRejectedException("Upload-Metadata", "invalid");
		}
	}

}
