package org.shanzhi.supervision;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Online exams (S1): a supervisor sets an exam (how many questions, how many minutes, the
 * pass mark, when it is open); each officer draws a paper of random questions from the
 * bank, answers within the time and is graded at once (a question scores only when its
 * answer is exactly right); an answer sheet after the time is refused. Results per
 * officer and per agency.
 */
@Service
@Validated
public class Exams {

	/** Seconds of grace after the deadline, for the network. */
	static final long GRACE_SECONDS = 30;

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Exams(JdbcClient jdbc, Actors actors, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
	}

	/** An exam as set. */
	public record ExamInput(@NotBlank @Size(max = 200) String title, @NotNull @Min(2000) @Max(2100) Integer year,
			@NotNull @Min(5) @Max(100) Integer questions, @NotNull @Min(5) @Max(240) Integer minutes,
			@NotNull @Min(1) @Max(100) Integer passMark, @NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
	}

	public record ExamView(UUID id, String title, int year, int questions, int minutes, int passMark, LocalDate opensOn,
			LocalDate closesOn) {
	}

	/** A question as the officer sees it: no answer. */
	public record PaperQuestion(String code, String type, String text, List<String> options) {
	}

	/** A paper: while open, the questions; once submitted, the score. */
	public record PaperView(UUID id, UUID examId, String examTitle, OffsetDateTime startedAt, OffsetDateTime deadlineAt,
			OffsetDateTime submittedAt, Integer score, Boolean passed, int passMark, List<PaperQuestion> questions) {
	}

	/** A result line of an exam. */
	public record Result(UUID paperId, UUID accountId, String officerName, UUID agencyId, OffsetDateTime submittedAt,
			Integer score, Boolean passed) {
	}

	@Transactional
	public ExamView create(@Valid ExamInput in) {
		Actor actor = actors.require(Role.SUPERVISOR);
		if (in.closesOn().isBefore(in.opensOn())) {
			throw new FieldRejectedException("closesOn", "notBeforeFrom");
		}
		long bank = jdbc.sql("select count(*) from supervision.question").query(Long.class).single();
		if (bank < in.questions()) {
			throw RuleViolationException.rule("exam-bank-too-small", bank, in.questions());
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into supervision.exam (id, title, year, questions, minutes, pass_mark, opens_on, closes_on, created_by,
						    created_at)
						values (:id, :title, :year, :q, :m, :p, :opens, :closes, :by, :at)
						""")
			.param("id", id)
			.param("title", in.title().strip())
			.param("year", in.year())
			.param("q", in.questions())
			.param("m", in.minutes())
			.param("p", in.passMark())
			.param("opens", in.opensOn())
			.param("closes", in.closesOn())
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		return exam(id);
	}

	@Transactional(readOnly = true)
	public List<ExamView> list() {
		actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD, Role.OFFICER, Role.ADMIN);
		return jdbc.sql("select id from supervision.exam order by opens_on desc, created_at desc limit 100")
			.query(UUID.class)
			.list()
			.stream()
			.map(this::exam)
			.toList();
	}

	@Transactional(readOnly = true)
	public ExamView exam(UUID id) {
		return jdbc
			.sql("""
					select id, title, year, questions, minutes, pass_mark, opens_on, closes_on from supervision.exam where id = :id
					""")
			.param("id", id)
			.query((rs, n) -> new ExamView(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("exam", id));
	}

	/**
	 * The officer starts (or resumes) the exam: a paper of random questions from the
	 * bank, with its deadline. One paper per officer and exam.
	 */
	@Transactional
	public PaperView start(UUID examId) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		UUID agency = actor.requireAgency();
		ExamView exam = exam(examId);
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		if (today.isBefore(exam.opensOn()) || today.isAfter(exam.closesOn())) {
			throw RuleViolationException.rule("exam-not-open", exam.opensOn(), exam.closesOn());
		}
		var existing = jdbc.sql("select id from supervision.exam_paper where exam_id = :e and account_id = :a")
			.param("e", examId)
			.param("a", actor.accountId())
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			return paper(existing.get());
		}
		List<String> codes = new ArrayList<>(
				jdbc.sql("select code from supervision.question order by code").query(String.class).list());
		Collections.shuffle(codes, random);
		List<String> drawn = List.copyOf(codes.subList(0, exam.questions()));
		OffsetDateTime now = OffsetDateTime.now(clock);
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into supervision.exam_paper (id, exam_id, account_id, agency_id, officer_name, questions, started_at,
						    deadline_at)
						values (:id, :e, :a, :agency, :name, cast(:q as jsonb), :at, :deadline)
						""")
			.param("id", id)
			.param("e", examId)
			.param("a", actor.accountId())
			.param("agency", agency)
			.param("name", actor.displayName() == null ? actor.username() : actor.displayName())
			.param("q", JSON.writeValueAsString(drawn))
			.param("at", now)
			.param("deadline", now.plus(Duration.ofMinutes(exam.minutes())))
			.update();
		return paper(id);
	}

