package org.shanzhi.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.shared.AgencyMeasures;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Satisfaction surveys (S5, LY20). An agency's head — or the rule-of-law office, for any
 * agency — drafts a campaign: a title, questions (stars from one to five, a single
 * choice, or free text; at least one question in stars, which give the campaign its
 * satisfaction figure), the parties it is put to (of some categories, or who used some of
 * the agency's services; everyone when neither is given) and the days it runs. Once
 * opened its questions no longer change; the parties it is put to answer it once each on
 * the portal, signed in, while it runs; the agency closes it, or it ends with its last
 * day. The results count each question's answers; the satisfaction per month sets the
 * campaigns' stars beside the ratings of completed services, per agency or city-wide.
 */
@Service
@Validated
public class Surveys {

	static final Role[] MANAGERS = { Role.AGENCY_HEAD, Role.SUPERVISOR, Role.ADMIN };

	static final Role[] READERS = { Role.OFFICER, Role.AGENCY_HEAD, Role.SUPERVISOR, Role.ADMIN };

	static final int MAX_DAYS = 366;

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Agencies agencies;

	private final Parties parties;

	private final ServiceItems items;

	private final Clock clock;

	Surveys(JdbcClient jdbc, Actors actors, Agencies agencies, Parties parties, ServiceItems items, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.agencies = agencies;
		this.parties = parties;
		this.items = items;
		this.clock = clock;
	}

	/** How a question is answered. */
	public enum QuestionKind {

		/** One to five stars: the satisfaction figure. */
		STARS,
		/** One of the options. */
		CHOICE,
		/** Free text, optional. */
		TEXT

	}

	public record Question(@NotNull QuestionKind kind, @NotBlank @Size(max = 200) String text,
			@Size(max = 8) List<@NotBlank @Size(max = 100) String> options) {
	}

	/**
	 * A campaign to draft; {@code agencyId} only for the office, a head drafts for its
	 * own.
	 */
	public record SurveyCommand(UUID agencyId, @NotBlank @Size(max = 200) String title, @Size(max = 2000) String intro,
			@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull Question> questions,
			Set<@NotNull PartyCategory> targetCategories,
			@Size(max = 20) Set<@NotBlank @Size(max = 40) String> targetItems, @NotNull LocalDate opensOn,
			@NotNull LocalDate closesOn) {
	}

	/**
	 * A campaign; {@code phase} says where it stands today: DRAFT, SCHEDULED (open, not
	 * yet begun), RUNNING, ENDED (open, its last day passed) or CLOSED.
	 */
	public record SurveyView(UUID id, UUID agencyId, String agencyName, String title, String intro,
			List<Question> questions, List<PartyCategory> targetCategories, List<String> targetItems, LocalDate opensOn,
			LocalDate closesOn, String status, boolean running, String phase, long responses, long version) {
	}

	/** A campaign as a party sees it, and whether it answered. */
	public record MySurvey(UUID id, String agencyName, String title, String intro, List<Question> questions,
			LocalDate closesOn, boolean running, boolean answered) {

		static MySurvey of(SurveyView s, boolean answered) {
			return new MySurvey(s.id(), s.agencyName(), s.title(), s.intro(), s.questions(), s.closesOn(), s.running(),
					answered);
		}

	}

	/** The answers, one per question in order (blank for a text left out). */
	public record Answers(@NotNull @Size(max = 20) List<@Size(max = 1000) String> answers) {
	}

	public record QuestionResult(int index, QuestionKind kind, String text, long answered, Double meanStars,
			Map<String, Long> counts, List<String> comments) {
	}

	/**
	 * {@code satisfaction}: the stars given as a percentage of the most that could be.
	 */
	public record Results(SurveyView survey, long responses, Double satisfaction, List<QuestionResult> questions) {
	}

	/** One month of an agency's (or the city's) satisfaction. */
	public record MonthFigure(String month, long ratings, Double ratingSatisfaction, long responses,
			Double surveySatisfaction) {
	}

	// ---- the agency and the office

	@Transactional
	public SurveyView create(@Valid SurveyCommand c) {
		Actor actor = actors.require(MANAGERS);
		UUID agencyId = agencyFor(actor, c.agencyId());
		List<Question> questions = questions(c.questions());
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		if (c.closesOn().isBefore(c.opensOn())) {
			throw new FieldRejectedException("closesOn", "notBeforeFrom");
		}
		if (c.closesOn().isBefore(today)) {
			throw new FieldRejectedException("closesOn", "notInPast");
		}
		if (ChronoUnit.DAYS.between(c.opensOn(), c.closesOn()) >= MAX_DAYS) {
			throw RuleViolationException.rule("survey-period-too-long", MAX_DAYS);
		}
		List<String> itemCodes = new ArrayList<>();
		for (String code : c.targetItems() == null ? Set.<String>of() : c.targetItems()) {
			ServiceItems.ServiceItemView item;
			try {
				item = items.byCode(code.strip());
			}
			catch (NotFoundException ex) {
				throw new FieldRejectedException("targetItems", "unknownRecord");
			}
			if (!item.agencyId().equals(agencyId)) {
				// another agency's service: not one this agency may survey its users of
				throw new FieldRejectedException("targetItems", "unknownRecord");
			}
			itemCodes.add(item.code());
		}
		List<String> categories = (c.targetCategories() == null ? Set.<PartyCategory>of() : c.targetCategories())
			.stream()
			.map(Enum::name)
			.sorted()
			.toList();
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into portal.survey (id, agency_id, title, intro, questions, target_categories, target_items,
						    opens_on, closes_on, status, created_by, created_at)
						values (:id, :agency, :title, :intro, cast(:q as jsonb), :cats, :items, :opens, :closes, 'DRAFT', :by, :at)
						""")
			.param("id", id)
			.param("agency", agencyId)
			.param("title", c.title().strip())
			.param("intro", c.intro() == null || c.intro().isBlank() ? null : c.intro().strip())
			.param("q", JSON.writeValueAsString(questions))
			.param("cats", categories.toArray(String[]::new))
			.param("items", itemCodes.toArray(String[]::new))
			.param("opens", c.opensOn())
			.param("closes", c.closesOn())
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		return get(id);
	}

	/** Opens a draft: from now its questions are fixed and the parties may answer. */
	@Transactional
	public SurveyView open(UUID id, long version) {
		actors.require(MANAGERS);
		SurveyView s = managed(id);
		if (!"DRAFT".equals(s.status())) {
			throw RuleViolationException.conflict("survey-not-draft");
		}
		if (s.closesOn().isBefore(LocalDate.now(clock.withZone(ZONE)))) {
			throw RuleViolationException.rule("survey-period-ended", s.closesOn());
		}
		change(id, version, s, "status = 'OPEN', opened_at = :at");
		return get(id);
	}

	/** Closes an open campaign before its last day. */
	@Transactional
	public SurveyView close(UUID id, long version) {
		actors.require(MANAGERS);
		SurveyView s = managed(id);
		if (!"OPEN".equals(s.status())) {
			throw RuleViolationException.conflict("survey-not-open");
		}
		change(id, version, s, "status = 'CLOSED', closed_at = :at");
		return get(id);
	}

	private void change(UUID id, long version, SurveyView s, String set) {
		if (s.version() != version) {
			throw RuleViolationException.conflict("stale-version", version, s.version());
		}
		int changed = jdbc
			.sql("update portal.survey set " + set + ", version = version + 1 where id = :id and version = :v")
			.param("at", OffsetDateTime.now(clock))
			.param("id", id)
			.param("v", version)
			.update();
		if (changed == 0) {
			throw RuleViolationException.conflict("stale-version", version, s.version() + 1);
		}
	}

	/** The campaigns of the agencies the actor sees, newest first. */
	@Transactional(readOnly = true)
	public List<SurveyView> list() {
		actors.require(READERS);
		AgencyScope scope = actors.scope();
		return jdbc.sql(SELECT + """
				where (:all or s.agency_id = any(:agencies)) order by s.opens_on desc, s.created_at desc limit 500
				""")
			.param("all", scope.all())
			.param("agencies", scope.idsForQuery().toArray(UUID[]::new))
			.query((rs, n) -> view(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public SurveyView get(UUID id) {
		actors.require(READERS);
		SurveyView s = find(id);
		if (!actors.scope().includes(s.agencyId())) {
			throw NotFoundException.forId("survey", id);
		}
		return s;
	}

	/** Each question's answers counted; the free texts, newest first, fifty at most. */
	@Transactional(readOnly = true)
	public Results results(UUID id) {
		SurveyView s = get(id);
		List<List<String>> answers = jdbc
			.sql("select answers from portal.survey_response where survey_id = :id order by created_at desc, party_id")
			.param("id", id)
			.query((rs, n) -> JSON.readValue(rs.getString(1), new TypeReference<List<String>>() {
			}))
			.list();
		List<QuestionResult> out = new ArrayList<>();
		long stars = 0;
		long most = 0;
		for (int i = 0; i < s.questions().size(); i++) {
			Question q = s.questions().get(i);
			Map<String, Long> counts = new LinkedHashMap<>();
			if (q.kind() == QuestionKind.STARS) {
				for (int k = 5; k >= 1; k--) {
					counts.put(String.valueOf(k), 0L);
				}
			}
			else if (q.kind() == QuestionKind.CHOICE) {
				q.options().forEach(o -> counts.put(o, 0L));
			}
			List<String> comments = new ArrayList<>();
			long answered = 0;
			long sum = 0;
			for (List<String> a : answers) {
				String v = i < a.size() ? a.get(i) : null;
				if (v == null || v.isBlank()) {
					continue;
				}
				answered++;
				switch (q.kind()) {
					case STARS -> {
						sum += Integer.parseInt(v);
						counts.merge(v, 1L, Long::sum);
					}
					case CHOICE -> counts.merge(v, 1L, Long::sum);
					case TEXT -> {
						if (comments.size() < 50) {
							comments.add(v);
						}
					}
				}
			}
			if (q.kind() == QuestionKind.STARS) {
				stars += sum;
				most += 5 * answered;
			}
			out.add(new QuestionResult(i, q.kind(), q.text(), answered,
					q.kind() == QuestionKind.STARS && answered > 0 ? round((double) sum / answered) : null, counts,
					comments));
		}
		return new Results(s, answers.size(), most == 0 ? null : round(100.0 * stars / most), out);
	}

	/**
	 * Month by month in [from, to]: the ratings of completed services and the stars of
	 * the survey answers, of one agency or — for the office, without an agency — of the
	 * city.
	 */
	@Transactional(readOnly = true)
	public List<MonthFigure> trend(UUID agencyId, YearMonth from, YearMonth to) {
		Actor actor = actors.require(READERS);
		if (agencyId == null && !actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMIN)) {
			agencyId = actor.agencyId();
		}
		if (agencyId != null && !actors.scope().includes(agencyId)) {
			throw NotFoundException.forId("agency", agencyId);
		}
		if (from.getYear() < 2000 || from.getYear() > 2100) {
			throw new FieldRejectedException("from", "range");
		}
		if (to.getYear() < 2000 || to.getYear() > 2100) {
			throw new FieldRejectedException("to", "range");
		}
		if (to.isBefore(from)) {
			throw new FieldRejectedException("to", "notBeforeFrom");
		}
		if (ChronoUnit.MONTHS.between(from, to) >= 60) {
			throw new FieldRejectedException("from", "range");
		}
		Map<String, long[]> months = new LinkedHashMap<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.put(m.toString(), new long[4]);
		}
		monthly("select to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM'), count(*), sum(stars), 5 * count(*) "
				+ "from portal.rating", agencyId, from, to, months, 0);
		monthly("select to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM'), count(*), sum(stars), sum(stars_max) "
				+ "from portal.survey_response", agencyId, from, to, months, 2);
		List<MonthFigure> out = new ArrayList<>();
		months.forEach((m, f) -> out
			.add(new MonthFigure(m, f[0], f[0] == 0 ? null : f[1] / 10.0, f[2], f[2] == 0 ? null : f[3] / 10.0)));
		return out;
	}

	private void monthly(String select, UUID agencyId, YearMonth from, YearMonth to, Map<String, long[]> months,
			int at) {
		// f[at] counts, f[at + 1] holds the stars as a per-mille of the most
		jdbc.sql(
				select + """
						 where created_at >= :from and created_at < :to and (cast(:agency as uuid) is null or agency_id = :agency)
						group by 1
						""")
			.param("from", AgencyMeasures.startOf(from.atDay(1)))
			.param("to", AgencyMeasures.after(to.atEndOfMonth()))
			.param("agency", agencyId)
			.query((rs, n) -> {
				long[] f = months.get(rs.getString(1));
				if (f != null) {
					f[at] = rs.getLong(2);
					f[at + 1] = rs.getLong(4) == 0 ? 0 : Math.round(1000.0 * rs.getLong(3) / rs.getLong(4));
				}
				return null;
			})
			.list();
	}

	// ---- the parties, on the portal

	/** The campaigns running today that are put to the signed-in party. */
	@Transactional(readOnly = true)
	public List<MySurvey> mine() {
		Actor actor = actors.require(Role.PUBLIC);
		if (actor.partyId() == null) {
			return List.of();
		}
		PartyCategory category = category(actor.partyId());
		List<MySurvey> out = new ArrayList<>();
		jdbc.sql(SELECT + """
				where s.status = 'OPEN' and :today between s.opens_on and s.closes_on
				order by s.closes_on, s.id
				""")
			.param("today", LocalDate.now(clock.withZone(ZONE)))
			.query((rs, n) -> view(rs))
			.list()
			.forEach(s -> {
				if (putTo(s, actor.partyId(), category)) {
					out.add(MySurvey.of(s, answered(s.id(), actor.partyId())));
				}
			});
		return out;
	}

	/** A campaign the signed-in party may answer, or has answered. */
	@Transactional(readOnly = true)
	public MySurvey mine(UUID id) {
		Mine m = mine(actors.require(Role.PUBLIC), id);
		return MySurvey.of(m.survey(), m.answered());
	}

	private record Mine(SurveyView survey, boolean answered) {
	}

	/** The campaign if it is put to the party and running (or answered already). */
	private Mine mine(Actor actor, UUID id) {
		SurveyView s = find(id);
		if (actor.partyId() == null || !"OPEN".equals(s.status())
				|| !putTo(s, actor.partyId(), category(actor.partyId()))) {
			throw NotFoundException.forId("survey", id);
		}
		boolean answered = answered(id, actor.partyId());
		if (!s.running() && !answered) {
			throw RuleViolationException.conflict("survey-not-running", s.opensOn(), s.closesOn());
		}
		return new Mine(s, answered);
	}

	/** The signed-in party's answers, once per campaign, while it runs. */
	@Transactional
	public MySurvey answer(UUID id, @Valid Answers a) {
		Actor actor = actors.require(Role.PUBLIC);
		Mine mine = mine(actor, id);
		SurveyView s = mine.survey();
		if (mine.answered()) {
			throw RuleViolationException.conflict("survey-already-answered");
		}
		if (a.answers().size() != s.questions().size()) {
			throw new FieldRejectedException("answers", "invalid");
		}
		List<String> clean = new ArrayList<>();
		int stars = 0;
		int most = 0;
		for (int i = 0; i < s.questions().size(); i++) {
			Question q = s.questions().get(i);
			String v = a.answers().get(i) == null ? "" : a.answers().get(i).strip();
			String field = "answers[" + i + "]";
			switch (q.kind()) {
				case STARS -> {
					if (!v.matches("[1-5]")) {
						throw new FieldRejectedException(field, v.isEmpty() ? "required" : "range");
					}
					stars += Integer.parseInt(v);
					most += 5;
				}
				case CHOICE -> {
					if (v.isEmpty()) {
						throw new FieldRejectedException(field, "required");
					}
					if (!q.options().contains(v)) {
						throw new FieldRejectedException(field, "invalid");
					}
				}
				case TEXT -> {
				}
			}
			clean.add(v);
		}
		try {
			jdbc.sql(
					"""
							insert into portal.survey_response (survey_id, party_id, agency_id, answers, stars, stars_max, created_at)
							values (:s, :p, :a, cast(:answers as jsonb), :stars, :most, :at)
							""")
				.param("s", id)
				.param("p", actor.partyId())
				.param("a", s.agencyId())
				.param("answers", JSON.writeValueAsString(clean))
				.param("stars", stars)
				.param("most", most)
				.param("at", OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw RuleViolationException.conflict("survey-already-answered");
		}
		return MySurvey.of(s, true);
	}

	// ---- rules and rows

	private UUID agencyFor(Actor actor, UUID requested) {
		if (actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)) {
			if (requested == null) {
				throw new FieldRejectedException("agencyId", "required");
			}
			try {
				return agencies.get(requested).id();
			}
			catch (NotFoundException ex) {
				throw new FieldRejectedException("agencyId", "unknownRecord");
			}
		}
		if (requested != null && !requested.equals(actor.agencyId())) {
			throw new FieldRejectedException("agencyId", "unknownRecord");
		}
		return actor.agencyId();
	}

	private static List<Question> questions(List<Question> in) {
		List<Question> out = new ArrayList<>();
		boolean stars = false;
		for (int i = 0; i < in.size(); i++) {
			Question q = in.get(i);
			List<String> options = List.of();
			if (q.kind() == QuestionKind.CHOICE) {
				options = q.options() == null ? List.of() : q.options().stream().map(String::strip).distinct().toList();
				if (options.size() < 2) {
					throw RuleViolationException.rule("survey-choice-needs-options", i + 1);
				}
			}
			stars |= q.kind() == QuestionKind.STARS;
			out.add(new Question(q.kind(), q.text().strip(), options));
		}
		if (!stars) {
			throw RuleViolationException.rule("survey-needs-stars");
		}
		return out;
	}

	private SurveyView managed(UUID id) {
		Actor actor = actors.current();
		SurveyView s = get(id);
		if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMIN) && !s.agencyId().equals(actor.agencyId())) {
			throw NotFoundException.forId("survey", id);
		}
		return s;
	}

	private PartyCategory category(UUID partyId) {
		return parties.get(partyId).category();
	}

	/**
	 * Put to the party: of a category named (if any) and a user of a service named (if
	 * any).
	 */
	private boolean putTo(SurveyView s, UUID partyId, PartyCategory category) {
		if (!s.targetCategories().isEmpty() && (category == null || !s.targetCategories().contains(category))) {
			return false;
		}
		if (s.targetItems().isEmpty()) {
			return true;
		}
		return jdbc.sql("""
				select exists (select 1 from portal.application a join portal.service_item i on i.id = a.service_item_id
				               where a.party_id = :party and a.status = 'COMPLETED' and i.code = any(:items))
				""")
			.param("party", partyId)
			.param("items", s.targetItems().toArray(String[]::new))
			.query(Boolean.class)
			.single();
	}

	private boolean answered(UUID id, UUID partyId) {
		return jdbc.sql("select exists (select 1 from portal.survey_response where survey_id = :s and party_id = :p)")
			.param("s", id)
			.param("p", partyId)
			.query(Boolean.class)
			.single();
	}

	private static final String SELECT = """
			select s.*, (select count(*) from portal.survey_response r where r.survey_id = s.id) as responses
			from portal.survey s
			""";

	private SurveyView find(UUID id) {
		return jdbc.sql(SELECT + " where s.id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("survey", id));
	}

	private SurveyView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		UUID agencyId = rs.getObject("agency_id", UUID.class);
		LocalDate opens = rs.getObject("opens_on", LocalDate.class);
		LocalDate closes = rs.getObject("closes_on", LocalDate.class);
		String status = rs.getString("status");
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		List<PartyCategory> categories = new ArrayList<>();
		for (String c : (String[]) rs.getArray("target_categories").getArray()) {
			categories.add(PartyCategory.valueOf(c));
		}
		return new SurveyView(rs.getObject("id", UUID.class), agencyId, agencies.names().get(agencyId),
				rs.getString("title"), rs.getString("intro"), JSON.readValue(rs.getString("questions"), QUESTIONS),
				categories, List.of((String[]) rs.getArray("target_items").getArray()), opens, closes, status,
				"OPEN".equals(status) && !today.isBefore(opens) && !today.isAfter(closes),
				!"OPEN".equals(status) ? status
						: today.isBefore(opens) ? "SCHEDULED" : today.isAfter(closes) ? "ENDED" : "RUNNING",
				rs.getLong("responses"), rs.getLong("version"));
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

}
