package org.shanzhi.leniency.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.leniency.Conditions;
import org.shanzhi.leniency.LeniencyLists;
import org.shanzhi.leniency.ListVersionView;
import org.shanzhi.shared.NavigationEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leniency lists as pages: the agency's versions for its staff, one version with its
 * entries and their conditions in words, and the published lists for the public.
 */
@Controller
class LeniencyWebController {

	private final LeniencyLists lists;

	private final Agencies agencies;

	private final MessageSource messages;

	private final org.shanzhi.leniency.LeniencyExchange exchange;

	LeniencyWebController(LeniencyLists lists, Agencies agencies, MessageSource messages,
			org.shanzhi.leniency.LeniencyExchange exchange) {
		this.lists = lists;
		this.agencies = agencies;
		this.messages = messages;
		this.exchange = exchange;
	}

	@GetMapping("/leniency/lists/{id}/export.xlsx")
	void export(@PathVariable UUID id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		ListVersionView list = lists.get(id);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				org.springframework.http.ContentDisposition.attachment()
					.filename("leniency-" + list.kind().name().toLowerCase() + "-" + list.label() + ".xlsx")
					.build()
					.toString());
		exchange.export(id, response.getOutputStream());
	}

	@GetMapping("/leniency")
	String agencyLists(@RequestParam(required = false) UUID agencyId, Model model) {
		model.addAttribute("versions", lists.ofAgency(agencyId));
		model.addAttribute("texts", this);
		return "leniency/index";
	}

	@GetMapping("/leniency/lists/{id}")
	String version(@PathVariable UUID id, Model model) {
		ListVersionView list = lists.get(id);
		model.addAttribute("list", list);
		model.addAttribute("agency", agencies.get(list.agencyId()));
		model.addAttribute("texts", this);
		return "leniency/show";
	}

	/**
	 * A new draft with the entries of a version, to be changed by an Excel import or the
	 * API.
	 */
	@org.springframework.web.bind.annotation.PostMapping("/leniency/lists/{id}/draft")
	String draftFrom(@PathVariable UUID id, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		ListVersionView source = lists.get(id);
		try {
			ListVersionView draft = lists
				.draft(new org.shanzhi.leniency.DraftListCommand(source.agencyId(), source.kind(), source.title(), null,
						source.entries()
							.stream()
							.map(e -> new org.shanzhi.leniency.EntryInput(e.violationCode(), e.legalBasis(),
									e.conditions(), e.treatment(), e.notes()))
							.toList(),
						false));
			return "redirect:/leniency/lists/" + draft.id();
		}
		catch (org.shanzhi.shared.RuleViolationException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage("shanzhi.rule." + ex.rule(),
					ex.getDetailMessageArguments(), LocaleContextHolder.getLocale()));
			return "redirect:/leniency/lists/" + id;
		}
	}

	/** Replaces a draft's entries with those of a workbook. */
	@org.springframework.web.bind.annotation.PostMapping("/leniency/lists/{id}/import")
	String importInto(@PathVariable UUID id,
			@org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) throws java.io.IOException {
		ListVersionView draft = lists.get(id);
		try {
			lists.update(id, new org.shanzhi.leniency.UpdateDraftCommand(draft.version(), draft.title(),
					draft.effectiveFrom(), exchange.read(file.getInputStream())));
		}
		catch (org.shanzhi.shared.FieldRejectedException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": "
					+ messages.getMessage("shanzhi.validation." + ex.code(), null, LocaleContextHolder.getLocale()));
		}
		catch (org.shanzhi.shared.RuleViolationException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage("shanzhi.rule." + ex.rule(),
					ex.getDetailMessageArguments(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/leniency/lists/" + id;
	}

	@org.springframework.web.bind.annotation.PostMapping("/leniency/lists/{id}/publish")
	String publish(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(
			required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate effectiveFrom,
			@org.springframework.web.bind.annotation.RequestParam long version,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		try {
			lists.publish(id, effectiveFrom, version);
		}
		catch (org.shanzhi.shared.FieldRejectedException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage("shanzhi.validation." + ex.code(), null, LocaleContextHolder.getLocale()));
		}
		catch (org.shanzhi.shared.RuleViolationException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage("shanzhi.rule." + ex.rule(),
					ex.getDetailMessageArguments(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/leniency/lists/" + id;
	}

	/** Published lists for everybody, without signing in; one agency at a time. */
	@GetMapping("/public/leniency-lists")
	String published(@RequestParam(required = false) UUID agencyId, Model model) {
		List<AgencyView> all = agencies.all()
			.stream()
			.filter(a -> a.kind() == org.shanzhi.directory.AgencyKind.ENFORCEMENT)
			.toList();
		UUID chosen = agencyId != null ? agencyId : all.isEmpty() ? null : all.get(0).id();
		model.addAttribute("agencies", all);
		model.addAttribute("chosen", chosen);
		model.addAttribute("versions", chosen == null ? List.of() : lists.published(chosen));
		model.addAttribute("texts", this);
		return "leniency/public";
	}

	/** The conditions of an entry in words, in the reader's language. */
	public List<String> describe(Conditions c) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> out = new ArrayList<>();
		if (c.firstOffenceMonths() != null) {
			out.add(messages.getMessage("leniency.condition.firstOffence." + c.scope(),
					new Object[] { c.firstOffenceMonths() }, locale));
		}
		if (c.maxHarm() != null) {
			out.add(messages.getMessage("leniency.condition.maxHarm",
					new Object[] { messages.getMessage("harm." + c.maxHarm(), null, locale) }, locale));
		}
		if (c.correctedWithinDays() != null) {
			out.add(messages.getMessage("leniency.condition.correctedWithin", new Object[] { c.correctedWithinDays() },
					locale));
		}
		if (Boolean.TRUE.equals(c.correctedBeforeDecision())) {
			out.add(messages.getMessage("leniency.condition.correctedBeforeDecision", null, locale));
		}
		if (Boolean.TRUE.equals(c.commitmentLetter())) {
			out.add(messages.getMessage("leniency.condition.commitmentLetter", null, locale));
		}
		if (Boolean.TRUE.equals(c.rectificationVerified())) {
			out.add(messages.getMessage("leniency.condition.rectificationVerified", null, locale));
		}
		return out;
	}

	@Bean
	static NavigationEntry leniencyNavigation() {
		return new NavigationEntry("nav.leniency", "/leniency", 40,
				Set.of("OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "SUPERVISOR"));
	}

}
