package org.shanzhi.risk.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.PartyCategory;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.risk.Consultations;
import org.shanzhi.risk.Grade;
import org.shanzhi.risk.RiskCatalogueView;
import org.shanzhi.risk.RiskCatalogues;
import org.shanzhi.risk.RiskCommands;
import org.shanzhi.risk.RiskPointView;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agency's risk catalogue pages: its catalogues by category, a catalogue with its
 * points and the grading aid, the consultation's comments and their answers, opening the
 * consultation and publishing (the head). A refused step shows its rule on the page.
 */
@Controller
@RequestMapping("/risk")
class RiskWebController {

	private final RiskCatalogues catalogues;

	private final Consultations consultations;

	private final Actors actors;

	RiskWebController(RiskCatalogues catalogues, Consultations consultations, Actors actors) {
		this.catalogues = catalogues;
		this.consultations = consultations;
		this.actors = actors;
	}

	@GetMapping
	String index(Model model) {
		UUID agency = actors.current().agencyId();
		model.addAttribute("catalogues", agency == null ? List.of() : catalogues.catalogues(agency));
		model.addAttribute("categories", PartyCategory.values());
		model.addAttribute("categoryNames", RiskCatalogues.CATEGORY_NAMES);
		model.addAttribute("matrix", agency == null ? null : catalogues.matrix(agency));
		return "risk/index";
	}

