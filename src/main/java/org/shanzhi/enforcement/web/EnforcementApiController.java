package org.shanzhi.enforcement.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.shanzhi.enforcement.CaseStatus;
import org.shanzhi.enforcement.CaseTimeLimits;
import org.shanzhi.enforcement.CaseTimeLimitsView;
import org.shanzhi.enforcement.PenaltyTimeLimits;
import org.shanzhi.enforcement.RecusalView;
import org.shanzhi.enforcement.SetTimeLimitsCommand;
import org.shanzhi.enforcement.TimeLimitsView;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.CoerciveMeasureView;
import org.shanzhi.enforcement.CoerciveMeasures;
import org.shanzhi.enforcement.Consistency;
import org.shanzhi.enforcement.DecideCommand;
import org.shanzhi.enforcement.DefineViolationTypeCommand;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.InspectionView;
import org.shanzhi.enforcement.Inspections;
import org.shanzhi.enforcement.InvestigateCommand;
import org.shanzhi.enforcement.OpenCaseCommand;
import org.shanzhi.enforcement.RecordInspectionCommand;
import org.shanzhi.enforcement.RequestCoerciveMeasureCommand;
import org.shanzhi.enforcement.TreatmentProposal;
import org.shanzhi.enforcement.ViolationTypeView;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of enforcement (API.md, "Enforcement"). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "enforcement")
class EnforcementApiController {

	private final ViolationTypes violationTypes;

	private final EnforcementCases cases;

	private final Inspections inspections;

	private final CoerciveMeasures coercive;

	private final Consistency consistency;

	private final PenaltyTimeLimits timeLimits;

	private final CaseTimeLimits caseTimeLimits;

	EnforcementApiController(ViolationTypes violationTypes, EnforcementCases cases, Inspections inspections,
			CoerciveMeasures coercive, Consistency consistency, PenaltyTimeLimits timeLimits,
			CaseTimeLimits caseTimeLimits) {
		this.timeLimits = timeLimits;
		this.caseTimeLimits = caseTimeLimits;
		this.violationTypes = violationTypes;
		this.cases = cases;
		this.inspections = inspections;
		this.coercive = coercive;
		this.consistency = consistency;
	}

	@Operation(summary = "An agency's catalogue of violation types (default: your agency)" + PageView.ONE_PAGE)
	@GetMapping("/violation-types")
	PageView<ViolationTypeView> violationTypes(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(violationTypes.list(agencyId), page, size);
	}

	@Operation(summary = "Add a violation type to your agency's catalogue (AGENCY_HEAD, LEGAL_REVIEWER, ADMIN)")
	@PostMapping("/violation-types")
	ResponseEntity<ViolationTypeView> defineViolationType(@Valid @RequestBody DefineViolationTypeCommand command) {
		ViolationTypeView type = violationTypes.define(command);
		return ResponseEntity.created(URI.create("/api/v1/violation-types/" + type.id())).body(type);
	}

