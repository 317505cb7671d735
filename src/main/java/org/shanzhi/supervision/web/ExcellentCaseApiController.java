package org.shanzhi.supervision.web;

import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.PageView;
import org.shanzhi.supervision.ExcellentCases;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Excellent cases through the API (S3), and the public case library. */
@RestController
@Tag(name = "supervision")
class ExcellentCaseApiController {

	private final ExcellentCases cases;

	ExcellentCaseApiController(ExcellentCases cases) {
		this.cases = cases;
	}

	record Round(String title, Integer year) {
	}

	@Operation(summary = "Open a round of excellent-case nominations (SUPERVISOR)")
	@PostMapping("/api/v1/award-rounds")
	ResponseEntity<ExcellentCases.RoundView> open(@Valid @RequestBody Round body) {
		if (body.year() == null) {
			throw new FieldRejectedException("year", "required");
		}
		var round = cases.open(body.title(), body.year());
		return ResponseEntity.created(URI.create("/api/v1/award-rounds/" + round.id())).body(round);
	}

	@GetMapping("/api/v1/award-rounds")
	PageView<ExcellentCases.RoundView> rounds(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(cases.rounds(), page, size);
	}

	record Advance(long version) {
	}

	@Operation(summary = "Move a round on: OPEN → REVIEW → PUBLISHED")
	@PostMapping("/api/v1/award-rounds/{id}/advance")
	ExcellentCases.RoundView advance(@PathVariable UUID id, @Valid @RequestBody Advance body) {
		return cases.advance(id, body.version());
	}

	record Nomination(String subjectType, UUID subjectId, String title, String writeUp) {
	}

	@Operation(summary = "Nominate one of your agency's records with a write-up (AGENCY_HEAD), once per round")
	@PostMapping("/api/v1/award-rounds/{id}/nominations")
	ResponseEntity<ExcellentCases.NominationView> nominate(@PathVariable UUID id, @Valid @RequestBody Nomination body) {
		var n = cases.nominate(id, body.subjectType(), body.subjectId(), body.title(), body.writeUp());
		return ResponseEntity.created(URI.create("/api/v1/nominations/" + n.id())).body(n);
	}

	@GetMapping("/api/v1/award-rounds/{id}/nominations")
	PageView<ExcellentCases.NominationView> nominations(@PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(cases.nominations(id), page, size);
	}

	record Review(Boolean recuse, Integer score, String comment) {
	}

	@Operation(summary = "Score a nomination (0-100) or recuse yourself")
	@PostMapping("/api/v1/nominations/{id}/reviews")
	ExcellentCases.NominationView review(@PathVariable UUID id, @Valid @RequestBody Review body) {
		return cases.review(id, Boolean.TRUE.equals(body.recuse()), body.score(), body.comment());
	}

	record Selection(Boolean selected, String commendation) {
	}

	@Operation(summary = "Select a nomination with its commendation, or not (SUPERVISOR)")
	@PostMapping("/api/v1/nominations/{id}/selection")
	ExcellentCases.NominationView select(@PathVariable UUID id, @Valid @RequestBody Selection body) {
		if (body.selected() == null) {
			throw new FieldRejectedException("selected", "required");
		}
		return cases.select(id, body.selected(), body.commendation());
	}

	@Operation(
			summary = "The public library of excellent cases (no sign-in; personal data removed)" + PageView.ONE_PAGE)
	@GetMapping("/api/v1/public/excellent-cases")
	PageView<ExcellentCases.PublishedCase> library(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(cases.library(), page, size);
	}

}
