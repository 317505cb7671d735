package org.shanzhi.supervision.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shanzhi.directory.AgencyView;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.supervision.AgencyAssessments;
import org.shanzhi.supervision.Exams;
import org.shanzhi.supervision.IndicatorSystems;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervision pages (S1, S2): the supervisor's city-wide dashboard (the ranking of
 * the year's assessment with every indicator's score, charts by agency and district,
 * running it again, scoring by hand) and the drill-down from any number to the records
 * behind it; the head's own agency dashboard; the exams — set by the supervisor, taken by
 * officers within their time, with results and each officer's training record.
 */
@Controller
@RequestMapping("/supervision")
class SupervisionWebController {

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final AgencyAssessments assessments;

	private final IndicatorSystems systems;

	private final Exams exams;

	private final Actors actors;

	private final org.shanzhi.directory.Agencies agencies;

	private final String districtMap;

	private final org.springframework.context.MessageSource messages;

	SupervisionWebController(AgencyAssessments assessments, IndicatorSystems systems, Exams exams, Actors actors,
			org.shanzhi.directory.Agencies agencies,
			@org.springframework.beans.factory.annotation.Value("${shanzhi.supervision.district-map:}") String districtMap,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.districtMap = districtMap;
		this.agencies = agencies;
		this.assessments = assessments;
		this.systems = systems;
		this.exams = exams;
		this.actors = actors;
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? LocalDate.now(ZONE).getYear() : year;
		if (y < 2000 || y > 2100) {
			throw new org.shanzhi.shared.FieldRejectedException("year", "range");
		}
		model.addAttribute("year", y);
		model.addAttribute("indicators", systems.of(y));
		List<AgencyView> assessed = assessments.assessed();
		model.addAttribute("assessed", assessed);
		try {
			AgencyAssessments.RunView run = assessments.latest(y);
			model.addAttribute("run", run);
			model.addAttribute("chartLabels",
					run.ranking()
						.stream()
						.map(r -> r.agencyName().replace("河洛市", ""))
						.collect(Collectors.joining("|")));
			model.addAttribute("chartValues",
					run.ranking().stream().map(r -> r.total().toPlainString()).collect(Collectors.joining(",")));
			Map<String, List<BigDecimal>> byDistrict = new LinkedHashMap<>();
			Map<UUID, AgencyView> agencies = assessed.stream()
				.collect(Collectors.toMap(AgencyView::id, a -> a, (a, b) -> a, LinkedHashMap::new));
			run.ranking().forEach(r -> {
				AgencyView a = agencies.get(r.agencyId());
				String district = a == null ? "—"
						: (a.level().name().equals("CITY") ? "市本级" : a.name().replaceAll("^河洛市(.*?区).*$", "$1"));
				byDistrict.computeIfAbsent(district, k -> new java.util.ArrayList<>()).add(r.total());
			});
			model.addAttribute("districtLabels", String.join("|", byDistrict.keySet()));
			model.addAttribute("districtValues",
					byDistrict.values()
						.stream()
						.map(l -> l.stream()
							.reduce(BigDecimal.ZERO, BigDecimal::add)
							.divide(BigDecimal.valueOf(l.size()), 2, RoundingMode.HALF_UP)
							.toPlainString())
						.collect(Collectors.joining(",")));
		}
		catch (NotFoundException ex) {
			model.addAttribute("run", null);
		}
		model.addAttribute("trendJson", trend(y));
		model.addAttribute("districtMap", districtMap.isBlank() ? null : districtMap);
		return "supervision/dashboard";
	}

	/** Years of the year-on-year trend: the shown year and the four before. */
	static final int TREND_YEARS = 5;

	/**
	 * The year-on-year trend: for each of the last years with an assessment, the city's
	 * mean total and each agency's total in that year's latest run, as JSON for the
	 * chart.
	 */
	private String trend(int year) {
		List<Integer> years = new java.util.ArrayList<>();
		Map<String, List<BigDecimal>> byAgency = new LinkedHashMap<>();
		List<BigDecimal> mean = new java.util.ArrayList<>();
		for (int y = year - TREND_YEARS + 1; y <= year; y++) {
			AgencyAssessments.RunView run;
			try {
				run = assessments.latest(y);
			}
			catch (NotFoundException ex) {
				continue;
			}
			int column = years.size();
			years.add(y);
			BigDecimal sum = BigDecimal.ZERO;
			for (var r : run.ranking()) {
				List<BigDecimal> values = byAgency.computeIfAbsent(r.agencyName().replace("河洛市", ""),
						k -> new java.util.ArrayList<>());
				while (values.size() < column) {
					values.add(null);
				}
				values.add(r.total());
				sum = sum.add(r.total());
			}
			mean.add(run.ranking().isEmpty() ? null
					: sum.divide(BigDecimal.valueOf(run.ranking().size()), 2, RoundingMode.HALF_UP));
		}
		byAgency.values().forEach(v -> {
			while (v.size() < years.size()) {
				v.add(null);
			}
		});
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("years", years);
		out.put("mean", mean);
		out.put("agencies", byAgency);
		return JSON.writeValueAsString(out);
	}

