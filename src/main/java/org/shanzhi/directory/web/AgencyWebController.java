package org.shanzhi.directory.web;

import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AgencyWebController {

	private final Agencies agencies;

	AgencyWebController(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/agencies")
	String list(Model model) {
		model.addAttribute("agencies", agencies.all());
		return "agencies/list";
	}

	@GetMapping("/agencies/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("agency", agencies.get(id));
		model.addAttribute("officers", agencies.officersOf(id));
		return "agencies/show";
	}

}
