package org.shanzhi.risk.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.net.URI;
import java.util.List;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.shanzhi.risk.Consultations;
import org.shanzhi.risk.GradeMatrix;
import org.shanzhi.risk.RiskCatalogueView;
import org.shanzhi.risk.RiskCatalogues;
import org.shanzhi.risk.RiskCommands;
import org.shanzhi.risk.RiskPointView;
import org.shanzhi.risk.RiskWarningExport;
import org.shanzhi.risk.RiskWarnings;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of the risk catalogues (API.md, "Risk 法律风险防控"). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "risk")
class RiskApiController {

	private final RiskCatalogues catalogues;

	private final Consultations consultations;

	private final org.shanzhi.risk.GuidanceInAdvance inAdvance;

	private final org.shanzhi.risk.Evaluations evaluations;

	private final org.shanzhi.risk.RiskScores scores;

	private final RiskWarnings warningService;

	private final RiskWarningExport warningExport;

	private final org.shanzhi.risk.InspectionPlans plans;

	private final org.shanzhi.risk.EvaluationDocuments evaluationDocuments;

	RiskApiController(RiskCatalogues catalogues, Consultations consultations,
			org.shanzhi.risk.GuidanceInAdvance inAdvance, org.shanzhi.risk.Evaluations evaluations,
			org.shanzhi.risk.EvaluationDocuments evaluationDocuments, org.shanzhi.risk.RiskScores scores,
			RiskWarnings warningService, org.shanzhi.risk.InspectionPlans plans, RiskWarningExport warningExport) {
		this.plans = plans;
		this.warningExport = warningExport;
		this.warningService = warningService;
		this.scores = scores;
		this.evaluations = evaluations;
		this.evaluationDocuments = evaluationDocuments;
		this.inAdvance = inAdvance;
		this.catalogues = catalogues;
		this.consultations = consultations;
	}

	@Operation(summary = "Add a risk point to your agency's draft catalogue of its party category")
	@PostMapping("/risk-points")
	ResponseEntity<RiskPointView> add(@Valid @RequestBody RiskCommands.PointInput input) {
		RiskPointView p = catalogues.addPoint(input);
		return ResponseEntity.created(URI.create("/api/v1/risk-points/" + p.id())).body(p);
	}

	@GetMapping("/risk-points/{id}")
	RiskPointView point(@PathVariable UUID id) {
		return catalogues.point(id);
	}

	@Operation(summary = "Change a risk point of a draft catalogue")
	@PutMapping("/risk-points/{id}")
	RiskPointView change(@PathVariable UUID id, @Valid @RequestBody RiskCommands.PointInput input) {
		return catalogues.changePoint(id, input);
	}

	@DeleteMapping("/risk-points/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		catalogues.removePoint(id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Guidance in advance from a published point: to every party of its category, or to partyIds")
	@PostMapping("/risk-points/{id}/guidance")
	ResponseEntity<org.shanzhi.risk.GuidanceInAdvance.Result> guide(@PathVariable UUID id,
			@Valid @RequestBody org.shanzhi.risk.GuidanceInAdvance.Batch batch) {
		return ResponseEntity.status(201).body(inAdvance.give(id, batch));
	}

	@Operation(summary = "The catalogues of your agency (or of agencyId, for supervisors)" + PageView.ONE_PAGE)
	@GetMapping("/risk-catalogues")
	PageView<RiskCatalogueView> catalogues(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(catalogues.catalogues(agencyId), page, size);
	}

	@GetMapping("/risk-catalogues/{id}")
	RiskCatalogueView catalogue(@PathVariable UUID id) {
		return catalogues.catalogue(id);
	}

	@Operation(summary = "Open the draft's public consultation for a period (AGENCY_HEAD)")
	@PostMapping("/risk-catalogues/{id}/consultation")
	RiskCatalogueView consultation(@PathVariable UUID id, @Valid @RequestBody RiskCommands.Consultation command) {
		return catalogues.openConsultation(id, command);
	}

	@Operation(summary = "Publish after the consultation, every comment answered (AGENCY_HEAD)")
	@PostMapping("/risk-catalogues/{id}/publish")
	RiskCatalogueView publish(@PathVariable UUID id, @Valid @RequestBody RiskCommands.Publish command) {
		return catalogues.publish(id, command);
	}

	@Operation(summary = "Start the next version from a published catalogue")
	@PostMapping("/risk-catalogues/{id}/revision")
	ResponseEntity<RiskCatalogueView> revise(@PathVariable UUID id) {
		RiskCatalogueView draft = catalogues.revise(id);
		return ResponseEntity.created(URI.create("/api/v1/risk-catalogues/" + draft.id())).body(draft);
	}

