package org.shanzhi.supervision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shanzhi.shared.FormErrors;
import org.shanzhi.supervision.AnnualReports;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual special reports' pages (S6): the year's reports (the office: every agency's,
 * with the city-wide summary; a head: their own, generated from the platform's figures);
 * a report with its figures against last year, its sections edited by the head while a
 * draft or returned, submitted once the year ended, accepted or returned by the office,
 * and its PDF.
 */
@Controller
@RequestMapping("/supervision/reports")
class AnnualReportWebController {

	private final AnnualReports reports;

	private final org.shanzhi.security.Actors actors;

	private final org.springframework.context.MessageSource messages;

	AnnualReportWebController(AnnualReports reports, org.shanzhi.security.Actors actors,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.actors = actors;
		this.reports = reports;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean summary,
			Model model) {
		int y = year == null ? LocalDate.now(SupervisionWebController.ZONE).getYear() - 1 : year;
		if (y < 2000 || y > 2100) {
			throw new org.shanzhi.shared.FieldRejectedException("year", "range");
		}
		model.addAttribute("year", y);
		model.addAttribute("reports", reports.list(y));
		// the city-wide summary computes every measure for two years: on request only
		if (summary && actors.current().has(org.shanzhi.security.Role.SUPERVISOR)) {
			List<AnnualReports.Figure> figures = reports.citySummary(y);
			model.addAttribute("summary", figures);
			chart(model, figures);
		}
		return "supervision/reports";
	}

	@PostMapping
	String generate(@RequestParam int year, Model model) {
		AnnualReports.ReportView r;
		try {
			r = reports.generate(year);
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "supervision.incomplete");
			return list(year, false, model);
		}
		return "redirect:/supervision/reports/" + r.id();
	}

	/**
	 * The figures with a rate, this year against last, for the page's chart (the data-*
	 * attributes the page's script reads).
	 */
	void chart(Model model, List<AnnualReports.Figure> figures) {
		List<String> labels = new ArrayList<>();
		List<String> now = new ArrayList<>();
		List<String> last = new ArrayList<>();
		for (AnnualReports.Figure f : figures) {
			if (f.denominator() == 0 && f.lastDenominator() == 0) {
				continue;
			}
			labels.add(messages.getMessage("supervision.measure." + f.measure(), null, AnnualReports.label(f.measure()),
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			now.add(f.percent() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", f.percent()));
			last.add(f.lastPercent() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", f.lastPercent()));
		}
		model.addAttribute("chartLabels", String.join("|", labels));
		model.addAttribute("chartNow", String.join(",", now));
		model.addAttribute("chartLast", String.join(",", last));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		AnnualReports.ReportView report = reports.get(id);
		model.addAttribute("report", report);
		chart(model, report.figures());
		return "supervision/report";
	}

	@PostMapping("/{id}")
	String edit(@PathVariable UUID id, @RequestParam(name = "heading", required = false) List<String> headings,
			@RequestParam(name = "text", required = false) List<String> texts, @RequestParam long version,
			Model model) {
		List<AnnualReports.Section> sections = new ArrayList<>();
		for (int i = 0; headings != null && i < headings.size(); i++) {
			sections
				.add(new AnnualReports.Section(headings.get(i), texts != null && i < texts.size() ? texts.get(i) : ""));
		}
		return step(id, model, () -> reports.edit(id, sections, version));
	}

	@PostMapping("/{id}/submission")
	@SuccessNotice("notice.submitted")
	String submit(@PathVariable UUID id, @RequestParam long version, Model model) {
		return step(id, model, () -> reports.submit(id, version));
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean accept,
			@RequestParam(required = false) String note, @RequestParam long version, Model model) {
		return step(id, model, () -> reports.review(id, accept, note, version));
	}

	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		AnnualReports.ReportView r = reports.get(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.inline().filename(r.year() + "-annual-report.pdf").build().toString())
			.body(reports.pdf(id));
	}

	private String step(UUID id, Model model, java.util.function.Supplier<?> work) {
		try {
			work.get();
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "supervision.incomplete");
			return show(id, model);
		}
		return "redirect:/supervision/reports/" + id;
	}

}
