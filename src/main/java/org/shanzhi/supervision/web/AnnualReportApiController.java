package org.shanzhi.supervision.web;

import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.PageView;
import org.shanzhi.supervision.AnnualReports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agencies' annual special reports through the API (S6). */
@RestController
@Tag(name = "supervision")
class AnnualReportApiController {

	private final AnnualReports reports;

	AnnualReportApiController(AnnualReports reports) {
		this.reports = reports;
	}

	record Generate(@jakarta.validation.constraints.Min(2000) @jakarta.validation.constraints.Max(2100) Integer year) {
	}

	@Operation(summary = "Generate your agency's report of a year from the platform's figures (AGENCY_HEAD)")
	@PostMapping("/api/v1/annual-reports")
	ResponseEntity<AnnualReports.ReportView> generate(@jakarta.validation.Valid @RequestBody Generate body) {
		if (body.year() == null) {
			throw new FieldRejectedException("year", "required");
		}
		var r = reports.generate(body.year());
		return ResponseEntity.created(URI.create("/api/v1/annual-reports/" + r.id())).body(r);
	}

	@GetMapping("/api/v1/annual-reports")
	PageView<AnnualReports.ReportView> list(@RequestParam int year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(reports.list(year), page, size);
	}

	@GetMapping("/api/v1/annual-reports/{id}")
	AnnualReports.ReportView get(@PathVariable UUID id) {
		return reports.get(id);
	}

	record Edit(List<AnnualReports.@Valid Section> sections, long version) {
	}

	@PutMapping("/api/v1/annual-reports/{id}")
	AnnualReports.ReportView edit(@PathVariable UUID id, @Valid @RequestBody Edit body) {
		return reports.edit(id, body.sections(), body.version());
	}

	record Version(long version) {
	}

	@Operation(summary = "Submit the report to the office (only after the year ended)")
	@PostMapping("/api/v1/annual-reports/{id}/submission")
	AnnualReports.ReportView submit(@PathVariable UUID id, @Valid @RequestBody Version body) {
		return reports.submit(id, body.version());
	}

	record Review(Boolean accept, String note, long version) {
	}

	@PostMapping("/api/v1/annual-reports/{id}/review")
	AnnualReports.ReportView review(@PathVariable UUID id, @Valid @RequestBody Review body) {
		if (body.accept() == null) {
			throw new FieldRejectedException("accept", "required");
		}
		return reports.review(id, body.accept(), body.note(), body.version());
	}

	@GetMapping(value = "/api/v1/annual-reports/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	byte[] pdf(@PathVariable UUID id) {
		return reports.pdf(id);
	}

	@Operation(summary = "The city-wide summary of a year: every agency's figures added up (SUPERVISOR)"
			+ PageView.ONE_PAGE)
	@GetMapping("/api/v1/annual-reports/city-summary")
	PageView<AnnualReports.Figure> citySummary(@RequestParam int year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(reports.citySummary(year), page, size);
	}

}
