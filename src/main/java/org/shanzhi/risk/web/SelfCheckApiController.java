package org.shanzhi.risk.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.risk.RiskCatalogues;
import org.shanzhi.risk.SelfChecks;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** A party's self-checks through the API (R4): the party signed in, for itself only. */
@RestController
@Tag(name = "risk")
class SelfCheckApiController {

	private final SelfChecks checks;

	SelfCheckApiController(SelfChecks checks) {
		this.checks = checks;
	}

	@GetMapping("/api/v1/risk-self-checks/questions")
	PageView<RiskCatalogues.PublishedPoint> questions(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(checks.questions(), page, size);
	}

	@PostMapping("/api/v1/risk-self-checks")
	ResponseEntity<SelfChecks.SelfCheckView> check(@Valid @RequestBody SelfChecks.Answers answers) {
		SelfChecks.SelfCheckView v = checks.check(answers);
		return ResponseEntity.created(URI.create("/api/v1/risk-self-checks/" + v.id())).body(v);
	}

	@GetMapping("/api/v1/risk-self-checks")
	PageView<SelfChecks.SelfCheckView> mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(checks.mine(), page, size);
	}

	@GetMapping("/api/v1/risk-self-checks/{id}")
	SelfChecks.SelfCheckView get(@PathVariable UUID id) {
		return checks.get(id);
	}

}
