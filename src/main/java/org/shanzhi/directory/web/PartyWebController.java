package org.shanzhi.directory.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.shanzhi.directory.PartyCategory;
import org.shanzhi.directory.PartyExchange;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.directory.PartyView;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.RegisterPartyCommand;
import org.shanzhi.directory.UpdatePartyCommand;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.ListColumns;
import org.shanzhi.shared.ListPage;
import org.shanzhi.shared.ListQuery;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Pages of the party directory. An htmx request gets the fragment, a normal one the page.
 */
@Controller
@RequestMapping("/parties")
class PartyWebController {

	private final Parties parties;

	private final PartyExchange exchange;

	private final MessageSource messages;

	private final org.shanzhi.security.Actors actors;

	PartyWebController(Parties parties, PartyExchange exchange, MessageSource messages,
			org.shanzhi.security.Actors actors) {
		this.actors = actors;
		this.parties = parties;
		this.exchange = exchange;
		this.messages = messages;
	}

	/** The list's columns (the export carries the exchange format's own columns). */
	static final ListColumns<PartyView> COLUMNS = ListColumns.of(PartyView.class)
		.text("name", "party.name", PartyView::name)
		.plainCode("kind", "party.kind", "party.kind.", PartyView::kind)
		.plain("identifier", "party.identifier", PartyView::identifier)
		.plainCode("category", "party.category", "party.category.", PartyView::category)
		.plain("address", "party.address", PartyView::address)
		.time("createdAt", "party.createdAt", "yyyy-MM-dd", PartyView::createdAt);

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ListQuery query = ListQuery.parse(q, sort, page, COLUMNS, null);
		var result = parties.search(query.q(), query.sort(), query.ascending(), query.page(), ListPage.PAGE_SIZE);
		boolean mayExport = actors.current()
			.hasAny(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("result", result);
		model.addAttribute("list", ListPage.of(result, COLUMNS, query, mayExport ? "/parties/export.xlsx" : null));
		return htmx != null ? "parties/list :: results" : "parties/list";
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("party",
				new RegisterPartyCommand(PartyKind.ORGANIZATION, "", "", "", PartyCategory.CATERING, "", ""));
		addChoices(model);
		return "parties/new";
	}

	@PostMapping
	@SuccessNotice("notice.registered")
	String register(@Valid @ModelAttribute("party") RegisterPartyCommand party, BindingResult errors, Model model) {
		PartyView created = FormErrors.attempt(errors, () -> parties.register(party));
		if (created != null) {
			return "redirect:/parties/" + created.id();
		}
		addChoices(model);
		return "parties/new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("party", parties.get(id));
		return "parties/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		PartyView p = parties.get(id);
		model.addAttribute("partyId", id);
		model.addAttribute("partyName", p.name());
		model.addAttribute("party",
				new UpdatePartyCommand(p.name(), p.category(), p.address(), p.phone(), p.version()));
		model.addAttribute("categories", PartyCategory.values());
		return "parties/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("party") UpdatePartyCommand party, BindingResult errors,
			Model model) {
		if (FormErrors.attempt(errors, () -> parties.update(id, party)) != null) {
			return "redirect:/parties/" + id;
		}
		model.addAttribute("partyId", id);
		model.addAttribute("partyName", parties.get(id).name());
		model.addAttribute("categories", PartyCategory.values());
		return "parties/edit";
	}

	/** htmx: swaps the masked number for the full one; the access is audited. */
	@PostMapping("/{id}/identity")
	String reveal(@PathVariable UUID id, Model model) {
		model.addAttribute("idNumber", parties.revealIdNumber(id));
		return "parties/show :: identity";
	}

	@GetMapping("/import")
	String importForm() {
		return "parties/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try (var in = file.getInputStream()) {
			model.addAttribute("report", exchange.importXlsx(in));
		}
		catch (FieldRejectedException ex) {
			model.addAttribute("fileError",
					messages.getMessage("shanzhi.validation." + ex.code(), null, LocaleContextHolder.getLocale()));
		}
		return "parties/import";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			HttpServletResponse response) throws IOException {
		ListQuery query = ListQuery.parse(q, sort, 0, COLUMNS, null);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"parties.xlsx\"");
		exchange.exportXlsx(query.q(), query.sort(), query.ascending(), response.getOutputStream());
	}

	private static void addChoices(Model model) {
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("categories", PartyCategory.values());
	}

}
