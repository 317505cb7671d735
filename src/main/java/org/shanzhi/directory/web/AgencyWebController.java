package org.shanzhi.directory.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyKind;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.shared.ListColumns;
import org.shanzhi.shared.ListExport;
import org.shanzhi.shared.ListPage;
import org.shanzhi.shared.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agencies of the city: a list (search, kind, sorting, paging, export) and each one's
 * page.
 */
@Controller
class AgencyWebController {

	static final ListColumns<AgencyView> COLUMNS = ListColumns.of(AgencyView.class)
		.text("name", "agency.name", AgencyView::name)
		.text("division", "agency.division", AgencyView::divisionCode)
		.plainCode("level", "agency.level", "agency.level.", AgencyView::level)
		.plainCode("kind", "agency.kind", "agency.kind.", AgencyView::kind)
		.text("head", "agency.head", AgencyView::headName);

	private final Agencies agencies;

	private final MessageSource messages;

	AgencyWebController(Agencies agencies, MessageSource messages) {
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/agencies")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) AgencyKind kind,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
		ListQuery query = ListQuery.parse(q, sort, page, COLUMNS, "division,asc");
		model.addAttribute("list", ListPage.inMemory(ofKind(kind), COLUMNS, query, AgencyWebController::searchable,
				"/agencies/export.xlsx"));
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", AgencyKind.values());
		return "agencies/list";
	}

	@GetMapping("/agencies/export.xlsx")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) AgencyKind kind,
			@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
		ListQuery query = ListQuery.parse(q, sort, 0, COLUMNS, "division,asc");
		ListExport.send(response, messages, "agency.list", COLUMNS,
				ListPage.arrange(ofKind(kind), COLUMNS, query, AgencyWebController::searchable));
	}

	private List<AgencyView> ofKind(AgencyKind kind) {
		List<AgencyView> all = agencies.all();
		return kind == null ? all : all.stream().filter(a -> a.kind() == kind).toList();
	}

	private static String searchable(AgencyView a) {
		return a.name() + " " + a.divisionCode() + " " + (a.headName() == null ? "" : a.headName());
	}

	@GetMapping("/agencies/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("agency", agencies.get(id));
		model.addAttribute("officers", agencies.officersOf(id));
		return "agencies/show";
	}

}
