package org.shanzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Online exams (S1): the bank holds the questions of the two regulations; an officer
 * draws a random paper without answers, hands in the right answers and passes at once; a
 * paper handed in twice, or after its time, is refused naming the rule; results per
 * agency.
 */
class ExamApiTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);

	@Autowired
	JdbcClient jdbc;

	String exam(int questions, int minutes) throws Exception {
		return body(call(post("/api/v1/exams"), "demo-supervisor",
				Map.of("title", "服务型执法专题测试", "year", TODAY.getYear(), "questions", questions, "minutes", minutes,
						"passMark", 60, "opensOn", TODAY.toString(), "closesOn", TODAY.plusDays(7).toString()))
			.andExpect(status().isCreated())).get("id").asString();
	}

	Map<String, Object> rightAnswers(JsonNode paper) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (JsonNode q : paper.get("questions")) {
			String key = jdbc.sql("select answer::text from supervision.question where code = :c")
				.param("c", q.get("code").asString())
				.query(String.class)
				.single();
			answers.put(q.get("code").asString(), read(key));
		}
		return answers;
	}

	@Test
	void anOfficerDrawsARandomPaperAnswersInTimeAndIsGradedAtOnce() throws Exception {
		assertThat(jdbc.sql("select count(*) from supervision.question").query(Long.class).single())
			.isGreaterThanOrEqualTo(60);
		call(post("/api/v1/exams"), "demo-head-amr", Map.of("title", "局内测试", "year", TODAY.getYear(), "questions", 10,
				"minutes", 20, "passMark", 60, "opensOn", TODAY.toString(), "closesOn", TODAY.toString()))
			.andExpect(status().isForbidden());
		call(post("/api/v1/exams"), "demo-supervisor",
				Map.of("title", "题太多", "year", TODAY.getYear(), "questions", 100, "minutes", 30, "passMark", 60,
						"opensOn", TODAY.toString(), "closesOn", TODAY.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("exam-bank-too-small"));
		String exam = exam(10, 20);
		JsonNode paper = body(
				call(post("/api/v1/exams/" + exam + "/papers"), "demo-officer-amr", null).andExpect(status().isOk()));
		assertThat(paper.get("questions").size()).isEqualTo(10);
		assertThat(paper.toString()).doesNotContain("\"answer\"").doesNotContain("explanation");
		JsonNode again = body(call(post("/api/v1/exams/" + exam + "/papers"), "demo-officer-amr", null));
		assertThat(again.get("id")).as("one paper per officer: resumed").isEqualTo(paper.get("id"));
		JsonNode other = body(call(post("/api/v1/exams/" + exam + "/papers"), "demo-officer-eco", null));
		call(get("/api/v1/exam-papers/" + other.get("id").asString()), "demo-officer-amr", null)
			.andExpect(status().isNotFound());

		JsonNode graded = body(call(post("/api/v1/exam-papers/" + paper.get("id").asString() + "/submission"),
				"demo-officer-amr", Map.of("answers", rightAnswers(paper)))
			.andExpect(status().isOk()));
		assertThat(graded.get("score").asInt()).isEqualTo(100);
		assertThat(graded.get("passed").asBoolean()).isTrue();
		call(post("/api/v1/exam-papers/" + paper.get("id").asString() + "/submission"), "demo-officer-amr",
				Map.of("answers", Map.of()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("exam-already-submitted"));

		// half wrong: the eco officer answers nothing right
		JsonNode failed = body(call(post("/api/v1/exam-papers/" + other.get("id").asString() + "/submission"),
				"demo-officer-eco", Map.of("answers", Map.of()))
			.andExpect(status().isOk()));
		assertThat(failed.get("score").asInt()).isZero();
		assertThat(failed.get("passed").asBoolean()).isFalse();

		JsonNode results = body(call(get("/api/v1/exams/" + exam + "/results"), "demo-head-amr", null)).get("items");
		assertThat(results).hasSize(1);
		assertThat(body(call(get("/api/v1/exams/" + exam + "/results"), "demo-supervisor", null)).get("items"))
			.hasSize(2);
		assertThat(
				body(call(get("/api/v1/exam-papers/mine").param("size", "200"), "demo-officer-amr", null)).get("items")
					.toString())
			.contains(paper.get("id").asString());
	}

	@Test
	void anAnswerSheetAfterTheTimeIsRefusedNamingTheRule() throws Exception {
		String exam = exam(5, 5);
		JsonNode paper = body(call(post("/api/v1/exams/" + exam + "/papers"), "demo-officer-urban", null));
		jdbc.sql("update supervision.exam_paper set deadline_at = now() - interval '2 minutes' where id = :id")
			.param("id", UUID.fromString(paper.get("id").asString()))
			.update();
		call(post("/api/v1/exam-papers/" + paper.get("id").asString() + "/submission"), "demo-officer-urban",
				Map.of("answers", rightAnswers(paper)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("exam-time-over"));
		assertThat(jdbc.sql("select submitted_at is null from supervision.exam_paper where id = :id")
			.param("id", UUID.fromString(paper.get("id").asString()))
			.query(Boolean.class)
			.single()).isTrue();
	}

}