	/**
	 * The officer hands in the answers (question code → chosen option indexes); graded at
	 * once. After the deadline (and a short grace) the sheet is refused.
	 */
	@Transactional
	public PaperView submit(UUID paperId, Map<String, List<Integer>> answers) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		var paper = jdbc
			.sql("""
					select p.account_id, p.questions, p.deadline_at, p.submitted_at, e.pass_mark
					from supervision.exam_paper p join supervision.exam e on e.id = p.exam_id where p.id = :id for update of p
					""")
			.param("id", paperId)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class), rs.getInt(5) })
			.optional()
			.filter(p -> p[0].equals(actor.accountId()))
			.orElseThrow(() -> NotFoundException.forId("exam-paper", paperId));
		if (paper[3] != null) {
			throw RuleViolationException.conflict("exam-already-submitted");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (now.isAfter(((OffsetDateTime) paper[2]).plusSeconds(GRACE_SECONDS))) {
			throw RuleViolationException.rule("exam-time-over",
					((OffsetDateTime) paper[2]).atZoneSameInstant(ZONE).toLocalTime().withNano(0));
		}
		if (answers == null) {
			throw new FieldRejectedException("answers", "required");
		}
		List<String> codes = JSON.readValue((String) paper[1], new TypeReference<List<String>>() {
		});
		Map<String, List<Integer>> key = new LinkedHashMap<>();
		jdbc.sql("select code, answer from supervision.question where code in (:codes)")
			.param("codes", codes)
			.query((rs, n) -> key.put(rs.getString(1),
					JSON.readValue(rs.getString(2), new TypeReference<List<Integer>>() {
					})))
			.list();
		Map<String, List<Integer>> sheet = new LinkedHashMap<>();
		int right = 0;
		for (String code : codes) {
			List<Integer> given = answers.get(code);
			List<Integer> normalised = given == null ? List.of() : List.copyOf(new TreeSet<>(given));
			sheet.put(code, normalised);
			if (normalised.equals(key.get(code))) {
				right++;
			}
		}
		int score = Math.round(100f * right / codes.size());
		boolean passed = score >= (int) paper[4];
		jdbc.sql("""
				update supervision.exam_paper set submitted_at = :at, answers = cast(:answers as jsonb), score = :score,
				    passed = :passed
				where id = :id
				""")
			.param("at", now)
			.param("answers", JSON.writeValueAsString(sheet))
			.param("score", score)
			.param("passed", passed)
			.param("id", paperId)
			.update();
		return paper(paperId);
	}

	/** The actor's own paper (a supervisor: any; a head: their agency's). */
	@Transactional(readOnly = true)
	public PaperView paper(UUID id) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.SUPERVISOR);
		var row = jdbc.sql("""
				select p.exam_id, e.title, p.started_at, p.deadline_at, p.submitted_at, p.score, p.passed, e.pass_mark,
				       p.questions, p.account_id, p.agency_id
				from supervision.exam_paper p join supervision.exam e on e.id = p.exam_id where p.id = :id
				""")
			.param("id", id)
			.query((rs,
					n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2),
							rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class),
							rs.getObject(5, OffsetDateTime.class), (Integer) rs.getObject(6), (Boolean) rs.getObject(7),
							rs.getInt(8), rs.getString(9), rs.getObject(10, UUID.class), rs.getObject(11, UUID.class) })
			.optional()
			.orElseThrow(() -> NotFoundException.forId("exam-paper", id));
		boolean own = row[9].equals(actor.accountId());
		boolean head = actor.has(Role.AGENCY_HEAD) && row[10].equals(actor.agencyId());
		if (!own && !head && !actor.seesAllAgencies()) {
			throw NotFoundException.forId("exam-paper", id);
		}
		List<PaperQuestion> questions = List.of();
		if (own && row[4] == null) {
			List<String> codes = JSON.readValue((String) row[8], new TypeReference<List<String>>() {
			});
			Map<String, PaperQuestion> byCode = new LinkedHashMap<>();
			jdbc.sql("select code, type, text, options from supervision.question where code in (:codes)")
				.param("codes", codes)
				.query((rs, n) -> byCode.put(rs.getString(1), new PaperQuestion(rs.getString(1), rs.getString(2),
						rs.getString(3), JSON.readValue(rs.getString(4), new TypeReference<List<String>>() {
						}))))
				.list();
			questions = codes.stream().map(byCode::get).toList();
		}
		return new PaperView(id, (UUID) row[0], (String) row[1], (OffsetDateTime) row[2], (OffsetDateTime) row[3],
				(OffsetDateTime) row[4], (Integer) row[5], (Boolean) row[6], (int) row[7], questions);
	}

	/**
	 * The results of an exam: a supervisor sees all, a head their agency's, an officer
	 * their own.
	 */
	@Transactional(readOnly = true)
	public List<Result> results(UUID examId) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.SUPERVISOR);
		exam(examId);
		return jdbc.sql("""
				select id, account_id, officer_name, agency_id, submitted_at, score, passed from supervision.exam_paper
				where exam_id = :e and (:all or (:head and agency_id = :agency) or account_id = :me)
				order by agency_id, officer_name
				""")
			.param("e", examId)
			.param("all", actor.seesAllAgencies())
			.param("head", actor.has(Role.AGENCY_HEAD))
			.param("agency", actor.agencyId() == null ? new UUID(0, 0) : actor.agencyId())
			.param("me", actor.accountId())
			.query((rs, n) -> new Result(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getObject(5, OffsetDateTime.class), (Integer) rs.getObject(6),
					(Boolean) rs.getObject(7)))
			.list();
	}

	/** The signed-in officer's own training record: every paper, newest first. */
	@Transactional(readOnly = true)
	public List<Result> mine() {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		return jdbc.sql("""
				select id, account_id, officer_name, agency_id, submitted_at, score, passed from supervision.exam_paper
				where account_id = :me order by started_at desc
				""")
			.param("me", actor.accountId())
			.query((rs, n) -> new Result(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getObject(5, OffsetDateTime.class), (Integer) rs.getObject(6),
					(Boolean) rs.getObject(7)))
			.list();
	}

}
