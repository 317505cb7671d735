package org.shanzhi.joint.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.shanzhi.joint.SharingRules;
import org.shanzhi.shared.PageRequests;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sharing rules among agencies and the log of shared reads through the API (J2). */
@RestController
@RequestMapping("/api/v1/sharing-rules")
@Tag(name = "joint")
class SharingApiController {

	private final SharingRules rules;

	SharingApiController(SharingRules rules) {
		this.rules = rules;
	}

	@Operation(summary = "Propose sharing your agency's records of some types with another agency (agency head)")
	@PostMapping
	ResponseEntity<SharingRules.RuleView> propose(@Valid @RequestBody SharingRules.Proposal proposal) {
		var view = rules.propose(proposal);
		return ResponseEntity.created(URI.create("/api/v1/sharing-rules/" + view.id())).body(view);
	}

	@GetMapping
	PageView<SharingRules.RuleView> visible(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(rules.visible(), page, size);
	}

	@GetMapping("/{id}")
	SharingRules.RuleView get(@PathVariable UUID id) {
		return rules.get(id);
	}

	record Decision(Boolean approve, String note, long version) {
	}

	@Operation(summary = "Approve or reject a proposed rule (a supervisor other than the proposer)")
	@PostMapping("/{id}/decision")
	SharingRules.RuleView decide(@PathVariable UUID id, @Valid @RequestBody Decision body) {
		if (body.approve() == null) {
			throw new org.shanzhi.shared.FieldRejectedException("approve", "required");
		}
		return rules.decide(id, body.approve(), body.note(), body.version());
	}

	record Revocation(String reason, long version) {
	}

	@Operation(summary = "Revoke a rule: the records it opened are hidden at once")
	@PostMapping("/{id}/revocation")
	SharingRules.RuleView revoke(@PathVariable UUID id, @Valid @RequestBody Revocation body) {
		return rules.revoke(id, body.reason(), body.version());
	}

	@Operation(summary = "Every read of your agency's shared records, newest first" + PageView.ONE_PAGE)
	@GetMapping("/reads")
	PageView<SharingRules.ReadView> reads(@RequestParam(required = false) UUID ruleId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		org.springframework.data.domain.PageRequest checked = PageRequests.of(page, size,
				org.springframework.data.domain.Sort.unsorted());
		return rules.reads(ruleId, checked.getPageNumber(), checked.getPageSize());
	}

}
