package org.shanzhi.joint.web;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.shanzhi.joint.JointActions;
import org.shanzhi.shared.PageView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Joint enforcement actions through the API (J1). */
@RestController
@RequestMapping("/api/v1/joint-actions")
@Tag(name = "joint")
class JointApiController {

	private final JointActions actions;

	JointApiController(JointActions actions) {
		this.actions = actions;
	}

	@Operation(summary = "Plan a joint action as the lead agency: day, parties, matters per agency")
	@PostMapping
	ResponseEntity<JointActions.ActionView> plan(@Valid @RequestBody JointActions.Plan plan) {
		var view = actions.plan(plan);
		return ResponseEntity.created(URI.create("/api/v1/joint-actions/" + view.id())).body(view);
	}

	@GetMapping
	PageView<JointActions.ActionView> mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(actions.mine(), page, size);
	}

	@Operation(summary = "Draw targets by risk: the highest-risk parties of a category nobody visited in the month"
			+ PageView.ONE_PAGE)
	@GetMapping("/candidates")
	PageView<JointActions.Candidate> draw(@RequestParam org.shanzhi.directory.PartyCategory category,
			@RequestParam(defaultValue = "10") int count, @RequestParam(required = false) java.time.LocalDate day,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(actions.draw(category, count, day), page, size);
	}

	@GetMapping("/{id}")
	JointActions.ActionView get(@PathVariable UUID id) {
		return actions.get(id);
	}

	record Answer(Boolean accept, Set<UUID> officers, long version) {
	}

	@Operation(summary = "Your agency accepts (naming its officers) or declines")
	@PostMapping("/{id}/answers")
	JointActions.ActionView answer(@PathVariable UUID id, @Valid @RequestBody Answer body) {
		if (body.accept() == null) {
			throw new org.shanzhi.shared.FieldRejectedException("accept", "required");
		}
		return actions.answer(id, body.accept(), body.officers(), body.version());
	}

	@PostMapping("/{id}/start")
	JointActions.ActionView start(@PathVariable UUID id, @RequestParam long version) {
		return actions.start(id, version);
	}

	@Operation(summary = "Record your agency's finding for a party (officers on the action)")
	@PostMapping("/{id}/findings")
	JointActions.ActionView record(@PathVariable UUID id, @RequestParam long version,
			@Valid @RequestBody JointActions.FindingInput finding) {
		return actions.record(id, finding, version);
	}

	@PostMapping("/{id}/conclusion")
	JointActions.ActionView conclude(@PathVariable UUID id, @RequestParam long version) {
		return actions.conclude(id, version);
	}

	record Cancel(String reason, long version) {
	}

	@PostMapping("/{id}/cancellation")
	JointActions.ActionView cancel(@PathVariable UUID id, @Valid @RequestBody Cancel body) {
		return actions.cancel(id, body.reason(), body.version());
	}

	@Operation(summary = "The combined notice to a party of a concluded action")
	@GetMapping(value = "/{id}/notices/{partyId}", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
	String notice(@PathVariable UUID id, @PathVariable UUID partyId) {
		return actions.notice(id, partyId);
	}

}
