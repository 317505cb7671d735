package org.shanzhi.supervision.web;

import jakarta.validation.Valid;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shanzhi.shared.AgencyMeasures;
import org.shanzhi.shared.PageView;
import org.shanzhi.supervision.AgencyAssessments;
import org.shanzhi.supervision.Exams;
import org.shanzhi.supervision.IndicatorSystems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assessment (S2) and exams (S1) through the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "supervision")
class SupervisionApiController {

	private final IndicatorSystems systems;

	private final AgencyAssessments assessments;

	private final Exams exams;

	SupervisionApiController(IndicatorSystems systems, AgencyAssessments assessments, Exams exams) {
		this.systems = systems;
		this.assessments = assessments;
		this.exams = exams;
	}

	@Operation(summary = "The measures the modules offer to the indicators")
	@GetMapping("/assessment-measures")
	Map<String, AgencyMeasures.Kind> measures() {
		return systems.measures();
	}

	@GetMapping("/indicator-systems/{year}")
	List<IndicatorSystems.Indicator> system(
			@PathVariable @jakarta.validation.constraints.Min(2000) @jakarta.validation.constraints.Max(2100) int year) {
		return systems.of(year);
	}

	@Operation(summary = "Define the year's indicator system (SUPERVISOR); weights must add up to 100")
	@PutMapping("/indicator-systems/{year}")
	List<IndicatorSystems.Indicator> define(
			@PathVariable @jakarta.validation.constraints.Min(2000) @jakarta.validation.constraints.Max(2100) int year,
			@RequestBody List<IndicatorSystems.Indicator> indicators) {
		return systems.define(year, indicators);
	}

	@Operation(summary = "Run the year's assessment of every agency (SUPERVISOR)")
	@PostMapping("/assessments/{year}/runs")
	ResponseEntity<AgencyAssessments.RunView> run(@PathVariable int year) {
		var run = assessments.run(year);
		return ResponseEntity.created(URI.create("/api/v1/assessment-runs/" + run.id())).body(run);
	}

	@GetMapping("/assessments/{year}")
	AgencyAssessments.RunView latest(@PathVariable int year) {
		return assessments.latest(year);
	}

	@GetMapping("/assessment-runs/{id}")
	AgencyAssessments.RunView get(@PathVariable UUID id) {
		return assessments.get(id);
	}

	@Operation(summary = "The records behind one agency's score on one indicator")
	@GetMapping("/assessment-runs/{id}/agencies/{agencyId}/indicators/{code}")
	AgencyAssessments.Drill drill(@PathVariable UUID id, @PathVariable UUID agencyId, @PathVariable String code) {
		return assessments.drill(id, agencyId, code);
	}

	record ManualScore(BigDecimal score, String note, String evidence) {
	}

	@Operation(summary = "A supervisor's score of an agency on a manual indicator (inspection findings)")
	@PutMapping("/assessments/{year}/manual-scores/{code}/{agencyId}")
	ResponseEntity<Void> scoreByHand(@PathVariable int year, @PathVariable String code, @PathVariable UUID agencyId,
			@Valid @RequestBody ManualScore body) {
		assessments.scoreByHand(year, code, agencyId, body.score(), body.note(), body.evidence());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Set an exam (SUPERVISOR)")
	@PostMapping("/exams")
	ResponseEntity<Exams.ExamView> createExam(@Valid @RequestBody Exams.ExamInput input) {
		var exam = exams.create(input);
		return ResponseEntity.created(URI.create("/api/v1/exams/" + exam.id())).body(exam);
	}

	@GetMapping("/exams")
	PageView<Exams.ExamView> exams(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(exams.list(), page, size);
	}

	@Operation(summary = "Start (or resume) your paper of an exam")
	@PostMapping("/exams/{id}/papers")
	Exams.PaperView start(@PathVariable UUID id) {
		return exams.start(id);
	}

	@GetMapping("/exams/{id}/results")
	PageView<Exams.Result> results(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(exams.results(id), page, size);
	}

	@GetMapping("/exam-papers/mine")
	PageView<Exams.Result> mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(exams.mine(), page, size);
	}

	@GetMapping("/exam-papers/{id}")
	Exams.PaperView paper(@PathVariable UUID id) {
		return exams.paper(id);
	}

	record Submission(Map<String, List<Integer>> answers) {
	}

	@Operation(summary = "Hand in your answers: question code → chosen option indexes; graded at once")
	@PostMapping("/exam-papers/{id}/submission")
	Exams.PaperView submit(@PathVariable UUID id, @Valid @RequestBody Submission body) {
		return exams.submit(id, body.answers());
	}

}
