package org.shanzhi.guidance.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jakarta.servlet.http.HttpServletResponse;
import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.guidance.ActStatus;
import org.shanzhi.guidance.Channel;
import org.shanzhi.guidance.DocumentForm;
import org.shanzhi.guidance.FollowUpResult;
import org.shanzhi.guidance.FollowUpView;
import org.shanzhi.guidance.FollowUps;
import org.shanzhi.guidance.GiveGuidanceCommand;
import org.shanzhi.guidance.GuidanceActView;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.guidance.GuidanceDocuments;
import org.shanzhi.guidance.GuidanceExport;
import org.shanzhi.guidance.GuidanceFilter;
import org.shanzhi.guidance.GuidanceForm;
import org.shanzhi.guidance.GuidanceForms;
import org.shanzhi.guidance.OutcomeCommand;
import org.shanzhi.guidance.Principle;
import org.shanzhi.guidance.RectificationInput;
import org.shanzhi.guidance.RespondCommand;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.RecordSection;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.shanzhi.shared.PeopleTime;

/**
 * The forms of guidance an agency uses (the eight statutory ones and its own, LY8) and
 * the prefix of its documents' numbers: {@code /guidance/forms}.
 */
@Controller
@RequestMapping("/guidance")
class GuidanceFormsWebController {

	private final GuidanceForms forms;

	private final org.shanzhi.documents.DocumentNumbers numbers;

	private final Actors actors;

	GuidanceFormsWebController(GuidanceForms forms, org.shanzhi.documents.DocumentNumbers numbers, Actors actors) {
		this.forms = forms;
		this.numbers = numbers;
		this.actors = actors;
	}

	/** The forms of guidance the agency uses, and its own ones defined here (LY8). */
	@GetMapping("/forms")
	String forms(Model model) {
		Actor me = actors.current();
		model.addAttribute("forms", forms.available(me.agencyId()));
		if (me.agencyId() != null) {
			model.addAttribute("prefix", numbers.prefix(me.agencyId()));
		}
		if (!model.containsAttribute("define")) {
			model.addAttribute("define", new DefineForm());
		}
		return "guidance/forms";
	}

	@PostMapping("/forms")
	String defineForm(@ModelAttribute("define") DefineForm define, BindingResult errors, Model model) {
		var done = GuidanceWebController.attempt(errors, () -> forms.define(define.toCommand()));
		return done == null ? forms(model) : "redirect:/guidance/forms";
	}

	@PostMapping("/forms/prefix")
	String setPrefix(@RequestParam(required = false) String prefix, Model model) {
		try {
			numbers.setPrefix(actors.current().agencyId(), prefix);
			return "redirect:/guidance/forms";
		}
		catch (FieldRejectedException ex) {
			model.addAttribute("refusal", "shanzhi.validation." + ex.code());
			return forms(model);
		}
	}

	@Bean
	static NavigationEntry formsNavigation() {
		return new NavigationEntry("nav.guidanceForms", "/guidance/forms", 28, Set.of("AGENCY_HEAD", "LEGAL_REVIEWER"),
				"nav.group.service");
	}

	/**
	 * The form defining an agency's own form of guidance: a code, a name, up to six
	 * fields.
	 */
	public static class DefineForm {

		private String code;

		private String name;

		private List<FieldRow> fields = new ArrayList<>(List.of(new FieldRow(), new FieldRow(), new FieldRow(),
				new FieldRow(), new FieldRow(), new FieldRow()));

		GuidanceForms.DefineFormCommand toCommand() {
			List<GuidanceForms.FieldInput> inputs = fields.stream()
				.filter(f -> f.getKey() != null && !f.getKey().isBlank())
				.map(f -> new GuidanceForms.FieldInput(f.getKey().strip(),
						f.getLabel() == null ? "" : f.getLabel().strip(), f.isRequired()))
				.toList();
			return new GuidanceForms.DefineFormCommand(code == null ? null : code.strip().toUpperCase(),
					name == null ? null : name.strip(), inputs);
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public List<FieldRow> getFields() {
			return fields;
		}

		public void setFields(List<FieldRow> fields) {
			this.fields = fields;
		}

	}

	/** One field of a form being defined. */
	public static class FieldRow {

		private String key;

		private String label;

		private boolean required;

		public String getKey() {
			return key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

	}

}
