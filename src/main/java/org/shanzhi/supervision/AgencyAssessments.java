package org.shanzhi.supervision;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.directory.AgencyKind;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.directory.Agencies;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.AgencyMeasures;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.Hashes;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly assessment of every agency (S2): each indicator of the year's system scored
 * from the figures the modules give over the year ({@link AgencyMeasures}) or from the
 * supervisors' own scores, added up, ranked (ties by agency code). Each run keeps every
 * figure it used and a fingerprint of them: the same records give the same figures, the
 * same scores and the same fingerprint. The drill-down lists the records behind a number.
 */
@Service
public class AgencyAssessments {

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Agencies agencies;

	private final IndicatorSystems systems;

	private final List<AgencyMeasures> sources;

	private final Clock clock;

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AgencyAssessments.class);

	/** Two workers: the machine's cores; the database does most of the work. */
	private final java.util.concurrent.ExecutorService measuring = java.util.concurrent.Executors.newFixedThreadPool(2,
			r -> {
				Thread t = new Thread(r, "assessment-measure");
				t.setDaemon(true);
				return t;
			});

	AgencyAssessments(JdbcClient jdbc, Actors actors, Agencies agencies, IndicatorSystems systems,
			List<AgencyMeasures> sources, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.agencies = agencies;
		this.systems = systems;
		this.sources = sources;
		this.clock = clock;
	}

	/** One indicator's result for an agency. */
	public record Score(String code, BigDecimal weight, Long numerator, Long denominator, BigDecimal score,
			boolean noData) {
	}

	/** An agency's place in the ranking, with its scores in the system's order. */
	public record AgencyResult(UUID agencyId, String agencyName, BigDecimal total, int rank, List<Score> scores) {
	}

	/** A run: when, over which period, how long it took, and the ranking. */
	public record RunView(UUID id, int year, LocalDate from, LocalDate to, OffsetDateTime ranAt, long millis,
			String fingerprint, List<IndicatorSystems.Indicator> indicators, List<AgencyResult> ranking) {
	}

	/** Runs the year's assessment over the whole year and keeps it. */
	@Transactional
	public RunView run(int year) {
		Actor actor = actors.require(Role.SUPERVISOR);
		long started = System.nanoTime();
		List<IndicatorSystems.Indicator> indicators = systems.of(year);
		if (indicators.isEmpty()) {
			throw RuleViolationException.rule("indicator-system-missing", year);
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		List<AgencyView> assessed = assessed();
		// the measures are independent reads of committed records: computed side by side
		Map<String, java.util.concurrent.CompletableFuture<Map<UUID, AgencyMeasures.Figure>>> pending = new LinkedHashMap<>();
		for (IndicatorSystems.Indicator i : indicators) {
			if (i.measure() != null && !pending.containsKey(i.measure())) {
				AgencyMeasures source = source(i.measure());
				pending.put(i.measure(), java.util.concurrent.CompletableFuture.supplyAsync(() -> {
					long t = System.nanoTime();
					Map<UUID, AgencyMeasures.Figure> f = Actors.runAs(Actor.SYSTEM,
							() -> source.compute(i.measure(), from, to));
					LOG.info("assessment {}: measure {} in {} ms", year, i.measure(),
							(System.nanoTime() - t) / 1_000_000);
					return f;
				}, measuring));
			}
		}
		Map<String, Map<UUID, AgencyMeasures.Figure>> figures = new LinkedHashMap<>();
		pending.forEach((measure, future) -> {
			try {
				figures.put(measure, future.join());
			}
			catch (java.util.concurrent.CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException r ? r : ex;
			}
		});
		Map<String, BigDecimal> manual = new HashMap<>();
		jdbc.sql("select code, agency_id, score from supervision.manual_score where year = :y")
			.param("y", year)
			.query((rs, n) -> manual.put(rs.getString(1) + "|" + rs.getObject(2), rs.getBigDecimal(3)))
			.list();
		StringBuilder canonical = new StringBuilder().append(year).append('\n');
		List<AgencyResult> results = new ArrayList<>();
		for (AgencyView a : assessed) {
			List<Score> scores = new ArrayList<>();
			BigDecimal total = BigDecimal.ZERO;
			for (IndicatorSystems.Indicator i : indicators) {
				Score s = score(i, a.id(), figures, manual.get(i.code() + "|" + a.id()));
				scores.add(s);
				total = total.add(s.score());
				canonical.append(a.id())
					.append(',')
					.append(i.code())
					.append(',')
					.append(i.weight().toPlainString())
					.append(',')
					.append(s.numerator())
					.append(',')
					.append(s.denominator())
					.append(',')
					.append(s.score().toPlainString())
					.append('\n');
			}
			results.add(new AgencyResult(a.id(), a.name(), total, 0, scores));
		}
		results.sort(Comparator.comparing(AgencyResult::total)
			.reversed()
			.thenComparing(
					r -> assessed.stream().filter(a -> a.id().equals(r.agencyId())).findFirst().orElseThrow().code()));
		List<AgencyResult> ranked = new ArrayList<>();
		for (int k = 0; k < results.size(); k++) {
			AgencyResult r = results.get(k);
			ranked.add(new AgencyResult(r.agencyId(), r.agencyName(), r.total(), k + 1, r.scores()));
		}
		String fingerprint = Hashes.sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
		UUID id = UUID.randomUUID();
		long millis = (System.nanoTime() - started) / 1_000_000;
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql(
				"""
						insert into supervision.assessment_run (id, year, period_from, period_to, ran_by, ran_at, millis, fingerprint)
						values (:id, :y, :from, :to, :by, :at, :millis, :fp)
						""")
			.param("id", id)
			.param("y", year)
			.param("from", from)
			.param("to", to)
			.param("by", actor.accountId())
			.param("at", now)
			.param("millis", millis)
			.param("fp", fingerprint)
			.update();
		for (AgencyResult r : ranked) {
			jdbc.sql(
					"insert into supervision.assessment_total (run_id, agency_id, total, rank) values (:run, :a, :t, :r)")
				.param("run", id)
				.param("a", r.agencyId())
				.param("t", r.total())
				.param("r", r.rank())
				.update();
			for (Score s : r.scores()) {
				jdbc.sql(
						"""
								insert into supervision.assessment_score (run_id, agency_id, code, weight, numerator, denominator,
								    score, no_data)
								values (:run, :a, :code, :w, :num, :den, :score, :noData)
								""")
					.param("run", id)
					.param("a", r.agencyId())
					.param("code", s.code())
					.param("w", s.weight())
					.param("num", s.numerator())
					.param("den", s.denominator())
					.param("score", s.score())
					.param("noData", s.noData())
					.update();
			}
		}
		return new RunView(id, year, from, to, now, millis, fingerprint, indicators, ranked);
	}

	private static Score score(IndicatorSystems.Indicator i, UUID agency,
			Map<String, Map<UUID, AgencyMeasures.Figure>> figures, BigDecimal manual) {
		return switch (i.formula()) {
			case MANUAL ->
				new Score(i.code(), i.weight(), null, null, Scoring.manual(manual, i.weight()), manual == null);
			case RATE -> {
				AgencyMeasures.Figure f = figures.get(i.measure()).getOrDefault(agency, AgencyMeasures.Figure.NONE);
				yield new Score(i.code(), i.weight(), f.numerator(), f.denominator(),
						Scoring.rate(f.numerator(), f.denominator(), i.weight(), i.floor(), i.target()),
						f.denominator() == 0);
			}
			case DEDUCTION -> {
				AgencyMeasures.Figure f = figures.get(i.measure()).getOrDefault(agency, AgencyMeasures.Figure.NONE);
				yield new Score(i.code(), i.weight(), f.numerator(), null,
						Scoring.deduction(f.numerator(), i.weight(), i.perItem()), false);
			}
		};
	}

	/** The latest run of the year, or 404. */
	@Transactional(readOnly = true)
	public RunView latest(int year) {
		actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD, Role.ADMIN);
		UUID id = jdbc.sql("select id from supervision.assessment_run where year = :y order by ran_at desc limit 1")
			.param("y", year)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> NotFoundException.forId("assessment-run", year));
		return get(id);
	}

	/** A run with its ranking (agency heads see the whole ranking, as published). */
	@Transactional(readOnly = true)
	public RunView get(UUID id) {
		actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD, Role.ADMIN);
		var run = jdbc
			.sql("""
					select year, period_from, period_to, ran_at, millis, fingerprint from supervision.assessment_run where id = :id
					""")
			.param("id", id)
			.query((rs,
					n) -> new Object[] { rs.getInt(1), rs.getObject(2, LocalDate.class),
							rs.getObject(3, LocalDate.class), rs.getObject(4, OffsetDateTime.class), rs.getLong(5),
							rs.getString(6) })
			.optional()
			.orElseThrow(() -> NotFoundException.forId("assessment-run", id));
		int year = (int) run[0];
		Map<UUID, List<Score>> scores = new LinkedHashMap<>();
		jdbc.sql("""
				select s.agency_id, s.code, s.weight, s.numerator, s.denominator, s.score, s.no_data
				from supervision.assessment_score s
				left join supervision.indicator i on i.year = :y and i.code = s.code
				where s.run_id = :id order by s.agency_id, coalesce(i.position, 999), s.code
				""")
			.param("y", year)
			.param("id", id)
			.query((rs, n) -> scores.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new Score(rs.getString(2), rs.getBigDecimal(3), (Long) rs.getObject(4), (Long) rs.getObject(5),
						rs.getBigDecimal(6), rs.getBoolean(7))))
			.list();
		Map<UUID, String> names = agencies.names();
		List<AgencyResult> ranking = jdbc
			.sql("select agency_id, total, rank from supervision.assessment_total where run_id = :id order by rank")
			.param("id", id)
			.query((rs, n) -> new AgencyResult(rs.getObject(1, UUID.class), names.get(rs.getObject(1, UUID.class)),
					rs.getBigDecimal(2), rs.getInt(3), scores.getOrDefault(rs.getObject(1, UUID.class), List.of())))
			.list();
		return new RunView(id, year, (LocalDate) run[1], (LocalDate) run[2], (OffsetDateTime) run[3], (long) run[4],
				(String) run[5], systems.of(year), ranking);
	}

	/** A line of the drill-down: a record behind the number, or the supervisor's note. */
	public record Drill(String indicator, UUID agencyId, String agencyName, Score score, String note, String evidence,
			List<AgencyMeasures.Line> lines) {
	}

	/**
	 * The records behind one agency's number in a run (at most 200): a supervisor for any
	 * agency, a head for their own.
	 */
	@Transactional(readOnly = true)
	public Drill drill(UUID runId, UUID agencyId, String code) {
		Actor actor = actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD, Role.ADMIN);
		if (!actor.seesAllAgencies() && !agencyId.equals(actor.agencyId())) {
			throw NotFoundException.forId("assessment-score", agencyId);
		}
		RunView run = get(runId);
		AgencyResult result = run.ranking()
			.stream()
			.filter(r -> r.agencyId().equals(agencyId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.forId("assessment-score", agencyId));
		Score score = result.scores()
			.stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> NotFoundException.forId("indicator", code));
		IndicatorSystems.Indicator indicator = run.indicators()
			.stream()
			.filter(i -> i.code().equals(code))
			.findFirst()
			.orElseThrow(() -> NotFoundException.forId("indicator", code));
		if (indicator.formula() == IndicatorSystems.Formula.MANUAL) {
			var m = jdbc.sql("""
					select note, evidence from supervision.manual_score where year = :y and code = :c and agency_id = :a
					""")
				.param("y", run.year())
				.param("c", code)
				.param("a", agencyId)
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
				.optional()
				.orElse(new String[] { null, null });
			return new Drill(code, agencyId, result.agencyName(), score, m[0], m[1], List.of());
		}
		List<AgencyMeasures.Line> lines = Actors.runAs(Actor.SYSTEM,
				() -> source(indicator.measure()).lines(indicator.measure(), agencyId, run.from(), run.to(), 200));
		return new Drill(code, agencyId, result.agencyName(), score, null, null, lines);
	}

	/**
	 * A supervisor's own score of an agency on a MANUAL indicator (inspection findings),
	 * with the note that explains it and the evidence it rests on.
	 */
	@Transactional
	public void scoreByHand(int year, String code, UUID agencyId, BigDecimal score, String note, String evidence) {
		Actor actor = actors.require(Role.SUPERVISOR);
		IndicatorSystems.Indicator indicator = systems.of(year)
			.stream()
			.filter(i -> i.code().equals(code))
			.findFirst()
			.orElseThrow(() -> NotFoundException.forId("indicator", code));
		if (indicator.formula() != IndicatorSystems.Formula.MANUAL) {
			throw RuleViolationException.rule("indicator-not-manual", code);
		}
		if (score == null) {
			throw new FieldRejectedException("score", "required");
		}
		if (score.signum() < 0 || score.compareTo(indicator.weight()) > 0) {
			throw RuleViolationException.rule("manual-score-outside-weight", indicator.weight().toPlainString());
		}
		if (note == null || note.isBlank()) {
			throw new FieldRejectedException("note", "required");
		}
		if (note.length() > 2000 || (evidence != null && evidence.length() > 2000)) {
			throw new FieldRejectedException(note.length() > 2000 ? "note" : "evidence", "textTooLong");
		}
		if (assessed().stream().noneMatch(a -> a.id().equals(agencyId))) {
			throw new FieldRejectedException("agencyId", "unknownRecord");
		}
		jdbc.sql(
				"""
						insert into supervision.manual_score (year, code, agency_id, score, note, evidence, scored_by, scored_at)
						values (:y, :c, :a, :s, :note, :ev, :by, :at)
						on conflict (year, code, agency_id) do update set score = excluded.score, note = excluded.note,
						    evidence = excluded.evidence, scored_by = excluded.scored_by, scored_at = excluded.scored_at
						""")
			.param("y", year)
			.param("c", code)
			.param("a", agencyId)
			.param("s", score)
			.param("note", note.strip())
			.param("ev", evidence == null || evidence.isBlank() ? null : evidence.strip())
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
	}

	/** The agencies assessed: every enforcement agency and authorised organisation. */
	public List<AgencyView> assessed() {
		return agencies.all()
			.stream()
			.filter(a -> a.kind() != AgencyKind.SUPERVISOR)
			.sorted(Comparator.comparing(AgencyView::code))
			.toList();
	}

	private AgencyMeasures source(String measure) {
		return sources.stream()
			.filter(s -> s.measures().stream().anyMatch(m -> m.code().equals(measure)))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.rule("indicator-unknown-measure", measure, measure));
	}

}
