package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.security.Actors;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Warning deduplication, on PostgreSQL (a partial unique index): a second trigger for a
 * party and reason while one is open opens nothing; another reason opens its own; once
 * the open one is handled, a new trigger opens a new one.
 */
class RiskWarningsTests extends IntegrationTest {

	@Autowired
	RiskWarnings warnings;

	RiskWarnings.Opening opening(UUID party, UUID agency, RiskWarnings.Reason reason) {
		return new RiskWarnings.Opening(party, agency, reason, "TEST", UUID.randomUUID(), 490.0, List.of(), "INTERVIEW",
				"约谈", null);
	}

	@Test
	void aPartyHasAtMostOneOpenWarningPerReason() {
		var officer = accounts.findByUsername("demo-officer-amr").orElseThrow().actor();
		UUID party = UUID.randomUUID();
		UUID agency = officer.agencyId();
		assertThat(warnings.open(opening(party, agency, RiskWarnings.Reason.GRADE_HIGH))).isTrue();
		assertThat(warnings.open(opening(party, agency, RiskWarnings.Reason.GRADE_HIGH))).isFalse();
		assertThat(warnings.open(opening(party, agency, RiskWarnings.Reason.RECTIFICATION_NOT_MADE))).isTrue();
		List<RiskWarnings.WarningView> open = Actors.runAs(officer,
				() -> warnings.list(RiskWarnings.Status.OPEN, 500)
					.stream()
					.filter(w -> w.partyId().equals(party))
					.toList());
		assertThat(open).hasSize(2);
		UUID first = open.stream()
			.filter(w -> w.reason() == RiskWarnings.Reason.GRADE_HIGH)
			.findFirst()
			.orElseThrow()
			.id();
		Actors.runAs(officer, () -> warnings.intervene(first, new RiskWarnings.Intervention("INTERVIEW", "已约谈", null)));
		assertThat(warnings.open(opening(party, agency, RiskWarnings.Reason.GRADE_HIGH))).isTrue();
		assertThat(Actors.runAs(officer, () -> warnings.figures()).get(RiskWarnings.Status.HANDLED)).isPositive();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theFullRecomputeIsScheduledNightly() {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("select count(*) from scheduler.scheduled_tasks where task_name = 'risk-nightly-recompute'")
				.query(Long.class)
				.single() == 1);
		java.time.OffsetDateTime next = jdbc
			.sql("select execution_time from scheduler.scheduled_tasks where task_name = 'risk-nightly-recompute'")
			.query(java.time.OffsetDateTime.class)
			.single();
		assertThat(next.atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE).toLocalTime())
			.isEqualTo(java.time.LocalTime.of(2, 0));
	}

}
