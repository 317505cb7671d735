package org.shanzhi.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.shanzhi.directory.AgencyView;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.supervision.AgencyAssessments;
import org.shanzhi.supervision.Courses;
import org.shanzhi.supervision.Exams;
import org.shanzhi.supervision.IndicatorSystems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city's supervision (S1, S2): this year's indicator system as suggested, an
 * exam open all year on the two regulations, the rule-of-law office's inspection scores
 * of the agencies it visited, and a first assessment run. Loaded once.
 */
@Component
@Order(70)
class DemoSupervisionLoader extends DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoSupervisionLoader.class);

	private final IndicatorSystems systems;

	private final AgencyAssessments assessments;

	private final Exams exams;

	private final Accounts accounts;

	private final Clock clock;

	private final Courses courses;

	DemoSupervisionLoader(IndicatorSystems systems, AgencyAssessments assessments, Exams exams, Accounts accounts,
			Clock clock, Courses courses) {
		this.courses = courses;
		this.systems = systems;
		this.assessments = assessments;
		this.exams = exams;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	void loadDemo() {
		int year = LocalDate.now(clock.withZone(org.shanzhi.shared.PeopleTime.ZONE)).getYear();
		Actor supervisor = accounts.findByUsername("demo-supervisor").orElseThrow().actor();
		if (!Actors.runAs(supervisor, () -> systems.of(year)).isEmpty()) {
			return;
		}
		Actors.runAs(supervisor, () -> {
			systems.define(year, IndicatorSystems.suggested());
			exams.create(new Exams.ExamInput(year + " 年度服务型行政执法知识考试", year, 20, 30, 60, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31)));
			List<AgencyView> assessed = assessments.assessed();
			String[] notes = { "实地检查：服务型执法台账完整，指导文书规范", "实地检查：行政指导文书个别缺少法律依据", "实地检查：回访记录不全，已责令整改" };
			BigDecimal[] scores = { new BigDecimal("14"), new BigDecimal("11.5"), new BigDecimal("9") };
			for (int i = 0; i < Math.min(assessed.size(), 6); i++) {
				assessments.scoreByHand(year, "INSPECTION", assessed.get(i).id(), scores[i % 3], notes[i % 3],
						"司法局 " + year + " 年行政执法监督检查记录");
			}
			// last year's assessment too, for the dashboard's year-on-year trend
			systems.define(year - 1, IndicatorSystems.suggested());
			BigDecimal[] lastYear = { new BigDecimal("12"), new BigDecimal("10"), new BigDecimal("9.5") };
			for (int i = 0; i < Math.min(assessed.size(), 6); i++) {
				assessments.scoreByHand(year - 1, "INSPECTION", assessed.get(i).id(), lastYear[(i + 1) % 3],
						notes[(i + 1) % 3], "司法局 " + (year - 1) + " 年行政执法监督检查记录");
			}
			assessments.run(year - 1);
			assessments.run(year);
			return null;
		});
		// training: a city-wide study session and the market bureau's on-site
		// observation, with its register
		LocalDate today = LocalDate.now(clock.withZone(org.shanzhi.shared.PeopleTime.ZONE));
		Actors.runAs(supervisor, () -> courses.create("服务型行政执法专题培训", "《漯河市服务型行政执法指导意见》《洛阳市服务型行政执法办法》解读",
				Courses.Format.STUDY, today.minusDays(40)));
		accounts.findByUsername("demo-head-amr").map(a -> a.actor()).ifPresent(head -> Actors.runAs(head, () -> {
			var course = courses.create("行政指导现场观摩", "食品经营户约谈和整改回访现场观摩", Courses.Format.OBSERVATION,
					today.minusDays(12));
			var register = courses.register(course.id(), head.agencyId());
			return courses.attendance(course.id(), null,
					register.stream()
						.limit(Math.max(1, register.size() - 1))
						.map(a -> a.accountId())
						.collect(java.util.stream.Collectors.toSet()));
		}));
		log.info("Demo supervision: the {} indicator system, an exam and a first assessment (and last year's)", year);
	}

}
