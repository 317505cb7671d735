package org.shanzhi.enforcement.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyKind;
import org.shanzhi.enforcement.PenaltyPublications;
import org.shanzhi.enforcement.PublishedDecision;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.PageView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 公示 of penalty decisions on the portal (APL art. 48), for everybody without signing
 * in: searchable by agency, text and days of decision, a page at a time, with the list as
 * CSV to download.
 */
@Controller
class PenaltyPublicationWebController {

	static final int PAGE_SIZE = 20;

	private final PenaltyPublications publications;

	private final Agencies agencies;

	PenaltyPublicationWebController(PenaltyPublications publications, Agencies agencies) {
		this.publications = publications;
		this.agencies = agencies;
	}

	@GetMapping("/public/penalty-decisions")
	String page(@RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		String text = q == null ? "" : q.strip();
		text = text.length() > 100 ? text.substring(0, 100) : text;
		int p = page == null || page < 0 ? 0 : page;
		PageView<PublishedDecision> found;
		try {
			found = publications.search(agencyId, text, from, to, p, PAGE_SIZE);
		}
		catch (FieldRejectedException ex) {
			model.addAttribute("refusal", "shanzhi.validation." + ex.code());
			found = new PageView<>(java.util.List.of(), 0, PAGE_SIZE, 0);
		}
		model.addAttribute("found", found);
		model.addAttribute("agencies", agencies.all().stream().filter(a -> a.kind() != AgencyKind.SUPERVISOR).toList());
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("q", text);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "enforcement/penalty-decisions";
	}

	@GetMapping("/public/penalty-decisions/export.csv")
	ResponseEntity<String> export(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
			throws IOException {
		return PenaltyPublicationApiController.csv(publications.all(agencyId, q, from, to));
	}

}
