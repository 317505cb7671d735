package org.shanzhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.guidance.Channel;
import org.shanzhi.guidance.DocumentForm;
import org.shanzhi.guidance.GiveGuidanceCommand;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers on PostgreSQL: written acts created at the same moment by 16 clients
 * get consecutive numbers without duplicates or gaps, and a rolled-back document gives
 * its number back.
 */
class DocumentNumberingTests extends IntegrationTest {

	static final Pattern NUMBER = Pattern.compile("河市监指〔(\\d{4})〕(\\d{4})号");

	@Autowired
	GuidanceActs acts;

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	Parties parties;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	GiveGuidanceCommand written(UUID party) {
		return new GiveGuidanceCommand(party, "REMIND", DocumentForm.WRITTEN, Channel.DOCUMENT, "并发编号测试",
				"提示当事人按期报送年度报告。", List.of(new LegalBasis("《企业信息公示暂行条例》", "第八条")), null, Map.of("item", "年度报告"), null,
				null, null, null, null, null, null, false, false);
	}

	@Test
	void concurrentWrittenActsGetConsecutiveNumbersWithoutDuplicates() throws Exception {
		Actor officer = accounts.findByUsername("demo-officer-amr").orElseThrow().actor();
		UUID party = Actors.runAs(officer, () -> parties.search(null, 0, 1).items().get(0).id());
		int clients = 16;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Callable<String> task = () -> {
				start.await();
				return Actors.runAs(officer, () -> acts.give(written(party)).documentNumber());
			};
			results.add(pool.submit(task));
		}
		start.countDown();
		Set<Integer> sequences = new TreeSet<>();
		String year = null;
		for (Future<String> f : results) {
			Matcher m = NUMBER.matcher(f.get());
			assertThat(m.matches()).as(f.get()).isTrue();
			year = m.group(1);
			sequences.add(Integer.parseInt(m.group(2)));
		}
		pool.shutdown();
		assertThat(sequences).hasSize(clients);
		int first = sequences.iterator().next();
		assertThat(sequences)
			.containsExactlyElementsOf(java.util.stream.IntStream.range(first, first + clients).boxed().toList());
		// no gap before them either: every number of the year up to the last is
		// registered once
		UUID amr = agencies.findByCode("amr").orElseThrow().id();
		List<Integer> registered = jdbc.sql(
				"select sequence from documents.issued_number where agency_id = :a and kind = '指' and year = :y order by sequence")
			.param("a", amr)
			.param("y", Integer.parseInt(year))
			.query(Integer.class)
			.list();
		assertThat(registered)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, registered.size()).boxed().toList());
	}

	@Test
	void aRolledBackDocumentGivesItsNumberBack() {
		UUID agency = agencies.findByCode("eco").orElseThrow().id();
		int year = 3000 + (int) (System.nanoTime() % 1000);
		String first = transactions.execute(s -> {
			String n = numbers.next(agency, "测", year, "TEST", UUID.randomUUID()).text();
			s.setRollbackOnly();
			return n;
		});
		String second = transactions.execute(s -> numbers.next(agency, "测", year, "TEST", UUID.randomUUID()).text());
		assertThat(second).isEqualTo(first).isEqualTo("河环测〔" + year + "〕0001号");
	}

}
