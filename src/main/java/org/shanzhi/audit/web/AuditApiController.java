package org.shanzhi.audit.web;

import org.shanzhi.audit.AuditEntryView;
import org.shanzhi.audit.AuditTrail;
import org.shanzhi.audit.AuditVerification;
import org.shanzhi.shared.PageView;
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
	PageView<AuditEntryView> entries(@RequestParam String subjectType, @RequestParam String subjectId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(trail.forSubject(subjectType, subjectId), page, size);
	}

	@PostMapping("/verify")
	AuditVerification verify() {
		return trail.verify();
	}

}
