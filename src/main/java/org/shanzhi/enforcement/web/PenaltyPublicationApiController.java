package org.shanzhi.enforcement.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shanzhi.enforcement.PenaltyPublications;
import org.shanzhi.enforcement.PublishedDecision;
import org.shanzhi.shared.PageView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The 公示 of penalty decisions (APL art. 48) as open data, without sign-in: JSON, or CSV
 * with {@code Accept: text/csv}. Rate-limited like every public endpoint.
 */
@RestController
@RequestMapping("/api/v1/public/penalty-decisions")
@Tag(name = "public")
class PenaltyPublicationApiController {

	static final String[] CSV_HEADER = { "documentNumber", "agencyName", "partyName", "partyIdentifier", "violation",
			"penalties", "legalBasis", "decidedOn", "publishedOn" };

	private final PenaltyPublications publications;

	PenaltyPublicationApiController(PenaltyPublications publications) {
		this.publications = publications;
	}

	@Operation(summary = "The penalty decisions published (of an agency; q in the party's name as shown, the number "
			+ "or the violation; decided from/to), newest first; Accept: text/csv gives all of them as CSV"
			+ PageView.ONE_PAGE)
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	PageView<PublishedDecision> search(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return publications.search(agencyId, q, from, to, page, size);
	}

	@GetMapping(produces = "text/csv")
	ResponseEntity<String> csv(@RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
			throws IOException {
		return csv(publications.all(agencyId, q, from, to));
	}

	/**
	 * The decisions as a CSV download (UTF-8 with a byte-order mark, for spreadsheets).
	 */
	static ResponseEntity<String> csv(java.util.List<PublishedDecision> decisions) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
			for (PublishedDecision d : decisions) {
				csv.printRecord(d.documentNumber(), d.agencyName(), d.partyName(), d.partyIdentifier(), d.violation(),
						d.penalties(), d.legalBasis(), d.decidedOn(), d.publishedOn());
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("penalty-decisions.csv").build().toString())
			.body("\uFEFF" + out);
	}

	@Operation(summary = "A published penalty decision by its document number (404 when unknown or withdrawn)")
	@GetMapping("/{documentNumber}")
	PublishedDecision get(@PathVariable String documentNumber) {
		return publications.get(documentNumber);
	}

}