	@GetMapping("/catalogues/{id}")
	String catalogue(@PathVariable UUID id, Model model) {
		RiskCatalogueView c = catalogues.catalogue(id);
		model.addAttribute("catalogue", c);
		model.addAttribute("comments", consultations.of(id));
		model.addAttribute("categoryNames", RiskCatalogues.CATEGORY_NAMES);
		model.addAttribute("grades", Grade.values());
		model.addAttribute("answers", RiskCommands.CommentAnswer.values());
		model.addAttribute("matrix", catalogues.matrix(c.agencyId()));
		model.addAttribute("today", LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PointForm());
		}
		return "risk/catalogue";
	}

	@GetMapping("/new")
	String newPoint(@RequestParam PartyCategory category, Model model) {
		model.addAttribute("category", category);
		model.addAttribute("categoryNames", RiskCatalogues.CATEGORY_NAMES);
		model.addAttribute("grades", Grade.values());
		model.addAttribute("matrix", catalogues.matrix(actors.current().requireAgency()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PointForm());
		}
		return "risk/new";
	}

	@PostMapping("/points")
	String add(@RequestParam PartyCategory category, PointForm form, Model model) {
		try {
			RiskPointView p = catalogues.addPoint(form.input(category));
			return "redirect:/risk/catalogues/" + p.catalogueId();
		}
		catch (RuntimeException ex) {
			refusal(ex, model);
			model.addAttribute("form", form);
			return newPoint(category, model);
		}
	}

	@PostMapping("/points/{id}/remove")
	@SuccessNotice("notice.deleted")
	String remove(@PathVariable UUID id, @RequestParam UUID catalogueId, Model model) {
		return act(catalogueId, model, () -> catalogues.removePoint(id));
	}

	@PostMapping("/catalogues/{id}/consultation")
	String consultation(@PathVariable UUID id, @RequestParam(required = false) LocalDate opensOn,
			@RequestParam(required = false) LocalDate closesOn, @RequestParam(required = false) String channels,
			Model model) {
		return act(id, model,
				() -> catalogues.openConsultation(id, new RiskCommands.Consultation(required(opensOn, "opensOn"),
						required(closesOn, "closesOn"), limit(channels, 500))));
	}

	@PostMapping("/catalogues/{id}/comments")
	String record(@PathVariable UUID id, @RequestParam(required = false) String authorName,
			@RequestParam(required = false) String content, Model model) {
		// a refusal shows beside this form's fields, with what was typed
		model.addAttribute("commented", true);
		return act(id, model, () -> consultations.comment(id, new RiskCommands.Comment(null, authorName, content)));
	}

	@PostMapping("/comments/{commentId}/answer")
	String answer(@PathVariable UUID commentId, @RequestParam UUID catalogueId,
			@RequestParam RiskCommands.CommentAnswer answer, @RequestParam(required = false) String reason,
			Model model) {
		// a refusal shows beside the fields of this comment's form, with what was typed
		model.addAttribute("answeredComment", commentId);
		return act(catalogueId, model, () -> consultations.answer(commentId, new RiskCommands.Answer(answer, reason)));
	}

	@PostMapping("/catalogues/{id}/publish")
	@SuccessNotice("notice.published")
	String publish(@PathVariable UUID id, @RequestParam(required = false) LocalDate effectiveFrom,
			@RequestParam(required = false) String summary, Model model) {
		return act(id, model, () -> catalogues.publish(id,
				new RiskCommands.Publish(required(effectiveFrom, "effectiveFrom"), limit(summary, 4000))));
	}

	@PostMapping("/catalogues/{id}/revision")
	String revise(@PathVariable UUID id, Model model) {
		try {
			return "redirect:/risk/catalogues/" + catalogues.revise(id).id();
		}
		catch (RuntimeException ex) {
			refusal(ex, model);
			return catalogue(id, model);
		}
	}

	private String act(UUID catalogueId, Model model, Runnable action) {
		try {
			action.run();
			return "redirect:/risk/catalogues/" + catalogueId;
		}
		catch (RuntimeException ex) {
			refusal(ex, model);
			return catalogue(catalogueId, model);
		}
	}

	static void refusal(RuntimeException ex, Model model) {
		org.shanzhi.shared.FormErrors.refusal(ex, model, "risk.incomplete");
	}

	private static <T> T required(T value, String field) {
		if (value == null) {
			throw new FieldRejectedException(field, "required");
		}
		return value;
	}

	static String limit(String s, int max) {
		return s == null ? null : s.length() > max ? s.substring(0, max) : s;
	}

	/** The fields of the point form. */
	public static class PointForm {

		private String title;

		private String violationForm;

		private String causes;

		private String harm;

		private String likelihood;

		private String law;

		private String article;

		private Integer harmRating = 3;

		private Integer likelihoodRating = 3;

		private Grade grade;

		private String overrideReason;

		private String guidanceMethod;

		private String guidanceMeasures;

		RiskCommands.PointInput input(PartyCategory category) {
			List<LegalBasis> bases = new ArrayList<>();
			if (law != null && !law.isBlank()) {
				bases.add(new LegalBasis(limit(law, 100), limit(article == null ? "" : article, 60)));
			}
			return new RiskCommands.PointInput(category, limit(title, 200), limit(violationForm, 2000),
					limit(causes, 2000), limit(harm, 2000), limit(likelihood, 500), bases, grade, harmRating,
					likelihoodRating, limit(overrideReason, 1000), limit(guidanceMethod, 500),
					limit(guidanceMeasures, 4000), null);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getViolationForm() {
			return violationForm;
		}

		public void setViolationForm(String violationForm) {
			this.violationForm = violationForm;
		}

		public String getCauses() {
			return causes;
		}

		public void setCauses(String causes) {
			this.causes = causes;
		}

		public String getHarm() {
			return harm;
		}

		public void setHarm(String harm) {
			this.harm = harm;
		}

		public String getLikelihood() {
			return likelihood;
		}

		public void setLikelihood(String likelihood) {
			this.likelihood = likelihood;
		}

		public String getLaw() {
			return law;
		}

		public void setLaw(String law) {
			this.law = law;
		}

		public String getArticle() {
			return article;
		}

		public void setArticle(String article) {
			this.article = article;
		}

		public Integer getHarmRating() {
			return harmRating;
		}

		public void setHarmRating(Integer harmRating) {
			this.harmRating = harmRating;
		}

		public Integer getLikelihoodRating() {
			return likelihoodRating;
		}

		public void setLikelihoodRating(Integer likelihoodRating) {
			this.likelihoodRating = likelihoodRating;
		}

		public Grade getGrade() {
			return grade;
		}

		public void setGrade(Grade grade) {
			this.grade = grade;
		}

		public String getOverrideReason() {
			return overrideReason;
		}

		public void setOverrideReason(String overrideReason) {
			this.overrideReason = overrideReason;
		}

		public String getGuidanceMethod() {
			return guidanceMethod;
		}

		public void setGuidanceMethod(String guidanceMethod) {
			this.guidanceMethod = guidanceMethod;
		}

		public String getGuidanceMeasures() {
			return guidanceMeasures;
		}

		public void setGuidanceMeasures(String guidanceMeasures) {
			this.guidanceMeasures = guidanceMeasures;
		}

	}

	@Bean
	static NavigationEntry riskNavigation() {
		return new NavigationEntry("nav.riskCatalogues", "/risk", 37, Set.of("OFFICER", "AGENCY_HEAD", "SUPERVISOR"),
				"nav.group.risk");
	}

}
