package org.shanzhi.risk.web;

import java.time.LocalDate;
import java.util.UUID;

import org.shanzhi.risk.EvaluationDocuments;
import org.shanzhi.risk.Evaluations;
import org.shanzhi.risk.RiskCatalogues;
import org.shanzhi.shared.FieldRejectedException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluation reports' pages (R5): the agency's reports, generating one for a period,
 * a report with its figures and charts, its conclusions, finalisation and PDF.
 */
@Controller
@RequestMapping("/risk/evaluations")
class EvaluationWebController {

	private final Evaluations evaluations;

	private final EvaluationDocuments documents;

	private final org.shanzhi.enforcement.ViolationTypes violationTypes;

	EvaluationWebController(Evaluations evaluations, EvaluationDocuments documents,
			org.shanzhi.enforcement.ViolationTypes violationTypes) {
		this.violationTypes = violationTypes;
		this.evaluations = evaluations;
		this.documents = documents;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("reports", evaluations.ofAgency(null));
		LocalDate today = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);
		model.addAttribute("defaultFrom", today.withDayOfYear(1).minusYears(1));
		model.addAttribute("defaultTo", today.withDayOfYear(1).minusDays(1));
		return "risk/evaluations";
	}

	@PostMapping
	String generate(@RequestParam(required = false) LocalDate periodFrom,
			@RequestParam(required = false) LocalDate periodTo, Model model) {
		try {
			if (periodFrom == null || periodTo == null) {
				throw new FieldRejectedException(periodFrom == null ? "periodFrom" : "periodTo", "required");
			}
			return "redirect:/risk/evaluations/"
					+ evaluations.generate(new Evaluations.Generate(null, periodFrom, periodTo)).id();
		}
		catch (RuntimeException ex) {
			RiskWebController.refusal(ex, model);
			return list(model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var report = evaluations.get(id);
		model.addAttribute("report", report);
		model.addAttribute("categoryNames", RiskCatalogues.CATEGORY_NAMES);
		java.util.Map<String, String> titles = violationTypes.titles(report.agencyId());
		model.addAttribute("violationNames",
				report.violationCodes().stream().map(code -> titles.getOrDefault(code, code)).toList());
		return "risk/evaluation";
	}

	@PostMapping("/{id}/conclusions")
	String conclusions(@PathVariable UUID id, @RequestParam(required = false) String conclusions, Model model) {
		return act(id, model, () -> evaluations.writeConclusions(id,
				new Evaluations.Conclusions(RiskWebController.limit(conclusions, 8000))));
	}

	@PostMapping("/{id}/refresh")
	String refresh(@PathVariable UUID id, Model model) {
		return act(id, model, () -> evaluations.refresh(id));
	}

	@PostMapping("/{id}/final")
	String finalise(@PathVariable UUID id, Model model) {
		return act(id, model, () -> evaluations.finalise(id));
	}

	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"risk-evaluation.pdf\"")
			.body(documents.pdf(id));
	}

	private String act(UUID id, Model model, Runnable action) {
		try {
			action.run();
			return "redirect:/risk/evaluations/" + id;
		}
		catch (RuntimeException ex) {
			RiskWebController.refusal(ex, model);
			return show(id, model);
		}
	}

}
