package org.shanzhi.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shanzhi.risk.RiskHistories;
import org.shanzhi.risk.RiskModels;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A synthetic legacy history of the market bureau (R6 demo): five years of inspections of
 * 2,000 enterprises, imported as CSV the way an agency would import its old system's
 * records, and a model version fitted on it awaiting the supervisor's review. Each
 * enterprise has a hidden propensity to violate that the records show only indirectly —
 * through earlier violations, complaints, declined guidance, rectifications not made and
 * low satisfaction — so a model of those indicators ranks clearly better than a random
 * draw, without knowing the propensity. Deterministic (seeded); loaded once.
 */
@Component
@Order(50)
class DemoRiskHistoryLoader extends DemoLoader {

	static final String NAME = "市场监管局 2021—2026 年检查历史（合成示例数据）";

	private static final Logger log = LoggerFactory.getLogger(DemoRiskHistoryLoader.class);

	private final RiskHistories histories;

	private final RiskModels models;

	private final Accounts accounts;

	private final Clock clock;

	DemoRiskHistoryLoader(RiskHistories histories, RiskModels models, Accounts accounts, Clock clock) {
		this.histories = histories;
		this.models = models;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	void loadDemo() {
		Actor head = accounts.findByUsername("demo-head-amr").map(a -> a.actor()).orElse(null);
		if (head == null || Actors.runAs(head, () -> histories.list().stream().anyMatch(h -> h.name().equals(NAME)))) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock.withZone(org.shanzhi.shared.PeopleTime.ZONE));
		byte[] csv = csv(2000, today, 20261124L);
		RiskHistories.HistoryView history = Actors.runAs(head, () -> histories.importCsv(NAME, csv));
		RiskModels.ModelView model = Actors.runAs(head,
				() -> models.fit(new RiskModels.FitCommand(history.id(), 365, null, null, null)));
		log.info(
				"Loaded a synthetic history of {} inspections of {} enterprises, fitted {} ({}, validation AUC {}) "
						+ "in {} ms",
				history.rows(), history.parties(), model.version(), model.status(), model.validationAuc(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The history as CSV: for each enterprise a hidden propensity {@code z}; inspections
	 * about once a year (more often after a violation); at each, the complaints received
	 * since the last one (more for higher {@code z}); a violation with a probability
	 * rising with {@code z} and with a violation at the last inspection; after a
	 * violation a penalty or guidance, declined or not corrected more often for higher
	 * {@code z}; satisfaction lower for higher {@code z}.
	 */
	static byte[] csv(int enterprises, LocalDate today, long seed) {
		Random random = new Random(seed);
		StringBuilder out = new StringBuilder(
				"party_id,date,result,violation_codes,occurred_on,penalties,complaints,guidance_declined,"
						+ "not_corrected,satisfaction,category_high_risk_points\n");
		String[] codes = { "SPSC-033", "SPSC-034", "SPSC-045", "SPSC-056", "CPZL-027", "JGGG-015" };
		LocalDate start = today.minusYears(5);
		for (int e = 0; e < enterprises; e++) {
			String party = String.format("LEGACY-%05d", e + 1);
			double z = random.nextGaussian();
			int points = e % 4 == 0 ? 8 : e % 4 == 1 ? 4 : 1;
			double categoryEffect = points >= 8 ? 0.4 : 0;
			LocalDate date = start.plusDays(random.nextInt(365));
			boolean lastViolated = false;
			while (!date.isAfter(today)) {
				int complaints = poisson(random, 0.25 * Math.exp(0.9 * z));
				double logit = -2.3 + 1.1 * z + (lastViolated ? 0.7 : 0) + 0.25 * complaints + categoryEffect;
				boolean violated = random.nextDouble() < 1 / (1 + Math.exp(-logit));
				List<String> row = new ArrayList<>();
				row.add(party);
				row.add(date.toString());
				row.add(violated ? "VIOLATION" : "NO_VIOLATION");
				row.add(violated ? codes[random.nextInt(codes.length)] : "");
				row.add(violated ? date.minusDays(10 + random.nextInt(120)).toString() : "");
				boolean penalised = violated && random.nextDouble() < 0.5;
				row.add(penalised ? "1" : "0");
				row.add(Integer.toString(complaints));
				boolean guided = violated && !penalised;
				row.add(guided && random.nextDouble() < sigmoid(-1.2 + 0.9 * z) ? "1" : "0");
				row.add(guided && random.nextDouble() < sigmoid(-1.5 + 1.0 * z) ? "1" : "0");
				int satisfaction = (int) Math
					.round(Math.max(1, Math.min(5, 4 - 0.7 * z + 0.6 * random.nextGaussian())));
				row.add(random.nextDouble() < 0.6 ? Integer.toString(satisfaction) : "");
				row.add(Integer.toString(points));
				out.append(String.join(",", row)).append('\n');
				lastViolated = violated;
				date = date.plusDays((violated ? 120 : 250) + random.nextInt(220));
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static double sigmoid(double x) {
		return 1 / (1 + Math.exp(-x));
	}

	private static int poisson(Random random, double mean) {
		double l = Math.exp(-mean);
		int k = 0;
		double p = 1;
		do {
			k++;
			p *= random.nextDouble();
		}
		while (p > l);
		return k - 1;
	}

}
