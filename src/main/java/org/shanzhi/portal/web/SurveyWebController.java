package org.shanzhi.portal.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.portal.ServiceItems;
import org.shanzhi.portal.Surveys;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The satisfaction pages (S5): for the agencies' heads and the office, the campaigns, a
 * form to draft one, each campaign's results, and the satisfaction month by month as a
 * chart and a table; for the parties on the portal, the campaigns put to them and the
 * form to answer one.
 */
@Controller
class SurveyWebController {

	/** Question rows the drafting form offers; blank rows are left out. */
	static final int QUESTION_ROWS = 6;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final Surveys surveys;

	private final Agencies agencies;

	private final ServiceItems items;

	private final Actors actors;

	SurveyWebController(Surveys surveys, Agencies agencies, ServiceItems items, Actors actors) {
		this.surveys = surveys;
		this.agencies = agencies;
		this.items = items;
		this.actors = actors;
	}

	// ---- the agencies and the office

	@GetMapping("/satisfaction")
	String overview(@RequestParam(required = false) UUID agencyId, Model model) {
		Actor me = actors.current();
		boolean office = me.has(Role.SUPERVISOR) || me.has(Role.ADMIN);
		UUID shown = office ? agencyId : me.agencyId();
		YearMonth now = YearMonth.now(org.shanzhi.shared.PeopleTime.ZONE);
		List<Surveys.MonthFigure> trend = surveys.trend(shown, now.minusMonths(11), now);
		model.addAttribute("surveys", surveys.list());
		model.addAttribute("trend", trend);
		model.addAttribute("trendJson", JSON.writeValueAsString(trend));
		model.addAttribute("office", office);
		model.addAttribute("shownAgency", shown);
		model.addAttribute("shownName", shown == null ? null : agencies.names().get(shown));
		model.addAttribute("agencyNames", agencies.names());
		model.addAttribute("manager", office || me.has(Role.AGENCY_HEAD));
		model.addAttribute("categories", PartyCategory.values());
		model.addAttribute("kinds", Surveys.QuestionKind.values());
		model.addAttribute("rows", QUESTION_ROWS);
		model.addAttribute("ownItems", office ? List.of() : items.ofMyAgency());
		model.addAttribute("today", LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE));
		return "portal/satisfaction";
	}

	@PostMapping("/satisfaction/surveys")
	String create(@RequestParam Map<String, String> form,
			@RequestParam(name = "categories", required = false) List<PartyCategory> categories, Model model) {
		Surveys.SurveyView created;
		try {
			created = surveys.create(command(form, categories));
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.surveyIncomplete");
			model.addAttribute("given", form);
			return overview(null, model);
		}
		return "redirect:/satisfaction/surveys/" + created.id();
	}

	@GetMapping("/satisfaction/surveys/{id}")
	String survey(@PathVariable UUID id, Model model) {
		Actor me = actors.current();
		Surveys.Results results = surveys.results(id);
		model.addAttribute("results", results);
		model.addAttribute("survey", results.survey());
		model.addAttribute("manager", me.has(Role.SUPERVISOR) || me.has(Role.ADMIN)
				|| (me.has(Role.AGENCY_HEAD) && results.survey().agencyId().equals(me.agencyId())));
		return "portal/survey-results";
	}

	@PostMapping("/satisfaction/surveys/{id}/opening")
	String open(@PathVariable UUID id, @RequestParam long version, Model model) {
		return step(id, model, () -> surveys.open(id, version));
	}

	@PostMapping("/satisfaction/surveys/{id}/closing")
	String close(@PathVariable UUID id, @RequestParam long version, Model model) {
		return step(id, model, () -> surveys.close(id, version));
	}

	private String step(UUID id, Model model, java.util.function.Supplier<?> work) {
		try {
			work.get();
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.surveyIncomplete");
			return survey(id, model);
		}
		return "redirect:/satisfaction/surveys/" + id;
	}

	// ---- the parties

	@GetMapping("/my/surveys")
	String mine(Model model) {
		model.addAttribute("surveys", surveys.mine());
		return "portal/my-surveys";
	}

	@GetMapping("/my/surveys/{id}")
	String answerForm(@PathVariable UUID id, Model model) {
		model.addAttribute("mine", surveys.mine(id));
		return "portal/my-survey";
	}

	@PostMapping("/my/surveys/{id}")
	String answer(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
		try {
			int n = surveys.mine(id).questions().size();
			List<String> answers = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				// a browser counts a line break as one character and sends two
				answers.add(form.getOrDefault("a" + i, "").replace("\r\n", "\n"));
			}
			surveys.answer(id, new Surveys.Answers(answers));
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.answersIncomplete");
			model.addAttribute("given", form);
			return answerForm(id, model);
		}
		return "redirect:/my/surveys?thanks";
	}

	/**
	 * The drafting form's fields as a command; a field that does not parse is refused.
	 */
	static Surveys.SurveyCommand command(Map<String, String> form, List<PartyCategory> categories) {
		List<Surveys.Question> questions = new ArrayList<>();
		for (int i = 0; i < QUESTION_ROWS; i++) {
			String text = form.get("q" + i + "text");
			if (text == null || text.isBlank()) {
				continue;
			}
			List<String> options = new ArrayList<>();
			for (String o : form.getOrDefault("q" + i + "options", "").split("[,，;；\\n]")) {
				if (!o.isBlank()) {
					options.add(o.strip());
				}
			}
			Surveys.QuestionKind kind = parse("q" + i + "kind", form.getOrDefault("q" + i + "kind", "STARS"),
					Surveys.QuestionKind::valueOf);
			questions.add(new Surveys.Question(kind, text, options));
		}
		Set<String> itemCodes = new LinkedHashSet<>();
		for (String code : form.getOrDefault("targetItems", "").split("[,，\\s]+")) {
			if (!code.isBlank()) {
				itemCodes.add(code.strip());
			}
		}
		return new Surveys.SurveyCommand(parse("agencyId", form.get("agencyId"), UUID::fromString), form.get("title"),
				form.get("intro"), questions, categories(categories), itemCodes,
				parse("opensOn", form.get("opensOn"), LocalDate::parse),
				parse("closesOn", form.get("closesOn"), LocalDate::parse));
	}

	private static Set<PartyCategory> categories(List<PartyCategory> ticked) {
		Set<PartyCategory> out = EnumSet.noneOf(PartyCategory.class);
		if (ticked != null) {
			ticked.stream().filter(java.util.Objects::nonNull).forEach(out::add);
		}
		return out;
	}

	private static <T> T parse(String field, String value, java.util.function.Function<String, T> parse) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parse.apply(value.strip());
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw new org.shanzhi.shared.FieldRejectedException(field, "invalid");
		}
	}

	@Bean
	static NavigationEntry satisfactionNavigation() {
		return new NavigationEntry("nav.satisfaction", "/satisfaction", 92,
				java.util.Set.of("AGENCY_HEAD", "SUPERVISOR", "ADMIN"), "nav.group.supervision");
	}

	@Bean
	static NavigationEntry mySurveysNavigation() {
		return new NavigationEntry("nav.mySurveys", "/my/surveys", 37, java.util.Set.of("PUBLIC"));
	}

}
