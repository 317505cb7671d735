package org.shanzhi.joint.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.shanzhi.joint.Referrals;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals up, down and across districts through the API (J1 multi-level linkage). */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "joint")
class ReferralApiController {

	private final Referrals referrals;

	ReferralApiController(Referrals referrals) {
		this.referrals = referrals;
	}

	@Operation(summary = "Refer a joint action or an enforcement case of your agency to another agency")
	@PostMapping
	ResponseEntity<Referrals.ReferralView> refer(@Valid @RequestBody Referrals.Request request) {
		var view = referrals.refer(request);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + view.id())).body(view);
	}

	@Operation(
			summary = "Referrals from or to your agency, or the history of one record (subjectId)" + PageView.ONE_PAGE)
	@GetMapping
	PageView<Referrals.ReferralView> list(@RequestParam(required = false) UUID subjectId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(referrals.list(subjectId), page, size);
	}

	@GetMapping("/{id}")
	Referrals.ReferralView get(@PathVariable UUID id) {
		return referrals.get(id);
	}

	record Answer(Boolean accept, String note, long version) {
	}

	@Operation(summary = "Accept (the record becomes your agency's) or decline with a reason")
	@PostMapping("/{id}/answer")
	Referrals.ReferralView answer(@PathVariable UUID id, @Valid @RequestBody Answer body) {
		if (body.accept() == null) {
			throw new org.shanzhi.shared.FieldRejectedException("accept", "required");
		}
		return referrals.answer(id, body.accept(), body.note(), body.version());
	}

	record Withdrawal(long version) {
	}

	@PostMapping("/{id}/withdrawal")
	Referrals.ReferralView withdraw(@PathVariable UUID id, @Valid @RequestBody Withdrawal body) {
		return referrals.withdraw(id, body.version());
	}

}
