package org.shanzhi.enforcement.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.shanzhi.enforcement.CaseDocumentView;
import org.shanzhi.enforcement.CaseDocuments;
import org.shanzhi.enforcement.CaseDossier;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.PageView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The documents of an enforcement case (API.md, "documents"): the list, each one's PDF,
 * and the whole 卷宗 as one PDF with its table of contents. Readers of the case only.
 */
@RestController
@RequestMapping("/api/v1/enforcement-cases/{id}")
@Tag(name = "enforcement")
class CaseDocumentsApiController {

	/**
	 * A document's kind in a case, e.g. {@code filing-approval},
	 * {@code inquiry-record-2}.
	 */
	static final Pattern KIND = Pattern.compile("^[a-z]+(-[a-z]+)*(-[0-9]+)?$");

	private final CaseDocuments documents;

	private final CaseDossier dossier;

	CaseDocumentsApiController(CaseDocuments documents, CaseDossier dossier) {
		this.documents = documents;
		this.dossier = dossier;
	}

	@Operation(summary = "The documents issued in the case, in the order issued" + PageView.ONE_PAGE)
	@GetMapping("/documents")
	PageView<CaseDocumentView> list(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(documents.list(id), page, size);
	}

	@Operation(summary = "A document of the case as PDF (filing-approval, inquiry-record-N, decision, …); "
			+ "409 document-not-issuable for one not issued")
	@GetMapping(value = "/documents/{kind}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind) {
		return pdf("case-" + checked(kind) + ".pdf", documents.pdf(id, kind));
	}

	@Operation(summary = "The case's 卷宗 as one PDF: cover, table of contents, every document in issue order")
	@GetMapping(value = "/dossier.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> dossier(@PathVariable UUID id) {
		return pdf("dossier.pdf", dossier.pdf(id));
	}

	/** 400 naming {@code kind} unless it has the shape of a document's kind. */
	static String checked(String kind) {
		if (kind == null || kind.length() > 60 || !KIND.matcher(kind).matches()) {
			throw new FieldRejectedException("kind", "invalid");
		}
		return kind;
	}

	static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline().filename(filename).build().toString())
			.body(body);
	}

}
