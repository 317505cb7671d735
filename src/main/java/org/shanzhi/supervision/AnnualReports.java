package org.shanzhi.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.documents.DocumentRenderer;
import org.shanzhi.documents.OfficialDocument;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.AgencyMeasures;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each agency's yearly special report on service-oriented enforcement (S6, LH32, LY21):
 * generated from the figures every module gives for the agency, this year against last
 * year; edited by the agency's head; submitted once the year has ended; accepted or
 * returned (with a note) by the office; printed as PDF. The office's city-wide summary
 * adds up every agency's figures.
 */
@Service
public class AnnualReports {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	/** A figure of the report: this year and last year. */
	public record Figure(String measure, long numerator, long denominator, long lastNumerator, long lastDenominator) {

		public String rate() {
			return denominator == 0 ? "—" : percent(numerator, denominator);
		}

		/** This year's rate in percent, {@code null} without a denominator. */
		public Double percent() {
			return denominator == 0 ? null : 100.0 * numerator / denominator;
		}

		/** Last year's rate in percent, {@code null} without a denominator. */
		public Double lastPercent() {
			return lastDenominator == 0 ? null : 100.0 * lastNumerator / lastDenominator;
		}

		public String lastRate() {
			return lastDenominator == 0 ? "—" : percent(lastNumerator, lastDenominator);
		}

