package org.shanzhi.risk.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.shanzhi.risk.RiskHistories;
import org.shanzhi.risk.RiskModels;
import org.shanzhi.risk.Scorecard;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RowsRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The risk models' pages (R6): the versions with their validation, fitting a new one on
 * the platform's records or an imported history, a version's weights and its review and
 * activation, importing a legacy history from CSV (with every refused row listed), and
 * backtests.
 */
@Controller
@RequestMapping("/risk/models")
class RiskModelWebController {

	private final RiskModels models;

	private final RiskHistories histories;

	private final MessageSource messages;

	RiskModelWebController(RiskModels models, RiskHistories histories, MessageSource messages) {
		this.models = models;
		this.histories = histories;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("models", models.list());
		model.addAttribute("histories", histories.list());
		model.addAttribute("current", models.current());
		LocalDate today = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);
		if (!model.containsAttribute("cutOff")) {
			model.addAttribute("cutOff", today.minusYears(1));
		}
		return "risk/models";
	}

	@PostMapping
	String fit(@RequestParam(required = false) UUID historyId, @RequestParam(required = false) Integer horizonDays,
			@RequestParam(required = false) Double highFrom, @RequestParam(required = false) Double mediumFrom,
			Model model) {
		try {
			return "redirect:/risk/models/" + models
				.fit(new RiskModels.FitCommand(historyId, horizonDays, null, percent(highFrom), percent(mediumFrom)))
				.id();
		}
		catch (RuntimeException ex) {
			RiskWebController.refusal(ex, model);
			return list(model);
		}
	}

	@PostMapping("/backtest")
	String backtest(@RequestParam(required = false) LocalDate cutOff, @RequestParam(required = false) UUID historyId,
			@RequestParam(required = false) Integer horizonDays, Model model) {
		try {
			model.addAttribute("backtest", models.backtest(cutOff, horizonDays, null, historyId));
		}
		catch (RuntimeException ex) {
			RiskWebController.refusal(ex, model);
		}
		model.addAttribute("cutOff", cutOff);
		return list(model);
	}

	@PostMapping("/histories")
	String importHistory(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String name, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new FieldRejectedException("file", "required");
			}
			var view = histories.importCsv(name == null || name.isBlank() ? file.getOriginalFilename() : name,
					file.getBytes());
			model.addAttribute("imported", view);
		}
		catch (RowsRejectedException ex) {
			var locale = LocaleContextHolder.getLocale();
			model.addAttribute("rowErrors", ex.refusals()
				.stream()
				.map(r -> messages.getMessage("risk.rowError",
						new Object[] { r.row(), r.column() == null ? "" : r.column(),
								messages.getMessage("shanzhi.rows." + r.code(), r.arguments(), r.code(), locale) },
						locale))
				.toList());
			model.addAttribute("moreRowErrors", ex.more());
		}
		catch (RuntimeException ex) {
			RiskWebController.refusal(ex, model);
		}
		return list(model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var version = models.get(id);
		model.addAttribute("version", version);
		model.addAttribute("pointsPerUnit", Scorecard.FACTOR);
		model.addAttribute("history", version.historyId() == null ? null : histories.get(version.historyId()));
		return "risk/model";
	}

	@PostMapping("/{id}/activation")
	String activate(@PathVariable UUID id, @RequestParam(required = false) String reviewNote, Model model) {
		return act(id, model, () -> models.activate(id, reviewNote));
	}

	@PostMapping("/{id}/retirement")
	String retire(@PathVariable UUID id, Model model) {
		return act(id, model, () -> models.retire(id));
	}

	private String act(UUID id, Model model, Runnable action) {
		try {
			action.run();
			return "redirect:/risk/models/" + id;
		}
		catch (RuntimeException ex) {
			RiskWebController.refusal(ex, model);
			return show(id, model);
		}
	}

	/** Thresholds are entered in percent on the page. */
	private static Double percent(Double value) {
		return value == null ? null : value / 100;
	}

}
