package org.shanzhi.audit.web;

import java.util.List;
import java.util.Map;

import org.shanzhi.audit.AuditEntryView;
import org.shanzhi.audit.AuditTrail;
import org.shanzhi.audit.AuditVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	Map<String, Object> entries(@RequestParam String subjectType, @RequestParam String subjectId) {
		List<AuditEntryView> items = trail.forSubject(subjectType, subjectId);
		return Map.of("items", items, "page", 0, "size", items.size(), "total", items.size());
	}

	@PostMapping("/verify")
	AuditVerification verify() {
		return trail.verify();
	}

}
