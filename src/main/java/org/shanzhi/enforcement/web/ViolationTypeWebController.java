package org.shanzhi.enforcement.web;

import java.util.UUID;

import org.shanzhi.enforcement.ViolationTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue of violation types with their legal basis, range and discretion
 * benchmark.
 */
@Controller
class ViolationTypeWebController {

	private final ViolationTypes violationTypes;

	ViolationTypeWebController(ViolationTypes violationTypes) {
		this.violationTypes = violationTypes;
	}

	@GetMapping("/violation-types")
	String list(@RequestParam(required = false) UUID agencyId, Model model) {
		model.addAttribute("types", violationTypes.list(agencyId));
		return "enforcement/violation-types";
	}

}