	@Operation(summary = "Record an inspection of a party")
	@PostMapping("/inspections")
	ResponseEntity<InspectionView> inspect(@Valid @RequestBody RecordInspectionCommand command) {
		InspectionView inspection = inspections.record(command);
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + inspection.id())).body(inspection);
	}

	@GetMapping("/inspections/{id}")
	InspectionView inspection(@PathVariable UUID id) {
		return inspections.get(id);
	}

	@Operation(summary = "Register an enforcement case (status REGISTERED; a head's own registration is filed: OPEN); "
			+ "officerIds names at least two officers with valid certificates; 422 limitation-period-expired. "
			+ "procedure SIMPLE reports a penalty imposed on the spot (当场处罚): DECIDED, or DELIVERED when partySigned, "
			+ "with documentNumber and reportedLate; 422 simple-procedure-threshold")
	@PostMapping("/enforcement-cases")
	ResponseEntity<Object> open(@Valid @RequestBody OpenCaseCommand command) {
		CaseView opened = cases.open(command);
		return ResponseEntity.created(URI.create("/api/v1/enforcement-cases/" + opened.id()))
			.body(opened.procedure() == org.shanzhi.enforcement.CaseProcedure.SIMPLE
					? org.shanzhi.enforcement.OnTheSpotView.of(opened, simpleProcedure.report(opened)) : opened);
	}

	@GetMapping("/enforcement-cases/{id}")
	CaseView get(@PathVariable UUID id) {
		return cases.get(id);
	}

	@Operation(summary = "立案审批 by the head: approved → OPEN with filedOn and the 立案审批表, refused → NOT_FILED "
			+ "(422 rejection-needs-note, filing-late-needs-reason)")
	@PostMapping("/enforcement-cases/{id}/filing")
	CaseView file(@PathVariable UUID id, @Valid @RequestBody FilingBody body) {
		return cases.file(id, body.approve(), body.note(), body.lateReason());
	}

	@Operation(summary = "The head names an officer of the agency with a valid certificate to the case")
	@PostMapping("/enforcement-cases/{id}/officers")
	ResponseEntity<CaseView> assignOfficer(@PathVariable UUID id, @Valid @RequestBody OfficerBody body) {
		CaseView c = cases.assignOfficer(id, body.officerId());
		return ResponseEntity.created(URI.create("/api/v1/enforcement-cases/" + id)).body(c);
	}

	@Operation(summary = "The head takes an officer off the case (two acting officers stay)")
	@DeleteMapping("/enforcement-cases/{id}/officers/{officerId}")
	CaseView removeOfficer(@PathVariable UUID id, @PathVariable UUID officerId) {
		return cases.removeOfficer(id, officerId);
	}

	@Operation(summary = "回避: the officer, or the party (PUBLIC, on its own case), applies for the officer's "
			+ "recusal (422 recusal-needs-reason)")
	@PostMapping("/enforcement-cases/{id}/officers/{officerId}/recusal")
	ResponseEntity<RecusalView> applyForRecusal(@PathVariable UUID id, @PathVariable UUID officerId,
			@Valid @RequestBody RecusalBody body) {
		RecusalView applied = cases.applyForRecusal(id, officerId, body.reason(), body.appliedBy());
		return ResponseEntity.created(URI.create("/api/v1/enforcement-cases/" + id)).body(applied);
	}

	@Operation(summary = "The head decides the officer's pending recusal; approved, the officer no longer acts")
	@PostMapping("/enforcement-cases/{id}/officers/{officerId}/recusal/decision")
	RecusalView decideRecusal(@PathVariable UUID id, @PathVariable UUID officerId,
			@Valid @RequestBody ReviewBody body) {
		return cases.decideRecusal(id, officerId, body.approve(), body.note());
	}

	@Operation(summary = "The case's time limits, those not yet running null, and the names of those passed (overdue)")
	@GetMapping("/enforcement-cases/{id}/time-limits")
	CaseTimeLimitsView caseTimeLimits(@PathVariable UUID id) {
		return caseTimeLimits.of(cases.get(id));
	}

	@Operation(summary = "The agency's cases past a time limit, longest over first (AGENCY_HEAD, SUPERVISOR)")
	@GetMapping("/enforcement-cases/overdue")
	PageView<CaseTimeLimits.OverdueCase> overdue(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return caseTimeLimits.overdue(agencyId, page, size);
	}

	@Operation(summary = "An agency's time limits of the penalty procedure (the head of that agency, ADMIN)")
	@GetMapping("/enforcement-cases/time-limits")
	TimeLimitsView timeLimits(@RequestParam(required = false) UUID agencyId) {
		return timeLimits.get(agencyId);
	}

	@Operation(summary = "Set an agency's time limits (the head of that agency, ADMIN; 422 threshold-above-statute)")
	@PutMapping("/enforcement-cases/time-limits")
	TimeLimitsView setTimeLimits(@RequestParam(required = false) UUID agencyId,
			@Valid @RequestBody SetTimeLimitsCommand command) {
		return timeLimits.set(agencyId, command);
	}

	@GetMapping("/enforcement-cases")
	PageView<CaseView> search(@RequestParam(required = false) UUID partyId,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return cases.search(partyId, status, page, size);
	}

	@Operation(summary = "End the investigation with the established circumstances (status INVESTIGATED)")
	@PostMapping("/enforcement-cases/{id}/investigation")
	CaseView investigate(@PathVariable UUID id, @Valid @RequestBody InvestigateCommand command) {
		return cases.investigate(id, command);
	}

	@Operation(summary = "What the leniency lists propose for the case now")
	@GetMapping("/enforcement-cases/{id}/proposal")
	TreatmentProposal proposal(@PathVariable UUID id) {
		return cases.proposal(id);
	}

	@Operation(summary = "Decide the case; a departure from the proposal needs departureReason and goes to review")
	@PostMapping("/enforcement-cases/{id}/decision")
	CaseView decide(@PathVariable UUID id, @Valid @RequestBody DecideCommand command) {
		return cases.decide(id, command);
	}

	@Operation(summary = "The legal reviewer approves or rejects a departing decision (LEGAL_REVIEWER)")
	@PostMapping("/enforcement-cases/{id}/review")
	CaseView review(@PathVariable UUID id, @Valid @RequestBody ReviewBody body) {
		return cases.review(id, body.approve(), body.note(), body.opinions() == null ? List.of() : body.opinions());
	}

	@Operation(summary = "结案 by the head, from a performed decision, a ruled enforcement application or a transfer")
	@PostMapping("/enforcement-cases/{id}/close")
	CaseView close(@PathVariable UUID id, @Valid @RequestBody(required = false) CloseBody body) {
		return cases.close(id, body == null ? null : body.summary());
	}

	record CloseBody(@Size(max = 4000) String summary) {
	}

	@Operation(summary = "Request a coercive measure; 422 without the reason, or at night / on a holiday unless urgent")
	@PostMapping("/coercive-measures")
	ResponseEntity<CoerciveMeasureView> requestCoercive(@Valid @RequestBody RequestCoerciveMeasureCommand command) {
		CoerciveMeasureView measure = coercive.request(command);
		return ResponseEntity.created(URI.create("/api/v1/coercive-measures/" + measure.id())).body(measure);
	}

	@Operation(summary = "The agency head approves or rejects a coercive measure (AGENCY_HEAD)")
	@PostMapping("/coercive-measures/{id}/approval")
	CoerciveMeasureView approveCoercive(@PathVariable UUID id, @Valid @RequestBody ReviewBody body) {
		return coercive.decide(id, body.approve(), body.note());
	}

	@GetMapping("/enforcement-cases/{id}/coercive-measures")
	PageView<CoerciveMeasureView> coerciveOfCase(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(coercive.ofCase(id), page, size);
	}

	@Operation(summary = "Consistency of treatments per violation type, agency and officer (C2)")
	@GetMapping("/enforcement/consistency")
	Map<String, Object> consistency(@RequestParam(required = false) String violationCode) {
		return Map.of("rows", consistency.rows(violationCode), "flagged", consistency.flagged(violationCode, 100));
	}

	record ReviewBody(boolean approve, @Size(max = 2000) String note,
			@Size(max = 20) List<@jakarta.validation.constraints.NotBlank @Size(max = 2000) String> opinions) {
	}

	record FilingBody(boolean approve, @Size(max = 2000) String note, @Size(max = 2000) String lateReason) {
	}

	record OfficerBody(@jakarta.validation.constraints.NotNull UUID officerId) {
	}

	record RecusalBody(@Size(max = 2000) String reason, RecusalView.AppliedBy appliedBy) {
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.shanzhi.enforcement.SimpleProcedure simpleProcedure;

}
