package org.shanzhi.leniency.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.leniency.AssessCommand;
import org.shanzhi.leniency.AssessmentView;
import org.shanzhi.leniency.Assessments;
import org.shanzhi.leniency.DraftListCommand;
import org.shanzhi.leniency.LeniencyLists;
import org.shanzhi.leniency.ListVersionView;
import org.shanzhi.leniency.UpdateDraftCommand;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of the leniency lists and assessments (API.md, "Leniency"). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "leniency")
class LeniencyApiController {

	private final LeniencyLists lists;

	private final Assessments assessments;

	private final org.shanzhi.leniency.LeniencyExchange exchange;

	LeniencyApiController(LeniencyLists lists, Assessments assessments,
			org.shanzhi.leniency.LeniencyExchange exchange) {
		this.lists = lists;
		this.assessments = assessments;
		this.exchange = exchange;
	}

	@Operation(summary = "A list version as an Excel workbook")
	@GetMapping("/leniency-lists/{id}/export.xlsx")
	void export(@PathVariable UUID id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		ExcelDownload.send(lists.get(id), exchange, response);
	}

	@Operation(summary = "A new draft from an Excel workbook (columns as the export writes them)")
	@PostMapping(path = "/leniency-lists/import",
			consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ListVersionView> importDraft(
			@org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file,
			@RequestParam org.shanzhi.leniency.ListKind kind, @RequestParam String title,
			@RequestParam(required = false) LocalDate effectiveFrom) throws java.io.IOException {
		List<org.shanzhi.leniency.EntryInput> entries = exchange.read(file.getInputStream());
		ListVersionView list = lists.draft(new DraftListCommand(null, kind, title, effectiveFrom, entries, false));
		return ResponseEntity.created(URI.create("/api/v1/leniency-lists/" + list.id())).body(list);
	}

	@Operation(summary = "The versions of an agency's two lists (default: your agency)" + PageView.ONE_PAGE)
	@GetMapping("/leniency-lists")
	PageView<ListVersionView> lists(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(lists.ofAgency(agencyId), page, size);
	}

	@GetMapping("/leniency-lists/{id}")
	ListVersionView get(@PathVariable UUID id) {
		return lists.get(id);
	}

	@Operation(summary = "A new version of a list: a draft, or published at once with publish=true and effectiveFrom")
	@PostMapping("/leniency-lists")
	ResponseEntity<ListVersionView> draft(@Valid @RequestBody DraftListCommand command) {
		ListVersionView list = lists.draft(command);
		return ResponseEntity.created(URI.create("/api/v1/leniency-lists/" + list.id())).body(list);
	}

	@Operation(summary = "Edit a draft; send the version you read (409 when someone saved in between)")
	@PutMapping("/leniency-lists/{id}")
	ListVersionView update(@PathVariable UUID id, @Valid @RequestBody UpdateDraftCommand command) {
		return lists.update(id, command);
	}

	@Operation(summary = "Publish a draft as the version in force from effectiveFrom (422 when it overlaps)")
	@PostMapping("/leniency-lists/{id}/publish")
	ListVersionView publish(@PathVariable UUID id, @Valid @RequestBody(required = false) PublishBody body) {
		return lists.publish(id, body == null ? null : body.effectiveFrom(), body == null ? null : body.version());
	}

	@Operation(summary = "Assess a violation against the lists in force on the day it occurred")
	@PostMapping("/leniency/assessments")
	AssessmentView assess(@Valid @RequestBody AssessCommand command) {
		return assessments.assess(command);
	}

	@Operation(summary = "Published lists, for everybody (no sign-in)" + PageView.ONE_PAGE)
	@GetMapping("/public/leniency-lists")
	PageView<ListVersionView> published(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(lists.published(agencyId), page, size);
	}

	record PublishBody(LocalDate effectiveFrom, Long version) {
	}

}
