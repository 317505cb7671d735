package org.shanzhi.documents.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.shanzhi.documents.DocumentNumbers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of the documents module: an agency's prefix in document numbers (机关代字). */
@RestController
@RequestMapping("/api/v1/document-issuers")
@Tag(name = "documents")
class DocumentsApiController {

	private final DocumentNumbers numbers;

	DocumentsApiController(DocumentNumbers numbers) {
		this.numbers = numbers;
	}

	@Operation(summary = "The agency's prefix in document numbers, e.g. 河市监")
	@GetMapping("/{agencyId}")
	Map<String, Object> get(@PathVariable UUID agencyId) {
		return Map.of("agencyId", agencyId, "prefix", numbers.prefix(agencyId));
	}

	@Operation(summary = "Set the agency's prefix (ADMIN, or the agency's AGENCY_HEAD); issued numbers keep theirs")
	@PutMapping("/{agencyId}")
	Map<String, Object> set(@PathVariable UUID agencyId, @Valid @RequestBody PrefixBody body) {
		return Map.of("agencyId", agencyId, "prefix", numbers.setPrefix(agencyId, body.prefix()));
	}

	record PrefixBody(@NotBlank @Size(max = 12) String prefix) {
	}

}
