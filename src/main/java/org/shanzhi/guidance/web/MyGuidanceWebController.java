package org.shanzhi.guidance.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.guidance.GuidanceActView;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.guidance.GuidanceForms;
import org.shanzhi.guidance.RespondCommand;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.PeopleTime;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The guidance a citizen or an enterprise received, on the portal (G2): the acts
 * addressed to the signed-in party, each with its rectification requirement and deadline,
 * and the party's own answer whether it accepts the guidance ({@code /my/guidance}).
 */
@Controller
@RequestMapping("/my/guidance")
class MyGuidanceWebController {

	private final GuidanceActs acts;

	private final GuidanceForms forms;

	private final Agencies agencies;

	MyGuidanceWebController(GuidanceActs acts, GuidanceForms forms, Agencies agencies) {
		this.acts = acts;
		this.forms = forms;
		this.agencies = agencies;
	}

	@GetMapping
	String list(Model model) {
		List<GuidanceActView> mine = acts.mine();
		model.addAttribute("acts", mine);
		model.addAttribute("agencyNames", agencies.names());
		model.addAttribute("formNames", formNames(mine));
		model.addAttribute("today", PeopleTime.today());
		return "guidance/my-list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		GuidanceActView act = acts.mine(id);
		model.addAttribute("act", act);
		model.addAttribute("agencyName", agencies.get(act.agencyId()).name());
		model.addAttribute("formNames", formNames(List.of(act)));
		model.addAttribute("today", PeopleTime.today());
		return "guidance/my-act";
	}

	@PostMapping("/{id}/response")
	String respond(@PathVariable UUID id, @RequestParam(required = false) Boolean accepted,
			@RequestParam(required = false) String note, Model model) {
		try {
			if (accepted == null) {
				throw new org.shanzhi.shared.FieldRejectedException("accepted", "required");
			}
			acts.respond(id, new RespondCommand(accepted,
					note == null || note.length() <= 2000 ? note : note.substring(0, 2000), null));
			return "redirect:/my/guidance/" + id + "?responded";
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
			model.addAttribute("note", note);
			return show(id, model);
		}
	}

	/** The names of the agencies' own forms (the statutory ones have their words). */
	private Map<String, String> formNames(List<GuidanceActView> list) {
		Map<String, String> names = new HashMap<>();
		list.forEach(a -> forms.find(a.agencyId(), a.form())
			.filter(f -> !f.statutory())
			.ifPresent(f -> names.put(a.agencyId() + "/" + a.form(), f.name())));
		return names;
	}

	@Bean
	static NavigationEntry myGuidanceNavigation() {
		return new NavigationEntry("nav.myGuidance", "/my/guidance", 37, java.util.Set.of("PUBLIC"));
	}

}