	@Operation(summary = "The comments of the consultation and their answers" + PageView.ONE_PAGE)
	@GetMapping("/risk-catalogues/{id}/comments")
	PageView<Consultations.CommentView> comments(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(consultations.of(id), page, size);
	}

	@Operation(summary = "Comment (a party signed in), or record a comment received otherwise (the agency's staff)")
	@PostMapping("/risk-catalogues/{id}/comments")
	ResponseEntity<Consultations.CommentView> comment(@PathVariable UUID id,
			@Valid @RequestBody RiskCommands.Comment command) {
		Consultations.CommentView c = consultations.comment(id, command);
		return ResponseEntity.created(URI.create("/api/v1/risk-comments/" + c.id())).body(c);
	}

	@Operation(summary = "Answer a comment: ADOPTED, PARTLY or NOT_ADOPTED, with the reason")
	@PostMapping("/risk-comments/{id}/answer")
	Consultations.CommentView answer(@PathVariable UUID id, @Valid @RequestBody RiskCommands.Answer command) {
		return consultations.answer(id, command);
	}

	@Operation(summary = "A party's risk score, grade, model version and each factor's contribution with its evidence")
	@GetMapping("/risk-scores/{partyId}")
	org.shanzhi.risk.RiskScores.ScoreView score(@PathVariable UUID partyId) {
		return scores.score(partyId);
	}

	@Operation(summary = "Rescore every party at once (SUPERVISOR, ADMIN)")
	@PostMapping("/risk-scores/recompute")
	org.shanzhi.risk.RiskScores.Recompute recompute() {
		return scores.recomputeAll();
	}

	@Operation(summary = "Draw an inspection plan: the top parties by risk, mixed with a random share (双随机)")
	@PostMapping("/inspection-plans")
	ResponseEntity<org.shanzhi.risk.InspectionPlans.PlanView> plan(
			@Valid @RequestBody org.shanzhi.risk.InspectionPlans.Draw command) {
		var plan = plans.draw(command);
		return ResponseEntity.created(URI.create("/api/v1/inspection-plans/" + plan.id())).body(plan);
	}

	@GetMapping("/inspection-plans/{id}")
	org.shanzhi.risk.InspectionPlans.PlanView plan(@PathVariable UUID id) {
		return plans.get(id);
	}

	@Operation(
			summary = "Early warnings of your agencies, filtered by status (OPEN, HANDLED, EXPIRED), reason, the party's "
					+ "current grade, party, party name (q) and overdue (the deadline passed unhandled); sort openedAt or "
					+ "expiresOn with ,asc or ,desc (default openedAt,desc)" + PageView.ONE_PAGE)
	@GetMapping("/risk-warnings")
	PageView<RiskWarnings.WarningView> warnings(@RequestParam(required = false) RiskWarnings.Status status,
			@RequestParam(required = false) RiskWarnings.Reason reason,
			@RequestParam(required = false) org.shanzhi.risk.Grade grade, @RequestParam(required = false) UUID partyId,
			@RequestParam(required = false) String q, @RequestParam(required = false) Boolean overdue,
			@Parameter(description = "openedAt or expiresOn, with ,asc or ,desc",
					example = "openedAt,desc") @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return warningService.page(new RiskWarnings.Filter(status, reason, grade, partyId, q, overdue), sort, page,
				size);
	}

	@Operation(summary = "The filtered list of early warnings as Excel (the filters and sort of the list)")
	@GetMapping("/risk-warnings/export.xlsx")
	void exportWarnings(@RequestParam(required = false) RiskWarnings.Status status,
			@RequestParam(required = false) RiskWarnings.Reason reason,
			@RequestParam(required = false) org.shanzhi.risk.Grade grade, @RequestParam(required = false) UUID partyId,
			@RequestParam(required = false) String q, @RequestParam(required = false) Boolean overdue,
			@Parameter(description = "openedAt or expiresOn, with ,asc or ,desc",
					example = "openedAt,desc") @RequestParam(required = false) String sort,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		sendWarnings(warningExport, new RiskWarnings.Filter(status, reason, grade, partyId, q, overdue), sort,
				response);
	}

