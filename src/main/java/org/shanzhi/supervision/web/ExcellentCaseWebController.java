package org.shanzhi.supervision.web;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shanzhi.directory.Agencies;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.supervision.ExcellentCases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The excellent cases' pages (S3): the rounds; a round's nominations with their reviews;
 * a head nominates a record of the agency by pasting its page's address; reviewers score
 * or recuse; the office selects with a commendation and moves the round on to
 * publication.
 */
@Controller
@RequestMapping("/supervision/excellent-cases")
class ExcellentCaseWebController {

	private static final Pattern ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final ExcellentCases cases;

	private final Agencies agencies;

	ExcellentCaseWebController(ExcellentCases cases, Agencies agencies) {
		this.cases = cases;
		this.agencies = agencies;
	}

	@GetMapping
	String rounds(@RequestParam(required = false) UUID round, @RequestParam(required = false) String type,
			@RequestParam(required = false) String record, Model model) {
		// opened from a record's page to nominate it: the form starts filled with it
		if (type != null && java.util.Set.of("GUIDANCE_ACT", "MEDIATION_CASE", "ENFORCEMENT_CASE").contains(type)
				&& record != null && record.matches("/[a-z/-]+/[0-9a-f-]{36}")) {
			model.addAttribute("nominateType", type);
			model.addAttribute("nominateRecord", record);
		}
		var rounds = cases.rounds();
		model.addAttribute("rounds", rounds);
		UUID chosen = round != null ? round : rounds.isEmpty() ? null : rounds.get(0).id();
		if (round == null && model.containsAttribute("nominateRecord")) {
			// to nominate, the round open for nominations
			chosen = rounds.stream().filter(r -> "OPEN".equals(r.status())).map(r -> r.id()).findFirst().orElse(chosen);
		}
		if (chosen != null) {
			model.addAttribute("round", cases.round(chosen));
			model.addAttribute("nominations", cases.nominations(chosen));
		}
		model.addAttribute("agencyNames", agencies.names());
		model.addAttribute("year", LocalDate.now(SupervisionWebController.ZONE).getYear());
		return "supervision/excellent-cases";
	}

	@PostMapping
	String open(@RequestParam(required = false) String title, @RequestParam int year, Model model) {
		model.addAttribute("refusedForm", "open");
		return step(null, model, () -> cases.open(title, year).id());
	}

	@PostMapping("/{round}/nominations")
	String nominate(@PathVariable UUID round, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String record, @RequestParam(required = false) String title,
			@RequestParam(required = false) String writeUp, Model model) {
		model.addAttribute("refusedForm", "nominate");
		return step(round, model, () -> {
			Matcher m = ID.matcher(record == null ? "" : record);
			if (!m.find()) {
				throw new FieldRejectedException("subjectId", "required");
			}
			return cases.nominate(round, subjectType, UUID.fromString(m.group()), title, writeUp).roundId();
		});
	}

	@PostMapping("/{round}/advance")
	String advance(@PathVariable UUID round, @RequestParam long version, Model model) {
		return step(round, model, () -> cases.advance(round, version).id());
	}

	@PostMapping("/{round}/nominations/{id}/review")
	String review(@PathVariable UUID round, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean recuse,
			@RequestParam(required = false) Integer score, @RequestParam(required = false) String comment,
			Model model) {
		model.addAttribute("refusedForm", "review-" + id);
		return step(round, model, () -> cases.review(id, recuse, score, comment).roundId());
	}

	@PostMapping("/{round}/nominations/{id}/selection")
	String select(@PathVariable UUID round, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean selected, @RequestParam(required = false) String commendation,
			Model model) {
		model.addAttribute("refusedForm", "select-" + id);
		return step(round, model, () -> cases.select(id, selected, commendation).roundId());
	}

	private String step(UUID round, Model model, java.util.function.Supplier<UUID> work) {
		UUID done;
		try {
			done = work.get();
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "supervision.incomplete");
			// the record named by its address: the message beside the address
			if (model.getAttribute(FormErrors.REFUSED_FIELDS) instanceof java.util.Map<?, ?> refused
					&& refused.containsKey("subjectId")) {
				java.util.Map<String, Object> renamed = new java.util.LinkedHashMap<>();
				refused.forEach((k, v) -> renamed.put("subjectId".equals(k) ? "record" : (String) k, v));
				model.addAttribute(FormErrors.REFUSED_FIELDS, renamed);
			}
			return rounds(round, null, null, model);
		}
		return "redirect:/supervision/excellent-cases?round=" + done;
	}

}