		static String percent(long n, long d) {
			return BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(d), 1, RoundingMode.HALF_UP) + "%";
		}

	}

	public record Section(String heading, String text) {
	}

	public record ReportView(UUID id, UUID agencyId, String agencyName, int year, List<Section> sections,
			List<Figure> figures, String status, String reviewNote, OffsetDateTime submittedAt, long version) {
	}

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Agencies agencies;

	private final List<AgencyMeasures> sources;

	private final DocumentRenderer renderer;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	AnnualReports(JdbcClient jdbc, Actors actors, Agencies agencies, List<AgencyMeasures> sources,
			DocumentRenderer renderer, Clock clock, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.actors = actors;
		this.agencies = agencies;
		this.sources = sources;
		this.renderer = renderer;
		this.clock = clock;
	}

	/** The head generates the agency's report of a year from the platform's figures. */
	@Transactional
	public ReportView generate(int year) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		UUID agency = actor.requireAgency();
		if (year < 2000 || year > LocalDate.now(clock.withZone(ZONE)).getYear()) {
			throw new FieldRejectedException("year", "invalid");
		}
		List<Figure> figures = figures(agency, year);
		String name = agencyName(agency);
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("一、总体情况", name + year + "年深入推进服务型行政执法，坚持“严格执法、服务先行”，现将有关情况报告如下。"));
		StringBuilder data = new StringBuilder();
		for (Figure f : figures) {
			data.append(zh(f.measure()))
				.append(f.denominator() > 0 ? "：" + f.numerator() + "/" + f.denominator() + "（" + f.rate() + "）"
						: "：" + f.numerator())
				.append("，上年")
				.append(f.lastDenominator() > 0 ? f.lastRate() : String.valueOf(f.lastNumerator()))
				.append("；");
		}
		sections.add(new Section("二、主要数据", data.toString()));
		sections.add(new Section("三、主要做法和成效", "（请填写本机关的主要做法、典型案例和成效。）"));
		sections.add(new Section("四、存在的问题和下一步打算", "（请填写存在的问题和改进措施。）"));
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql(
					"""
							insert into supervision.annual_report (id, agency_id, year, sections, figures, status, created_by, created_at)
							values (:id, :a, :y, cast(:s as jsonb), cast(:f as jsonb), 'DRAFT', :by, :at)
							""")
				.param("id", id)
				.param("a", agency)
				.param("y", year)
				.param("s", JSON.writeValueAsString(sections))
				.param("f", JSON.writeValueAsString(figures))
				.param("by", actor.accountId())
				.param("at", OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw RuleViolationException.conflict("annual-report-exists", year);
		}
		return get(id);
	}

	/** The head edits the sections while the report is a draft or returned. */
	@Transactional
	public ReportView edit(UUID id, List<Section> sections, long version) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		ReportView r = get(id);
		requireOwn(actor, r);
		if (!"DRAFT".equals(r.status()) && !"RETURNED".equals(r.status())) {
			throw RuleViolationException.conflict("annual-report-status", r.status());
		}
		if (sections == null || sections.isEmpty() || sections.size() > 20) {
			throw new FieldRejectedException("sections", "required");
		}
		for (Section s : sections) {
			if (s == null || s.heading() == null || s.heading().isBlank() || s.heading().length() > 100
					|| s.text() == null || s.text().length() > 10000) {
				throw new FieldRejectedException("sections", "invalid");
			}
		}
		update(id, version, "sections = cast(:s as jsonb)", Map.of("s", JSON.writeValueAsString(sections)));
		return get(id);
	}

	/** Submitted to the office, only once the year has ended. */
	@Transactional
	public ReportView submit(UUID id, long version) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		ReportView r = get(id);
		requireOwn(actor, r);
		if (!"DRAFT".equals(r.status()) && !"RETURNED".equals(r.status())) {
			throw RuleViolationException.conflict("annual-report-status", r.status());
		}
		if (!LocalDate.now(clock.withZone(ZONE)).isAfter(LocalDate.of(r.year(), 12, 31))) {
			throw RuleViolationException.rule("report-year-not-ended", r.year());
		}
		update(id, version, "status = 'SUBMITTED', submitted_at = now()", Map.of());
		return get(id);
	}

	/** The office accepts a submitted report, or returns it with a note. */
	@Transactional
	public ReportView review(UUID id, boolean accept, String note, long version) {
		actors.require(Role.SUPERVISOR);
		ReportView r = get(id);
		if (!"SUBMITTED".equals(r.status())) {
			throw RuleViolationException.conflict("annual-report-status", r.status());
		}
		if (!accept && (note == null || note.isBlank())) {
			throw new FieldRejectedException("note", "required");
		}
		update(id, version, "status = :st, review_note = :note",
				Map.of("st", accept ? "ACCEPTED" : "RETURNED", "note", note == null ? "" : note.strip()));
		return get(id);
	}

	@Transactional(readOnly = true)
	public ReportView get(UUID id) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.SUPERVISOR, Role.OFFICER);
		ReportView r = jdbc.sql("""
				select id, agency_id, year, sections, figures, status, review_note, submitted_at, version
				from supervision.annual_report where id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new ReportView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					agencyName(rs.getObject(2, UUID.class)), rs.getInt(3),
					JSON.readValue(rs.getString(4), new TypeReference<List<Section>>() {
					}), JSON.readValue(rs.getString(5), new TypeReference<List<Figure>>() {
					}), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getLong(9)))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("annual-report", id));
		if (!actor.seesAllAgencies() && !r.agencyId().equals(actor.agencyId())) {
			throw NotFoundException.forId("annual-report", id);
		}
		return r;
	}

	/** The reports of a year: the office sees all, an agency its own. */
	@Transactional(readOnly = true)
	public List<ReportView> list(int year) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.SUPERVISOR, Role.OFFICER);
		return jdbc.sql("select id from supervision.annual_report where year = :y and (:all or agency_id = :a)")
			.param("y", year)
			.param("all", actor.seesAllAgencies())
			.param("a", actor.agencyId() == null ? new UUID(0, 0) : actor.agencyId())
			.query(UUID.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/** The office's city-wide summary: every agency's figures of the year added up. */
	@Transactional(readOnly = true)
	public List<Figure> citySummary(int year) {
		actors.require(Role.SUPERVISOR);
		List<Figure> out = new ArrayList<>();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		for (AgencyMeasures source : sources) {
			for (AgencyMeasures.Measure m : source.measures()) {
				Map<UUID, AgencyMeasures.Figure> now = Actors.runAs(Actor.SYSTEM,
						() -> source.compute(m.code(), from, to));
				Map<UUID, AgencyMeasures.Figure> last = Actors.runAs(Actor.SYSTEM,
						() -> source.compute(m.code(), from.minusYears(1), to.minusYears(1)));
				out.add(new Figure(m.code(), now.values().stream().mapToLong(AgencyMeasures.Figure::numerator).sum(),
						now.values().stream().mapToLong(AgencyMeasures.Figure::denominator).sum(),
						last.values().stream().mapToLong(AgencyMeasures.Figure::numerator).sum(),
						last.values().stream().mapToLong(AgencyMeasures.Figure::denominator).sum()));
			}
		}
		return out;
	}

	/** The report as a printable PDF (专项报告). */
	@Transactional(readOnly = true)
	public byte[] pdf(UUID id) {
		ReportView r = get(id);
		List<OfficialDocument.Section> sections = new ArrayList<>();
		List<OfficialDocument.Bar> bars = new ArrayList<>();
		for (Figure f : r.figures()) {
			if (f.denominator() > 0 || f.lastDenominator() > 0) {
				bars.add(new OfficialDocument.Bar(zh(f.measure()), f.percent(), f.lastPercent()));
			}
		}
		// the second part, the main figures, is followed by their chart against last year
		int chartAt = Math.min(1, r.sections().size() - 1);
		for (int i = 0; i < r.sections().size(); i++) {
			Section s = r.sections().get(i);
			sections.add(new OfficialDocument.Section(s.heading(), List.of(s.text().split("\n")),
					i == chartAt ? bars : List.of()));
		}
		return renderer.pdf(new OfficialDocument(r.agencyName(), r.year() + "年度服务型行政执法工作专项报告", null, "市司法局", sections,
				LocalDate.now(clock.withZone(ZONE)), null));
	}

	private List<Figure> figures(UUID agency, int year) {
		List<Figure> figures = new ArrayList<>();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		for (AgencyMeasures source : sources) {
			for (AgencyMeasures.Measure m : source.measures()) {
				AgencyMeasures.Figure now = Actors.runAs(Actor.SYSTEM, () -> source.compute(m.code(), from, to))
					.getOrDefault(agency, AgencyMeasures.Figure.NONE);
				AgencyMeasures.Figure last = Actors
					.runAs(Actor.SYSTEM, () -> source.compute(m.code(), from.minusYears(1), to.minusYears(1)))
					.getOrDefault(agency, AgencyMeasures.Figure.NONE);
				figures.add(
						new Figure(m.code(), now.numerator(), now.denominator(), last.numerator(), last.denominator()));
			}
		}
		return figures;
	}

	static final Map<String, String> LABELS = new LinkedHashMap<>(Map.of("GUIDANCE_BEFORE_PENALTY", "处罚前先行指导",
			"FOLLOW_UP_COMPLETION", "回访完成", "RECTIFICATION_RATE", "整改到位", "CONDUCT_COMPLAINTS", "执法作风投诉",
			"MEDIATION_SUCCESS", "行政调解成功", "WARNINGS_HANDLED_IN_TIME", "风险预警及时处置", "SERVICE_SATISFACTION", "服务满意度",
			"TRAINING_COMPLETION", "培训考试合格", "SURVEY_SATISFACTION", "满意度调查"));

	/** The measure's name in the report (Chinese, as the report is written). */
	public static String label(String measure) {
		return LABELS.getOrDefault(measure, measure);
	}

	/**
	 * The measure's name in Chinese from the message bundles, as the report is written.
	 */
	private String zh(String measure) {
		return messages.getMessage("supervision.measure." + measure, null, label(measure),
				java.util.Locale.SIMPLIFIED_CHINESE);
	}

	private void update(UUID id, long version, String set, Map<String, Object> params) {
		var sql = jdbc
			.sql("update supervision.annual_report set " + set
					+ ", version = version + 1 where id = :id and version = :version")
			.param("id", id)
			.param("version", version);
		for (var e : params.entrySet()) {
			sql = sql.param(e.getKey(), e.getValue());
		}
		if (sql.update() == 0) {
			throw RuleViolationException.conflict("stale-version", version, version + 1);
		}
	}

	private static void requireOwn(Actor actor, ReportView r) {
		if (!r.agencyId().equals(actor.agencyId())) {
			throw NotFoundException.forId("annual-report", r.id());
		}
	}

	private String agencyName(UUID id) {
		return agencies.get(id).name();
	}

}
