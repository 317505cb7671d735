package org.shanzhi.leniency.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.leniency.Conditions;
import org.shanzhi.leniency.DraftListCommand;
import org.shanzhi.leniency.EntryInput;
import org.shanzhi.leniency.LeniencyExchange;
import org.shanzhi.leniency.LeniencyLists;
import org.shanzhi.leniency.ListVersionView;
import org.shanzhi.leniency.UpdateDraftCommand;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.RuleViolationException;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leniency lists as pages: the agency's versions for its staff, one version with its
 * entries and their conditions in words, and the published lists for the public.
 */
@Controller
class LeniencyWebController {

	private final LeniencyLists lists;

	private final Agencies agencies;

	private final MessageSource messages;

	private final LeniencyExchange exchange;

	LeniencyWebController(LeniencyLists lists, Agencies agencies, MessageSource messages, LeniencyExchange exchange) {
		this.lists = lists;
		this.agencies = agencies;
		this.messages = messages;
		this.exchange = exchange;
	}

	@GetMapping("/leniency/lists/{id}/export.xlsx")
	void export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		ExcelDownload.send(lists.get(id), exchange, response);
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
	@PostMapping("/leniency/lists/{id}/draft")
	String draftFrom(@PathVariable UUID id, RedirectAttributes redirect) {
		ListVersionView source = lists.get(id);
		List<EntryInput> entries = source.entries()
			.stream()
			.map(e -> new EntryInput(e.violationCode(), e.legalBasis(), e.conditions(), e.treatment(), e.notes()))
			.toList();
		ListVersionView draft = refused(redirect, () -> lists
			.draft(new DraftListCommand(source.agencyId(), source.kind(), source.title(), null, entries, false)));
		return "redirect:/leniency/lists/" + (draft != null ? draft.id() : id);
	}

	/** Replaces a draft's entries with those of a workbook. */
	@PostMapping("/leniency/lists/{id}/import")
	String importInto(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		ListVersionView draft = lists.get(id);
		refused(redirect, () -> {
			try {
				return lists.update(id, new UpdateDraftCommand(draft.version(), draft.title(), draft.effectiveFrom(),
						exchange.read(file.getInputStream())));
			}
			catch (IOException ex) {
				throw new FieldRejectedException("file", "notXlsx");
			}
		});
		return "redirect:/leniency/lists/" + id;
	}

	@PostMapping("/leniency/lists/{id}/publish")
	@SuccessNotice("notice.published")
	String publish(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam long version, RedirectAttributes redirect) {
		refused(redirect, () -> lists.publish(id, effectiveFrom, version));
		return "redirect:/leniency/lists/" + id;
	}

	/**
	 * Runs a page action; a refusal becomes the flash message {@code problem}, in the
	 * reader's language, and the result is {@code null}.
	 */
	private <T> T refused(RedirectAttributes redirect, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (FieldRejectedException | RuleViolationException ex) {
			String detail = ex.updateAndGetBody(messages, LocaleContextHolder.getLocale()).getDetail();
			redirect.addFlashAttribute("problem",
					ex instanceof FieldRejectedException f ? f.field() + ": " + detail : detail);
			return null;
		}
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
				Set.of("OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "SUPERVISOR"), "nav.group.enforcement");
	}

}
