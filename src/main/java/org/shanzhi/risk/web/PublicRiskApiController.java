package org.shanzhi.risk.web;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.risk.Consultations;
import org.shanzhi.risk.RiskCatalogues;
import org.shanzhi.risk.RiskCommands;
import org.shanzhi.shared.PageView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The published risk catalogues as open data (R3), without sign-in: JSON, or CSV with
 * {@code Accept: text/csv}; and the public's comments on a catalogue in consultation
 * (R2). Rate-limited like every public endpoint.
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "public")
class PublicRiskApiController {

	static final String[] CSV_HEADER = { "agency", "partyCategory", "version", "effectiveFrom", "position", "riskPoint",
			"violationForm", "causes", "possibleHarm", "likelihood", "legalBasis", "grade", "guidanceMethod",
			"guidanceMeasures" };

	private final RiskCatalogues catalogues;

	private final Consultations consultations;

	PublicRiskApiController(RiskCatalogues catalogues, Consultations consultations) {
		this.catalogues = catalogues;
		this.consultations = consultations;
	}

	@Operation(summary = "The risk points of the catalogues in effect (JSON; Accept: text/csv gives all of them as CSV)"
			+ PageView.ONE_PAGE)
	@GetMapping(value = "/risk-catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
	PageView<RiskCatalogues.PublishedPoint> catalogue(@RequestParam(required = false) PartyCategory partyCategory,
			@RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(catalogues.published(partyCategory, agencyId, limit(q)), page, size);
	}

	@GetMapping(value = "/risk-catalogue", produces = "text/csv")
	ResponseEntity<String> csv(@RequestParam(required = false) PartyCategory partyCategory,
			@RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String q)
			throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
			for (RiskCatalogues.PublishedPoint p : catalogues.published(partyCategory, agencyId, limit(q))) {
				csv.printRecord(p.agencyName(), p.partyCategory(), p.versionNo(), p.effectiveFrom(), p.position(),
						p.title(), p.violationForm(), p.causes(), p.harm(), p.likelihood(),
						p.legalBasis().stream().map(b -> b.law() + b.article()).collect(Collectors.joining("；")),
						p.grade(), p.guidanceMethod(), p.guidanceMeasures());
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"risk-catalogue.csv\"")
			.body("\uFEFF" + out);
	}

	@Operation(summary = "Comment on a catalogue while its consultation is open (authorName required)")
	@PostMapping("/risk-catalogues/{id}/comments")
	ResponseEntity<Consultations.CommentView> comment(@PathVariable UUID id,
			@Valid @RequestBody RiskCommands.Comment command) {
		Consultations.CommentView c = consultations.comment(id, command);
		return ResponseEntity.created(URI.create("/api/v1/public/risk-catalogues/" + id + "/comments")).body(c);
	}

	@Operation(
			summary = "The comments on a catalogue in consultation or published, and their answers" + PageView.ONE_PAGE)
	@GetMapping("/risk-catalogues/{id}/comments")
	PageView<Consultations.CommentView> comments(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(consultations.of(id), page, size);
	}

	private static String limit(String q) {
		return q == null ? null : q.length() > 100 ? q.substring(0, 100) : q;
	}

}
