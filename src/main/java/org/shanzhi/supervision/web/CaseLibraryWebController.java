package org.shanzhi.supervision.web;

import org.shanzhi.directory.Agencies;
import org.shanzhi.supervision.ExcellentCases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public library of excellent cases (S3): no sign-in, no personal data. */
@Controller
class CaseLibraryWebController {

	private final ExcellentCases cases;

	private final Agencies agencies;

	CaseLibraryWebController(ExcellentCases cases, Agencies agencies) {
		this.cases = cases;
		this.agencies = agencies;
	}

	@GetMapping("/public/cases")
	String library(Model model) {
		model.addAttribute("cases", cases.library());
		model.addAttribute("agencyNames", agencies.names());
		return "supervision/library";
	}

}
