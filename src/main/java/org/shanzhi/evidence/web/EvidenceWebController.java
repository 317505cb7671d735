package org.shanzhi.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.evidence.EvidenceItems;
import org.shanzhi.evidence.EvidenceKind;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.RecordSection;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence on the records' pages (E1): a section listing a record's evidence with its
 * upload form (large files go through the API's resumable upload), and an item's page
 * with the player (video, audio, image, PDF in the browser, seeking by HTTP Range), its
 * hashes, its custody chain, verification, legal hold and retention.
 */
@Controller
@RequestMapping("/evidence")
class EvidenceWebController {

	private final EvidenceItems items;

	EvidenceWebController(EvidenceItems items) {
		this.items = items;
	}

	@GetMapping("/sections/{subjectType}/{subjectId}")
	String section(@PathVariable EvidenceItems.SubjectType subjectType, @PathVariable UUID subjectId, Model model) {
		model.addAttribute("items", items.of(subjectType, subjectId));
		model.addAttribute("subjectType", subjectType);
		model.addAttribute("subjectId", subjectId);
		model.addAttribute("kinds", EvidenceKind.values());
		return "evidence/section :: section";
	}

	@PostMapping("/upload")
	@SuccessNotice("notice.uploaded")
	String upload(@RequestParam EvidenceItems.SubjectType subjectType, @RequestParam UUID subjectId,
			@RequestParam(required = false) EvidenceKind kind, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String deviceId, @RequestParam(required = false) String location,
			@RequestParam(required = false) String returnTo, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new org.shanzhi.shared.FieldRejectedException("file", "required");
			}
			try (InputStream in = file.getInputStream()) {
				var item = items.upload(new EvidenceItems.Upload(subjectType, subjectId, kind,
						file.getOriginalFilename(), null, deviceId, location), in);
				return "redirect:/evidence/" + item.id();
			}
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "evidence.incomplete");
		}
		model.addAttribute("items", items.of(subjectType, subjectId));
		model.addAttribute("subjectType", subjectType);
		model.addAttribute("subjectId", subjectId);
		model.addAttribute("kinds", EvidenceKind.values());
		return "evidence/refused";
	}

	@GetMapping("/{id}")
	String item(@PathVariable UUID id, Model model) {
		model.addAttribute("item", items.get(id));
		model.addAttribute("custody", items.custody(id));
		return "evidence/item";
	}

	@GetMapping("/{id}/content")
	ResponseEntity<Resource> content(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download,
			@RequestHeader(value = "Range", required = false) String range) {
		return ContentResponses.of(items.content(id, download, range), download);
	}

	@PostMapping("/{id}/verify")
	String verify(@PathVariable UUID id, Model model) {
		model.addAttribute("verification", items.verify(id));
		return item(id, model);
	}

	@PostMapping("/{id}/legal-hold")
	String hold(@PathVariable UUID id, @RequestParam boolean hold, @RequestParam(required = false) String reason,
			Model model) {
		try {
			items.hold(id, hold, reason);
			return "redirect:/evidence/" + id;
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "evidence.incomplete");
			return item(id, model);
		}
	}

	@PostMapping("/{id}/retention")
	String retain(@PathVariable UUID id, @RequestParam(required = false) LocalDate retainUntil,
			@RequestParam(required = false) String reason, Model model) {
		try {
			items.retain(id, retainUntil, reason);
			return "redirect:/evidence/" + id;
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "evidence.incomplete");
			return item(id, model);
		}
	}

	static final Set<String> STAFF = Set.of("OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "MEDIATOR", "SUPERVISOR");

	@Bean
	static RecordSection caseEvidenceSection() {
		return new RecordSection("ENFORCEMENT_CASE", "evidence.section", "/evidence/sections/ENFORCEMENT_CASE/{id}", 5,
				STAFF);
	}

	@Bean
	static RecordSection guidanceEvidenceSection() {
		return new RecordSection("GUIDANCE_ACT", "evidence.section", "/evidence/sections/GUIDANCE_ACT/{id}", 5, STAFF);
	}

	@Bean
	static RecordSection mediationEvidenceSection() {
		return new RecordSection("MEDIATION_CASE", "evidence.section", "/evidence/sections/MEDIATION_CASE/{id}", 5,
				STAFF);
	}

}