	private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	@PostMapping("/runs")
	String run(@RequestParam int year, Model model) {
		try {
			assessments.run(year);
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "supervision.incomplete");
			return dashboard(year, model);
		}
		return "redirect:/supervision?year=" + year;
	}

	@PostMapping("/manual-scores")
	String scoreByHand(@RequestParam int year, @RequestParam String code, @RequestParam UUID agencyId,
			@RequestParam(required = false) BigDecimal score, @RequestParam(required = false) String note,
			@RequestParam(required = false) String evidence, Model model) {
		try {
			assessments.scoreByHand(year, code, agencyId, score, note, evidence);
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "supervision.incomplete");
			return dashboard(year, model);
		}
		return "redirect:/supervision?year=" + year;
	}

	/** The columns of a drill-down and its export. */
	static final org.shanzhi.shared.ListColumns<org.shanzhi.shared.AgencyMeasures.Line> DRILL_COLUMNS = org.shanzhi.shared.ListColumns
		.of(org.shanzhi.shared.AgencyMeasures.Line.class)
		.text("record", "supervision.record", org.shanzhi.shared.AgencyMeasures.Line::label)
		.plainCode("type", "supervision.recordKind", "supervision.recordType.",
				org.shanzhi.shared.AgencyMeasures.Line::type)
		.time("on", "supervision.on", "yyyy-MM-dd", org.shanzhi.shared.AgencyMeasures.Line::on)
		.text("counted", "supervision.counted", org.shanzhi.shared.AgencyMeasures.Line::counted);

	@GetMapping("/runs/{run}/agencies/{agency}/indicators/{code}")
	String drill(@PathVariable UUID run, @PathVariable UUID agency, @PathVariable String code,
			@RequestParam(required = false) String q, @RequestParam(required = false) Boolean counted,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
		AgencyAssessments.Drill drill = assessments.drill(run, agency, code);
		AgencyAssessments.RunView view = assessments.get(run);
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, page, DRILL_COLUMNS, "on,desc");
		model.addAttribute("drill", drill);
		model.addAttribute("run", view);
		model.addAttribute("counted", counted);
		model.addAttribute("countedLines", drill.lines().stream().filter(l -> l.counted()).count());
		model.addAttribute("list",
				org.shanzhi.shared.ListPage.inMemory(drillLines(drill, counted), DRILL_COLUMNS, query,
						org.shanzhi.shared.AgencyMeasures.Line::label,
						"/supervision/runs/" + run + "/agencies/" + agency + "/indicators/" + code + "/export.xlsx"));
		model.addAttribute("indicator",
				view.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElse(null));
		return "supervision/drill";
	}

	/**
	 * The records of a drill-down as searched, filtered and sorted, as Excel in words.
	 */
	@GetMapping("/runs/{run}/agencies/{agency}/indicators/{code}/export.xlsx")
	void drillExport(@PathVariable UUID run, @PathVariable UUID agency, @PathVariable String code,
			@RequestParam(required = false) String q, @RequestParam(required = false) Boolean counted,
			@RequestParam(required = false) String sort, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		AgencyAssessments.Drill drill = assessments.drill(run, agency, code);
		var query = org.shanzhi.shared.ListQuery.parse(q, sort, 0, DRILL_COLUMNS, "on,desc");
		org.shanzhi.shared.ListExport.send(response, messages, "supervision.drillTitle", DRILL_COLUMNS,
				org.shanzhi.shared.ListPage.arrange(drillLines(drill, counted), DRILL_COLUMNS, query,
						org.shanzhi.shared.AgencyMeasures.Line::label));
	}

	private static java.util.List<org.shanzhi.shared.AgencyMeasures.Line> drillLines(AgencyAssessments.Drill drill,
			Boolean counted) {
		return drill.lines().stream().filter(l -> counted == null || l.counted() == counted).toList();
	}

	/** The head's view of their own agency (LH27, LY4). */
	@GetMapping("/my-agency")
	String myAgency(@RequestParam(required = false) Integer year, Model model) {
		UUID agency = actors.current().requireAgency();
		int y = year == null ? LocalDate.now(ZONE).getYear() : year;
		if (y < 2000 || y > 2100) {
			throw new org.shanzhi.shared.FieldRejectedException("year", "range");
		}
		model.addAttribute("year", y);
		try {
			AgencyAssessments.RunView run = assessments.latest(y);
			model.addAttribute("run", run);
			model.addAttribute("mine",
					run.ranking().stream().filter(r -> r.agencyId().equals(agency)).findFirst().orElse(null));
		}
		catch (NotFoundException ex) {
			model.addAttribute("run", null);
		}
		model.addAttribute("exams", exams.list());
		return "supervision/my-agency";
	}

	@GetMapping("/exams")
	String exams(Model model) {
		model.addAttribute("exams", exams.list());
		if (actors.current().hasAny(org.shanzhi.security.Role.OFFICER, org.shanzhi.security.Role.AGENCY_HEAD)) {
			model.addAttribute("mine", exams.mine());
		}
		model.addAttribute("today", LocalDate.now(ZONE));
		return "supervision/exams";
	}

	@PostMapping("/exams")
	String createExam(@RequestParam(required = false) String title, @RequestParam(required = false) Integer questions,
			@RequestParam(required = false) Integer minutes, @RequestParam(required = false) Integer passMark,
			@RequestParam(required = false) LocalDate opensOn, @RequestParam(required = false) LocalDate closesOn,
			Model model) {
		try {
			exams.create(new Exams.ExamInput(title == null ? "" : title,
					opensOn == null ? LocalDate.now(ZONE).getYear() : opensOn.getYear(), questions, minutes, passMark,
					opensOn, closesOn));
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "supervision.incomplete");
			return exams(model);
		}
		return "redirect:/supervision/exams";
	}

	@PostMapping("/exams/{id}/papers")
	@SuccessNotice(SuccessNotice.NONE)
	String start(@PathVariable UUID id, Model model) {
		Exams.PaperView paper;
		try {
			paper = exams.start(id);
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "supervision.incomplete");
			return exams(model);
		}
		return "redirect:/supervision/papers/" + paper.id();
	}

	@GetMapping("/papers/{id}")
	String paper(@PathVariable UUID id, Model model) {
		model.addAttribute("paper", exams.paper(id));
		return "supervision/paper";
	}

	@PostMapping("/papers/{id}")
	@SuccessNotice("notice.submitted")
	String submit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model) {
		Map<String, List<Integer>> answers = new LinkedHashMap<>();
		form.forEach((key, values) -> {
			if (key.startsWith("q_")) {
				answers.put(key.substring(2), values.stream().map(v -> {
					try {
						return Integer.valueOf(v);
					}
					catch (NumberFormatException ex) {
						return -1;
					}
				}).toList());
			}
		});
		try {
			exams.submit(id, answers);
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "supervision.incomplete");
			return paper(id, model);
		}
		return "redirect:/supervision/papers/" + id;
	}

	@GetMapping("/exams/{id}/results")
	String results(@PathVariable UUID id, Model model) {
		model.addAttribute("exam", exams.exam(id));
		model.addAttribute("results", exams.results(id));
		model.addAttribute("agencyNames", agencies.names());
		return "supervision/results";
	}

	@Bean
	static NavigationEntry supervisionNavigation() {
		return new NavigationEntry("nav.supervision", "/supervision", 90, Set.of("SUPERVISOR"),
				"nav.group.supervision");
	}

	@Bean
	static NavigationEntry myAgencyNavigation() {
		return new NavigationEntry("nav.myAgency", "/supervision/my-agency", 91, Set.of("AGENCY_HEAD"),
				"nav.group.supervision");
	}

	@Bean
	static NavigationEntry reportsNavigation() {
		return new NavigationEntry("nav.reports", "/supervision/reports", 93, Set.of("AGENCY_HEAD", "SUPERVISOR"),
				"nav.group.supervision");
	}

	@Bean
	static NavigationEntry excellentCasesNavigation() {
		return new NavigationEntry("nav.excellentCases", "/supervision/excellent-cases", 94,
				Set.of("AGENCY_HEAD", "SUPERVISOR"), "nav.group.supervision");
	}

	@Bean
	static NavigationEntry unitsNavigation() {
		return new NavigationEntry("nav.units", "/supervision/units", 95, Set.of("AGENCY_HEAD", "SUPERVISOR"),
				"nav.group.supervision");
	}

	@Bean
	static NavigationEntry examsNavigation() {
		return new NavigationEntry("nav.exams", "/supervision/exams", 92,
				Set.of("OFFICER", "AGENCY_HEAD", "SUPERVISOR"), "nav.group.supervision");
	}

}
