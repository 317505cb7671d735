package org.shanzhi.risk.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.shanzhi.risk.RiskHistories;
import org.shanzhi.risk.RiskModels;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.PageView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The risk models' JSON API (R6): backtests, imported legacy histories, fitted model
 * versions and their review.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "risk")
class RiskModelApiController {

	private final RiskModels models;

	private final RiskHistories histories;

	RiskModelApiController(RiskModels models, RiskHistories histories) {
		this.models = models;
		this.histories = histories;
	}

	@Operation(summary = "Backtest the model: rank parties at a cut-off, compare with the violations after it; "
			+ "on the platform's records or on an imported history (historyId)")
	@PostMapping("/risk-models/backtest")
	RiskModels.Backtest backtest(@Valid @RequestBody BacktestBody body) {
		return models.backtest(body.cutOff(), body.horizonDays(), body.topShare(), body.historyId());
	}

	record BacktestBody(@jakarta.validation.constraints.NotNull LocalDate cutOff,
			@jakarta.validation.constraints.Min(30) @jakarta.validation.constraints.Max(1095) Integer horizonDays,
			@jakarta.validation.constraints.DecimalMin(value = "0",
					inclusive = false) @jakarta.validation.constraints.DecimalMax("0.5") Double topShare,
			UUID historyId) {
	}

	@Operation(summary = "Import a legacy inspection history (CSV: party_id, date, result, violation_codes, "
			+ "optional occurred_on and features); 400 with every refused row, nothing kept")
	@PostMapping(value = "/risk-histories", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<RiskHistories.HistoryView> importHistory(@RequestPart("file") MultipartFile file,
			@RequestPart(value = "name", required = false) String name) throws IOException {
		if (file.isEmpty()) {
			throw new FieldRejectedException("file", "required");
		}
		String title = name == null || name.isBlank() ? file.getOriginalFilename() : name;
		var view = histories.importCsv(title, file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/risk-histories/" + view.id())).body(view);
	}

	@GetMapping("/risk-histories")
	PageView<RiskHistories.HistoryView> histories(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(histories.list(), page, size);
	}

	@GetMapping("/risk-histories/{id}")
	RiskHistories.HistoryView history(@PathVariable UUID id) {
		return histories.get(id);
	}

	@Operation(summary = "Fit a new model version by regularised logistic regression and validate it")
	@PostMapping("/risk-models")
	ResponseEntity<RiskModels.ModelView> fit(@Valid @RequestBody RiskModels.FitCommand command) {
		var model = models.fit(command);
		return ResponseEntity.created(URI.create("/api/v1/risk-models/" + model.id())).body(model);
	}

	@GetMapping("/risk-models")
	PageView<RiskModels.ModelView> models(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(models.list(), page, size);
	}

	@GetMapping("/risk-models/{id}")
	RiskModels.ModelView model(@PathVariable UUID id) {
		return models.get(id);
	}

	@Operation(summary = "Activate a validated version after review (not by who fitted it)")
	@PostMapping("/risk-models/{id}/activation")
	RiskModels.ModelView activate(@PathVariable UUID id, @Valid @RequestBody Review review) {
		return models.activate(id, review.reviewNote());
	}

	record Review(String reviewNote) {
	}

	@Operation(summary = "Retire the active version: scores go back to the hand-set default")
	@PostMapping("/risk-models/{id}/retirement")
	RiskModels.ModelView retire(@PathVariable UUID id) {
		return models.retire(id);
	}

}
