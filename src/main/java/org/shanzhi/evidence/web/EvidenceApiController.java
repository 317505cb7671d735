package org.shanzhi.evidence.web;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Parameter;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.shanzhi.evidence.EvidenceItems;
import org.shanzhi.evidence.EvidenceKind;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.PageView;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence API (E1): upload (a small file as multipart, a large one streamed as the
 * request body), the items of a record, the content with HTTP Range for seeking, the
 * custody chain, and verification.
 */
@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "evidence")
class EvidenceApiController {

	private final EvidenceItems items;

	private final org.shanzhi.evidence.EvidenceExports exports;

	EvidenceApiController(EvidenceItems items, org.shanzhi.evidence.EvidenceExports exports) {
		this.items = items;
		this.exports = exports;
	}

	record ExportBody(List<UUID> itemIds, String purpose) {
	}

	@Operation(summary = "Export items for a court or reconsideration: a zip with manifests and custody chains")
	@PostMapping("/exports")
	ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> export(
			@Valid @RequestBody ExportBody body) {
		var p = exports.prepare(body.itemIds(), body.purpose());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename("evidence-export-" + java.time.LocalDate.now() + ".zip")
						.build()
						.toString())
			.body(out -> exports.write(p, out));
	}

	@Operation(summary = "Attach a small file as multipart → 201 {id, sha256, sm3, size}")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EvidenceItems.EvidenceView> uploadMultipart(@RequestPart("file") MultipartFile file,
			@Parameter(required = true) @RequestParam(required = false) EvidenceItems.SubjectType subjectType,
			@Parameter(required = true) @RequestParam(required = false) UUID subjectId,
			@Parameter(required = true) @RequestParam(required = false) EvidenceKind kind,
			@RequestParam(required = false) OffsetDateTime capturedAt, @RequestParam(required = false) String deviceId,
			@RequestParam(required = false) String location) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return created(items.upload(new EvidenceItems.Upload(subjectType, subjectId, kind,
					file.getOriginalFilename(), capturedAt, deviceId, location), in));
		}
	}

	@Operation(summary = "Attach a file of any size streamed as the request body (application/octet-stream)")
	@PostMapping(consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	ResponseEntity<EvidenceItems.EvidenceView> uploadStream(HttpServletRequest request,
			@Parameter(required = true) @RequestParam(required = false) EvidenceItems.SubjectType subjectType,
			@Parameter(required = true) @RequestParam(required = false) UUID subjectId,
			@Parameter(required = true) @RequestParam(required = false) EvidenceKind kind,
			@RequestParam(required = false) String filename, @RequestParam(required = false) OffsetDateTime capturedAt,
			@RequestParam(required = false) String deviceId, @RequestParam(required = false) String location)
			throws IOException {
		try (InputStream in = request.getInputStream()) {
			return created(items.upload(
					new EvidenceItems.Upload(subjectType, subjectId, kind, filename, capturedAt, deviceId, location),
					in));
		}
	}

	@GetMapping
	PageView<EvidenceItems.EvidenceView> of(
			@Parameter(required = true) @RequestParam(required = false) EvidenceItems.SubjectType subjectType,
			@Parameter(required = true) @RequestParam(required = false) UUID subjectId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		if (subjectType == null || subjectId == null) {
			throw new FieldRejectedException(subjectType == null ? "subjectType" : "subjectId", "required");
		}
		return PageView.slice(items.of(subjectType, subjectId), page, size);
	}

	@GetMapping("/{id}")
	EvidenceItems.EvidenceView item(@PathVariable UUID id) {
		return items.get(id);
	}

	@Operation(summary = "The content (HTTP Range supported; ?download=true as an attachment); logged")
	@GetMapping("/{id}/content")
	ResponseEntity<Resource> content(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download,
			@RequestHeader(value = "Range", required = false) String range) {
		return ContentResponses.of(items.content(id, download, range), download);
	}

	@GetMapping("/{id}/custody")
	EvidenceItems.Custody custody(@PathVariable UUID id) {
		return items.custody(id);
	}

	@Operation(summary = "Recompute the file's hashes and compare → {intact: true|false}")
	@PostMapping("/{id}/verify")
	EvidenceItems.Verification verify(@PathVariable UUID id) {
		return items.verify(id);
	}

	record HoldBody(boolean hold, String reason) {
	}

	@Operation(summary = "Set or release a legal hold, with the reason (AGENCY_HEAD, LEGAL_REVIEWER, ADMIN)")
	@PostMapping("/{id}/legal-hold")
	EvidenceItems.EvidenceView hold(@PathVariable UUID id, @Valid @RequestBody HoldBody body) {
		return items.hold(id, body.hold(), body.reason());
	}

	record RetentionBody(java.time.LocalDate retainUntil, String reason) {
	}

	@Operation(summary = "Extend the retention, with the reason")
	@PutMapping("/{id}/retention")
	EvidenceItems.EvidenceView retain(@PathVariable UUID id, @Valid @RequestBody RetentionBody body) {
		return items.retain(id, body.retainUntil(), body.reason());
	}

	@Operation(summary = "Delete after the retention expired and without a hold (409 otherwise); a tombstone stays")
	@DeleteMapping("/{id}")
	EvidenceItems.EvidenceView delete(@PathVariable UUID id, @RequestParam(required = false) String reason) {
		return items.delete(id, reason);
	}

	private static ResponseEntity<EvidenceItems.EvidenceView> created(EvidenceItems.EvidenceView view) {
		return ResponseEntity.created(URI.create("/api/v1/evidence/" + view.id())).body(view);
	}

}
