package org.shanzhi.enforcement.web;

import java.util.UUID;

import org.shanzhi.enforcement.CaseDocuments;
import org.shanzhi.enforcement.CaseDossier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The 案卷文书 of a case's page (loaded into it by htmx): the documents issued, with links to
 * their PDFs and to the whole 卷宗, served here for the signed-in pages as the API serves
 * them.
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseDocumentsWebController {

	private final CaseDocuments documents;

	private final CaseDossier dossier;

	CaseDocumentsWebController(CaseDocuments documents, CaseDossier dossier) {
		this.documents = documents;
		this.dossier = dossier;
	}

	@GetMapping("/documents")
	String list(@PathVariable UUID id, Model model) {
		model.addAttribute("caseId", id);
		model.addAttribute("documents", documents.list(id));
		return "cases/documents :: list";
	}

	@GetMapping("/documents/{kind}.pdf")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind) {
		return CaseDocumentsApiController.pdf("case-" + CaseDocumentsApiController.checked(kind) + ".pdf",
				documents.pdf(id, kind));
	}

	@GetMapping("/dossier.pdf")
	ResponseEntity<byte[]> dossier(@PathVariable UUID id) {
		return CaseDocumentsApiController.pdf("dossier.pdf", dossier.pdf(id));
	}

}
