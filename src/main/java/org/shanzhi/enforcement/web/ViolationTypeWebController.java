package org.shanzhi.enforcement.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.enforcement.ViolationTypeView;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.shared.ListColumns;
import org.shanzhi.shared.ListExport;
import org.shanzhi.shared.ListPage;
import org.shanzhi.shared.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue of violations with their legal basis, penalty range and discretion
 * benchmark: searched by title, description or basis, sorted, paged and exported.
 */
@Controller
class ViolationTypeWebController {

	static final ListColumns<ViolationTypeView> COLUMNS = ListColumns.of(ViolationTypeView.class)
		.text("title", "case.violation", ViolationTypeView::title)
		.plain("basis", "leniency.basis", t -> t.legalBasis() == null ? null : t.legalBasis().toString())
		.number("min", "violationTypes.min", t -> t.penaltyRange().fine() ? t.penaltyRange().min() : null)
		.number("max", "violationTypes.max", t -> t.penaltyRange().fine() ? t.penaltyRange().max() : null)
		.plain("other", "violationTypes.other", t -> t.penaltyRange().otherPenalties());

	private final ViolationTypes violationTypes;

	private final MessageSource messages;

	ViolationTypeWebController(ViolationTypes violationTypes, MessageSource messages) {
		this.violationTypes = violationTypes;
		this.messages = messages;
	}

	@GetMapping("/violation-types")
	String list(@RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
		ListQuery query = ListQuery.parse(q, sort, page, COLUMNS, "title,asc");
		model.addAttribute("list", ListPage.inMemory(violationTypes.list(agencyId), COLUMNS, query,
				ViolationTypeWebController::searchable, "/violation-types/export.xlsx"));
		return "enforcement/violation-types";
	}

	@GetMapping("/violation-types/export.xlsx")
	void export(@RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
		ListQuery query = ListQuery.parse(q, sort, 0, COLUMNS, "title,asc");
		ListExport.send(response, messages, "violationTypes.title", COLUMNS, ListPage
			.arrange(violationTypes.list(agencyId), COLUMNS, query, ViolationTypeWebController::searchable));
	}

	private static String searchable(ViolationTypeView t) {
		return t.title() + " " + (t.description() == null ? "" : t.description()) + " "
				+ (t.legalBasis() == null ? "" : t.legalBasis().toString());
	}

}
