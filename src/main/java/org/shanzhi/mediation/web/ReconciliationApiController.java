package org.shanzhi.mediation.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.mediation.Reconciliations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of reconciliation (和解, M6). */
@RestController
@RequestMapping("/api/v1/reconciliations")
@Tag(name = "mediation")
class ReconciliationApiController {

	private final Reconciliations reconciliations;

	ReconciliationApiController(Reconciliations reconciliations) {
		this.reconciliations = reconciliations;
	}

	@Operation(summary = "Propose a settlement of a dispute from a discretionary act (status PROPOSED)")
	@PostMapping
	ResponseEntity<Reconciliations.ReconciliationView> propose(@Valid @RequestBody Reconciliations.Propose command) {
		var r = reconciliations.propose(command);
		return ResponseEntity.created(URI.create("/api/v1/reconciliations/" + r.id())).body(r);
	}

	@GetMapping("/{id}")
	Reconciliations.ReconciliationView get(@PathVariable UUID id) {
		return reconciliations.get(id);
	}

	@Operation(summary = "The legal reviewer approves (harming nobody) or rejects the settlement (LEGAL_REVIEWER)")
	@PostMapping("/{id}/review")
	Reconciliations.ReconciliationView review(@PathVariable UUID id,
			@Valid @RequestBody Reconciliations.Review command) {
		return reconciliations.review(id, command);
	}

}