	/**
	 * Writes the export: the list is read (and a bad filter refused) before the answer is
	 * committed as a spreadsheet.
	 */
	static void sendWarnings(RiskWarningExport export, RiskWarnings.Filter filter, String sort,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		java.io.ByteArrayOutputStream book = new java.io.ByteArrayOutputStream();
		export.export(filter, sort, org.springframework.context.i18n.LocaleContextHolder.getLocale(), book);
		response.setContentType(RiskWarningExport.MEDIA_TYPE);
		response.setHeader("Content-Disposition",
				org.springframework.http.ContentDisposition.attachment()
					.filename("risk-warnings-" + LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE) + ".xlsx")
					.build()
					.toString());
		response.setContentLength(book.size());
		book.writeTo(response.getOutputStream());
	}

	@Operation(summary = "One early warning of your agencies")
	@GetMapping("/risk-warnings/{id}")
	RiskWarnings.WarningView warning(@PathVariable UUID id) {
		return warningService.get(id);
	}

	@Operation(
			summary = "Record the intervention on an open warning: the outcome (GUIDANCE_GIVEN by default, INSPECTION, "
					+ "DISMISSED), the guidance form (for GUIDANCE_GIVEN), what was done or the reason to dismiss, the act, "
					+ "the inspection (for INSPECTION)")
	@PostMapping("/risk-warnings/{id}/interventions")
	RiskWarnings.WarningView intervene(@PathVariable UUID id,
			@Valid @RequestBody RiskWarnings.Intervention intervention) {
		return warningService.intervene(id, intervention);
	}

	/** The agency is named, never implied: a client that leaves it out is refused. */
	record GenerateEvaluation(@NotNull UUID agencyId, @NotNull LocalDate periodFrom, @NotNull LocalDate periodTo) {
	}

	@Operation(summary = "Generate the evaluation report of an agency for a period (at most two years, ended)")
	@PostMapping("/risk-evaluations")
	ResponseEntity<org.shanzhi.risk.Evaluations.EvaluationView> evaluate(
			@Valid @RequestBody GenerateEvaluation command) {
		var report = evaluations.generate(new org.shanzhi.risk.Evaluations.Generate(command.agencyId(),
				command.periodFrom(), command.periodTo()));
		return ResponseEntity.created(URI.create("/api/v1/risk-evaluations/" + report.id())).body(report);
	}

	@GetMapping("/risk-evaluations")
	PageView<org.shanzhi.risk.Evaluations.EvaluationView> evaluations(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(evaluations.ofAgency(agencyId), page, size);
	}

	@GetMapping("/risk-evaluations/{id}")
	org.shanzhi.risk.Evaluations.EvaluationView evaluation(@PathVariable UUID id) {
		return evaluations.get(id);
	}

	@Operation(summary = "Write the conclusions of a draft report")
	@PutMapping("/risk-evaluations/{id}/conclusions")
	org.shanzhi.risk.Evaluations.EvaluationView conclusions(@PathVariable UUID id,
			@Valid @RequestBody org.shanzhi.risk.Evaluations.Conclusions command) {
		return evaluations.writeConclusions(id, command);
	}

	@Operation(summary = "Compute a draft report's figures again")
	@PostMapping("/risk-evaluations/{id}/refresh")
	org.shanzhi.risk.Evaluations.EvaluationView refresh(@PathVariable UUID id) {
		return evaluations.refresh(id);
	}

	@Operation(summary = "Finalise the report: numbered, never changed again (AGENCY_HEAD)")
	@PostMapping("/risk-evaluations/{id}/final")
	org.shanzhi.risk.Evaluations.EvaluationView finalise(@PathVariable UUID id) {
		return evaluations.finalise(id);
	}

	@GetMapping(value = "/risk-evaluations/{id}/report.pdf",
			produces = org.springframework.http.MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> report(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"risk-evaluation.pdf\"")
			.body(evaluationDocuments.pdf(id));
	}

	@Operation(summary = "An agency's impact x likelihood matrix (five rows of H/M/L, harm 1-5 by likelihood 1-5)")
	@GetMapping("/risk-matrix")
	GradeMatrix matrix(@RequestParam UUID agencyId) {
		return catalogues.matrix(agencyId);
	}

	@Operation(summary = "Set your agency's matrix (AGENCY_HEAD)")
	@PutMapping("/risk-matrix")
	GradeMatrix setMatrix(@Valid @RequestBody MatrixBody body) {
		return catalogues.setMatrix(new GradeMatrix(body.cells()));
	}

	/** The matrix as sent: checked when it becomes a {@link GradeMatrix}. */
	record MatrixBody(@Schema(description = "five rows of five grades (H, M, L) separated by /, likelihood by severity",
			example = "LLMMH/LMMHH/MMHHH/MHHHH/HHHHH") @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(
					max = 29) String cells) {
	}

}
