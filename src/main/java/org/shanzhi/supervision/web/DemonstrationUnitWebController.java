package org.shanzhi.supervision.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.supervision.AgencyAssessments;
import org.shanzhi.supervision.DemonstrationUnits;
import org.shanzhi.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The demonstration units' page (S4): the units with their periods and status, their
 * pairings and progress; the office designates, reviews against criteria, pairs,
 * recommends and revokes; the heads of the paired agencies record progress.
 */
@Controller
@RequestMapping("/supervision/units")
class DemonstrationUnitWebController {

	/** The criteria a unit is reviewed against. */
	static final String[] CRITERIA = { "服务型执法制度健全", "行政指导、调解台账规范完整", "群众满意度不低于 90%", "无重大执法过错" };

	private final DemonstrationUnits units;

	private final AgencyAssessments assessments;

	DemonstrationUnitWebController(DemonstrationUnits units, AgencyAssessments assessments) {
		this.units = units;
		this.assessments = assessments;
	}

	@GetMapping
	String list(Model model) {
		var all = units.units();
		model.addAttribute("units", all);
		Map<UUID, Object> pairings = new LinkedHashMap<>();
		all.forEach(u -> pairings.put(u.id(), units.pairings(u.id())));
		model.addAttribute("pairings", pairings);
		Map<UUID, String> names = new LinkedHashMap<>();
		assessments.assessed().forEach(a -> names.put(a.id(), a.name()));
		model.addAttribute("agencyNames", names);
		model.addAttribute("criteria", CRITERIA);
		model.addAttribute("today", LocalDate.now(SupervisionWebController.ZONE));
		return "supervision/units";
	}

	@PostMapping
	String designate(@RequestParam(required = false) UUID agencyId, @RequestParam(required = false) LocalDate validFrom,
			@RequestParam(required = false) LocalDate validUntil, @RequestParam(required = false) String reason,
			Model model) {
		return step(model, () -> units.designate(agencyId, validFrom, validUntil, reason));
	}

	@PostMapping("/{id}/reviews")
	String review(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
		Map<String, Boolean> criteria = new LinkedHashMap<>();
		for (int i = 0; i < CRITERIA.length; i++) {
			criteria.put(CRITERIA[i], "true".equals(form.get("c" + i)));
		}
		return step(model, () -> units.review(id, criteria, form.get("note")));
	}

	@PostMapping("/{id}/pairings")
	String pair(@PathVariable UUID id, @RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) String plan, Model model) {
		return step(model, () -> units.pair(id, agencyId, plan));
	}

	@PostMapping("/pairings/{id}/progress")
	String progress(@PathVariable UUID id, @RequestParam(required = false) String text, Model model) {
		return step(model, () -> units.progress(id, text));
	}

	@PostMapping("/{id}/recommendation")
	String recommend(@PathVariable UUID id, @RequestParam(required = false) String reasons, Model model) {
		return step(model, () -> units.recommend(id, reasons));
	}

	@PostMapping("/{id}/revocation")
	String revoke(@PathVariable UUID id, @RequestParam(required = false) String reason, @RequestParam long version,
			Model model) {
		return step(model, () -> units.revoke(id, reason, version));
	}

	private String step(Model model, java.util.function.Supplier<?> work) {
		try {
			work.get();
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "supervision.incomplete");
			return list(model);
		}
		return "redirect:/supervision/units";
	}

}
