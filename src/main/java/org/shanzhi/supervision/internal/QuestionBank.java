package org.shanzhi.supervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exam question bank (S1): on start-up, an empty bank is filled with the questions
 * drawn from the two regulations ({@code supervision/question-bank.json}, each citing its
 * article), checked first: a malformed question stops the start rather than entering an
 * exam.
 */
@Component
@org.springframework.core.annotation.Order(10)
class QuestionBank implements org.springframework.boot.ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(QuestionBank.class);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** A question as written in the resource. */
	record Question(String code, String source, String article, String topic, String type, String text,
			List<String> options, List<Integer> answer, String explanation) {

		void check() {
			boolean ok = code != null && !code.isBlank() && text != null && !text.isBlank() && options != null
					&& options.size() >= 2 && answer != null && !answer.isEmpty()
					&& answer.stream().allMatch(a -> a >= 0 && a < options.size())
					&& answer.equals(answer.stream().distinct().sorted().toList()) && switch (type) {
						case "SINGLE" -> answer.size() == 1;
						case "TRUE_FALSE" -> answer.size() == 1 && options.size() == 2;
						case "MULTIPLE" -> answer.size() >= 2;
						default -> false;
					};
			if (!ok) {
				throw new IllegalStateException("question " + code + " of the bank is malformed");
			}
		}
	}

	private final JdbcClient jdbc;

	QuestionBank(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static List<Question> bundled() throws IOException {
		try (InputStream in = new ClassPathResource("supervision/question-bank.json").getInputStream()) {
			List<Question> questions = JSON.readValue(in, new TypeReference<List<Question>>() {
			});
			questions.forEach(Question::check);
			return questions;
		}
	}

	@Override
	@Transactional
	public void run(org.springframework.boot.ApplicationArguments args) throws IOException {
		if (jdbc.sql("select count(*) from supervision.question").query(Long.class).single() > 0) {
			return;
		}
		List<Question> questions = bundled();
		for (Question q : questions) {
			jdbc.sql(
					"""
							insert into supervision.question (code, source, article, topic, type, text, options, answer, explanation)
							values (:code, :source, :article, :topic, :type, :text, cast(:options as jsonb), cast(:answer as jsonb),
							    :explanation)
							""")
				.param("code", q.code())
				.param("source", q.source())
				.param("article", q.article())
				.param("topic", q.topic())
				.param("type", q.type())
				.param("text", q.text())
				.param("options", JSON.writeValueAsString(q.options()))
				.param("answer", JSON.writeValueAsString(q.answer()))
				.param("explanation", q.explanation())
				.update();
		}
		LOG.info("Question bank filled with {} questions of the two regulations", questions.size());
	}

}
