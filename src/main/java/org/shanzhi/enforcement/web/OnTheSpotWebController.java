package org.shanzhi.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.enforcement.CaseOrigin;
import org.shanzhi.enforcement.CaseProcedure;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.OpenCaseCommand;
import org.shanzhi.enforcement.Penalty;
import org.shanzhi.enforcement.PenaltyKind;
import org.shanzhi.enforcement.SimpleDecision;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.PeopleTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report of a penalty imposed on the spot (当场处罚, APL arts. 51–52) from a party's
 * new-case page: the case registered, decided and, signed by the party, delivered, with
 * its 当场处罚决定书. A refusal shows the form again with the refusal in words.
 */
@Controller
@RequestMapping("/cases/on-the-spot")
class OnTheSpotWebController {

	private final EnforcementCases cases;

	private final ViolationTypes violationTypes;

	private final Parties parties;

	private final Agencies agencies;

	private final Actors actors;

	private final Accounts accounts;

	private final MessageSource messages;

	OnTheSpotWebController(EnforcementCases cases, ViolationTypes violationTypes, Parties parties, Agencies agencies,
			Actors actors, Accounts accounts, MessageSource messages) {
		this.cases = cases;
		this.violationTypes = violationTypes;
		this.parties = parties;
		this.agencies = agencies;
		this.actors = actors;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	String form(@RequestParam UUID partyId, Model model) {
		LocalDateTime now = LocalDateTime.now(PeopleTime.ZONE).withSecond(0).withNano(0);
		List<UUID> mine = accounts.officerOf(actors.current().accountId()).map(List::of).orElse(List.of());
		model.addAttribute("form", new OnTheSpotForm(partyId, null, now.toLocalDate(), "", mine, now, false, null, "",
				"", "", true, "", true));
		return render(partyId, model);
	}

	@PostMapping
	String report(@RequestParam UUID partyId, @RequestParam(required = false) String violationCode,
			@RequestParam(required = false) String occurredOn, @RequestParam(required = false) String facts,
			@RequestParam(required = false) List<UUID> officerIds, @RequestParam(required = false) String decidedAt,
			@RequestParam(required = false) Boolean warning, @RequestParam(required = false) String fine,
			@RequestParam(required = false) String reasons, @RequestParam(required = false) String law,
			@RequestParam(required = false) String article, @RequestParam(required = false) Boolean statementHeard,
			@RequestParam(required = false) String statement, @RequestParam(required = false) Boolean partySigned,
			Model model, RedirectAttributes redirect) {
		OnTheSpotForm form = new OnTheSpotForm(partyId, violationCode, parsed(occurredOn, LocalDate::parse), facts,
				officerIds, parsed(decidedAt, LocalDateTime::parse), warning, parsed(fine, BigDecimal::new), reasons,
				law, article, statementHeard, statement, partySigned);
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		CaseView opened = FormErrors.attempt(errors, () -> {
			unreadable("occurredOn", occurredOn, form.occurredOn());
			unreadable("decidedAt", decidedAt, form.decidedAt());
			unreadable("fine", fine, form.fine());
			return cases.open(command(form));
		});
		if (opened == null) {
			return render(partyId, model);
		}
		redirect.addFlashAttribute("flashNotice", messages.getMessage("notice.decidedOnTheSpot",
				new Object[] { opened.decision().documentNumber() }, LocaleContextHolder.getLocale()));
		return "redirect:/cases/" + opened.id();
	}

	/** The value read from the text, {@code null} when blank or unreadable. */
	private static <T> T parsed(String text, java.util.function.Function<String, T> read) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return read.apply(text.strip());
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	/** 400 for a value given that could not be read. */
	private static void unreadable(String field, String text, Object value) {
		if (text != null && !text.isBlank() && value == null) {
			throw new FieldRejectedException(field, "type");
		}
	}

	static OpenCaseCommand command(OnTheSpotForm f) {
		if (f.decidedAt() == null) {
			throw new FieldRejectedException("decidedAt", "required");
		}
		if (f.occurredOn() == null) {
			throw new FieldRejectedException("occurredOn", "required");
		}
		List<Penalty> penalties = new ArrayList<>();
		if (Boolean.TRUE.equals(f.warning())) {
			penalties.add(Penalty.of(PenaltyKind.WARNING));
		}
		if (f.fine() != null) {
			penalties.add(Penalty.fine(f.fine()));
		}
		if (penalties.isEmpty()) {
			throw new FieldRejectedException("fine", "required");
		}
		return new OpenCaseCommand(f.partyId(), f.violationCode(), f.occurredOn(), f.facts(), CaseOrigin.INSPECTION,
				null, List.of(), null, f.officerIds() == null ? List.of() : f.officerIds(), CaseProcedure.SIMPLE, null,
				false, null, f.decidedAt().atZone(PeopleTime.ZONE).toOffsetDateTime(),
				new SimpleDecision(penalties, f.reasons(), new LegalBasis(f.law(), f.article())),
				Boolean.TRUE.equals(f.statementHeard()), f.statement(), Boolean.TRUE.equals(f.partySigned()));
	}

	private String render(UUID partyId, Model model) {
		model.addAttribute("party", parties.get(partyId));
		model.addAttribute("types", violationTypes.list(null));
		model.addAttribute("officers", agencies.officersOf(actors.current().requireAgency()));
		return "cases/on-the-spot";
	}

	/** The form's fields; the decision's time is local to Asia/Shanghai. */
	record OnTheSpotForm(UUID partyId, String violationCode, LocalDate occurredOn, String facts, List<UUID> officerIds,
			LocalDateTime decidedAt, Boolean warning, BigDecimal fine, String reasons, String law, String article,
			Boolean statementHeard, String statement, Boolean partySigned) {

	}

}
