package org.shanzhi.audit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.audit.AuditLines;
import org.shanzhi.audit.AuditTrail;
import org.shanzhi.shared.ListColumns;
import org.shanzhi.shared.ListExport;
import org.shanzhi.shared.ListPage;
import org.shanzhi.shared.ListQuery;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.PageView;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail of a record (an htmx fragment on each record's page) and the chain
 * check.
 */
@Controller
class AuditWebController {

	private final AuditTrail trail;

	private final AuditLines lines;

	private final org.springframework.context.MessageSource messages;

	AuditWebController(AuditTrail trail, AuditLines lines, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.trail = trail;
		this.lines = lines;
	}

	@GetMapping("/audit/trail")
	String trail(@RequestParam String subjectType, @RequestParam String subjectId, Model model) {
		model.addAttribute("entries", lines.present(trail.forSubject(subjectType, subjectId)));
		return "audit/trail :: trail";
	}

	/** The columns of the audit list and its export, from the entries in words. */
	static final ListColumns<AuditLines.AuditLine> COLUMNS = ListColumns.of(AuditLines.AuditLine.class)
		.plain("seq", "audit.seq", AuditLines.AuditLine::seq)
		.time("time", "audit.time", null, AuditLines.AuditLine::time)
		.plain("actor", "audit.actor", AuditLines.AuditLine::actor)
		.plain("subject", "audit.subject", AuditLines.AuditLine::subject)
		.plain("action", "audit.action", AuditLines.AuditLine::action)
		.plain("change", "audit.change", AuditWebController::changes);

	@GetMapping("/audit")
	String overview(@RequestParam(required = false) String subjectType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
		ListQuery query = ListQuery.parse(null, sort, page, COLUMNS, "time,desc");
		String type = known(subjectType);
		var entries = trail.page(type, from, to, query.ascending(), query.page(), ListPage.PAGE_SIZE);
		var shown = new PageView<>(lines.present(entries.items()), entries.page(), entries.size(), entries.total());
		model.addAttribute("list", ListPage.of(shown, COLUMNS, query, "/audit/export.xlsx"));
		model.addAttribute("entries", shown.items());
		model.addAttribute("subjectTypes", SUBJECT_TYPES);
		model.addAttribute("subjectType", type);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/index";
	}

	/**
	 * The entries as filtered and ordered, in words, as an Excel workbook (at most
	 * 10,000).
	 */
	@GetMapping("/audit/export.xlsx")
	void export(@RequestParam(required = false) String subjectType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
		ListQuery query = ListQuery.parse(null, sort, 0, COLUMNS, "time,desc");
		List<AuditLines.AuditLine> rows = lines.present(PageView
			.allPages(p -> trail.page(known(subjectType), from, to, query.ascending(), p, PageView.MAX_SIZE)));
		ListExport.send(response, messages, "audit.title", COLUMNS, rows);
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", trail.verify());
		return overview(null, null, null, null, null, model);
	}

	/** The kinds of record the trail names, as the filter offers them. */
	static final List<String> SUBJECT_TYPES = List.of("ENFORCEMENT_CASE", "GUIDANCE_ACT", "MEDIATION_CASE",
			"INSPECTION", "COERCIVE_MEASURE", "PARTY", "RISK_WARNING", "RISK_CATALOGUE", "RISK_EVALUATION",
			"RISK_MODEL", "LENIENCY_LIST", "VIOLATION_TYPE", "APPLICATION", "EVIDENCE", "JOINT_ACTION", "REFERRAL",
			"SHARING_RULE", "CONDUCT_COMPLAINT", "SURVEY", "ANNUAL_REPORT", "CALENDAR_DAY", "ACCOUNT", "AGENCY",
			"OFFICER");

	private static String known(String subjectType) {
		return subjectType != null && SUBJECT_TYPES.contains(subjectType) ? subjectType : null;
	}

	private static String changes(AuditLines.AuditLine line) {
		List<String> parts = new ArrayList<>();
		for (AuditLines.ChangeLine c : line.changes()) {
			parts.add(c.label() + "：" + (c.before() == null ? "" : c.before() + " → ")
					+ (c.after() == null ? "" : c.after()));
		}
		return String.join("；", parts);
	}

	@Bean
	static NavigationEntry auditNavigation() {
		return new NavigationEntry("nav.audit", "/audit", 90, Set.of("AGENCY_HEAD", "SUPERVISOR", "ADMIN"),
				"nav.group.supervision");
	}

}
