package org.shanzhi.portal.web;

import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.shanzhi.portal.Surveys;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Satisfaction surveys and the satisfaction per month (S5) through the API. */
@RestController
@Tag(name = "portal")
class SurveyApiController {

	private final Surveys surveys;

	SurveyApiController(Surveys surveys) {
		this.surveys = surveys;
	}

	record Version(long version) {
	}

	@Operation(summary = "Draft a survey campaign (AGENCY_HEAD for its agency; SUPERVISOR for any agency)")
	@PostMapping("/api/v1/surveys")
	ResponseEntity<Surveys.SurveyView> create(@Valid @RequestBody Surveys.SurveyCommand body) {
		var survey = surveys.create(body);
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + survey.id())).body(survey);
	}

	@Operation(summary = "The survey campaigns of the agencies you see, newest first" + PageView.ONE_PAGE)
	@GetMapping("/api/v1/surveys")
	PageView<Surveys.SurveyView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(surveys.list(), page, size);
	}

	@GetMapping("/api/v1/surveys/{id}")
	Surveys.SurveyView get(@PathVariable UUID id) {
		return surveys.get(id);
	}

	@Operation(summary = "Open a drafted campaign: its questions are fixed from now")
	@PostMapping("/api/v1/surveys/{id}/opening")
	Surveys.SurveyView open(@PathVariable UUID id, @Valid @RequestBody Version body) {
		return surveys.open(id, body.version());
	}

	@Operation(summary = "Close an open campaign before its last day")
	@PostMapping("/api/v1/surveys/{id}/closing")
	Surveys.SurveyView close(@PathVariable UUID id, @Valid @RequestBody Version body) {
		return surveys.close(id, body.version());
	}

	@Operation(summary = "Each question's answers counted, and the campaign's satisfaction")
	@GetMapping("/api/v1/surveys/{id}/results")
	Surveys.Results results(@PathVariable UUID id) {
		return surveys.results(id);
	}

	@Operation(summary = "Satisfaction month by month (from, to as YYYY-MM; the last twelve months by default): "
			+ "service ratings and survey answers, of an agency or the city" + PageView.ONE_PAGE)
	@GetMapping("/api/v1/satisfaction")
	PageView<Surveys.MonthFigure> trend(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		YearMonth last = to == null ? YearMonth.now(org.shanzhi.shared.PeopleTime.ZONE) : month("to", to);
		YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
		return PageView.slice(surveys.trend(agencyId, first, last), page, size);
	}

	static YearMonth month(String field, String value) {
		YearMonth m;
		try {
			m = YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new FieldRejectedException(field, "invalid");
		}
		if (m.getYear() < 2000 || m.getYear() > 2100) {
			throw new FieldRejectedException(field, "range");
		}
		return m;
	}

	@Operation(summary = "The survey campaigns running today that are put to the signed-in party" + PageView.ONE_PAGE)
	@GetMapping("/api/v1/my/surveys")
	PageView<Surveys.MySurvey> mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(surveys.mine(), page, size);
	}

	@Operation(summary = "Answer a survey campaign, once, while it runs (the signed-in party)")
	@PostMapping("/api/v1/my/surveys/{id}/answers")
	ResponseEntity<Surveys.MySurvey> answer(@PathVariable UUID id, @Valid @RequestBody Surveys.Answers body) {
		return ResponseEntity.status(201).body(surveys.answer(id, body));
	}

}
