package org.shanzhi.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.joint.JointAction.Result;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;

/**
 * The course of a joint action from every status: planning needs two agencies, a day not
 * past and targets; it starts on its day once every invited agency answered and another
 * accepted; only officers on the action record findings, for targeted parties, on their
 * own agency's matters; it concludes once every party has every accepted agency's
 * finding; a concluded or cancelled action moves no more.
 */
class JointActionTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	final UUID amr = UUID.randomUUID();

	final UUID eco = UUID.randomUUID();

	final UUID fire = UUID.randomUUID();

	final UUID lead = UUID.randomUUID();

	final UUID ecoOfficer = UUID.randomUUID();

	final UUID shop = UUID.randomUUID();

	final UUID plant = UUID.randomUUID();

	JointAction planned() {
		return JointAction.plan(UUID.randomUUID(), amr, lead, TODAY.plusDays(3), TODAY, Set.of(shop, plant),
				Map.of(amr, List.of("SPSC-033", "CPZL-027"), eco, List.of("DQ-069"), fire, List.of("XF-016")));
	}

	static String rule(Runnable r) {
		Throwable t = catchThrowable(r::run);
		return t instanceof RuleViolationException rv ? rv.getStatusCode().value() + " " + rv.rule()
				: t instanceof FieldRejectedException f ? "400 " + f.field() : String.valueOf(t);
	}

	@Test
	void planningNeedsTwoAgenciesADayNotPastAndTargets() {
		assertThat(rule(() -> JointAction.plan(UUID.randomUUID(), amr, lead, TODAY.plusDays(1), TODAY, Set.of(shop),
				Map.of(amr, List.of("SPSC-033")))))
			.isEqualTo("422 joint-needs-two-agencies");
		assertThat(rule(() -> JointAction.plan(UUID.randomUUID(), amr, lead, TODAY.minusDays(1), TODAY, Set.of(shop),
				Map.of(amr, List.of("A"), eco, List.of("B")))))
			.isEqualTo("400 day");
		assertThat(rule(() -> JointAction.plan(UUID.randomUUID(), amr, lead, TODAY, TODAY, Set.of(),
				Map.of(amr, List.of("A"), eco, List.of("B")))))
			.isEqualTo("400 targets");
		JointAction a = planned();
		assertThat(a.status()).isEqualTo(JointAction.Status.PLANNED);
		assertThat(a.participants()).hasSize(3);
		assertThat(a.participants().stream().filter(p -> p.agencyId().equals(amr)).findFirst().orElseThrow().answer())
			.isEqualTo(JointAction.Answer.ACCEPTED);
	}

	@Test
	void theLeadAgencyNamesItsOwnOfficersButCannotDecline() {
		JointAction a = planned();
		UUID secondLeadOfficer = UUID.randomUUID();
		a.answer(amr, true, Set.of(lead, secondLeadOfficer));
		assertThat(a.participants().stream().filter(p -> p.agencyId().equals(amr)).findFirst().orElseThrow().officers())
			.containsExactlyInAnyOrder(lead, secondLeadOfficer);
		assertThat(rule(() -> a.answer(amr, false, null))).isEqualTo("422 joint-lead-takes-part");
		assertThat(rule(() -> a.answer(amr, true, Set.of()))).isEqualTo("400 officers");
	}

	@Test
	void itStartsOnItsDayOnceEveryInvitedAgencyAnswered() {
		JointAction a = planned();
		assertThat(rule(() -> a.answer(UUID.randomUUID(), true, Set.of(ecoOfficer))))
			.isEqualTo("422 joint-not-invited");
		assertThat(rule(() -> a.answer(eco, true, Set.of()))).isEqualTo("400 officers");
		a.answer(eco, true, Set.of(ecoOfficer));
		assertThat(rule(() -> a.start(TODAY.plusDays(3)))).isEqualTo("422 joint-awaiting-answers");
		a.answer(fire, false, null);
		assertThat(rule(() -> a.start(TODAY))).isEqualTo("422 joint-not-yet");
		a.start(TODAY.plusDays(3));
		assertThat(a.status()).isEqualTo(JointAction.Status.IN_PROGRESS);
		assertThat(rule(() -> a.answer(fire, true, Set.of(UUID.randomUUID())))).isEqualTo("409 joint-status");
		assertThat(a.visitsSaved()).isEqualTo(2);
	}

	@Test
	void aloneTheLeadCannotStart() {
		JointAction a = planned();
		a.answer(eco, false, null);
		a.answer(fire, false, null);
		assertThat(rule(() -> a.start(TODAY.plusDays(3)))).isEqualTo("422 joint-needs-two-agencies");
	}

	@Test
	void onlyOfficersOnTheActionRecordFindingsOnTheirOwnMattersAndItConcludesWhenComplete() {
		JointAction a = planned();
		a.answer(eco, true, Set.of(ecoOfficer));
		a.answer(fire, false, null);
		assertThat(rule(() -> a
			.record(new JointAction.Finding(amr, shop, lead, "SPSC-033", Result.NO_VIOLATION, null, null, null))))
			.isEqualTo("409 joint-status");
		a.start(TODAY.plusDays(3));
		assertThat(rule(() -> a.record(new JointAction.Finding(eco, shop, UUID.randomUUID(), "DQ-069",
				Result.NO_VIOLATION, null, null, null))))
			.isEqualTo("422 joint-officer-not-on-action");
		assertThat(rule(() -> a
			.record(new JointAction.Finding(fire, shop, lead, "XF-016", Result.NO_VIOLATION, null, null, null))))
			.isEqualTo("422 joint-officer-not-on-action");
		assertThat(rule(() -> a.record(new JointAction.Finding(eco, UUID.randomUUID(), ecoOfficer, "DQ-069",
				Result.NO_VIOLATION, null, null, null))))
			.isEqualTo("422 joint-party-not-targeted");
		assertThat(rule(() -> a
			.record(new JointAction.Finding(eco, shop, ecoOfficer, "SPSC-033", Result.VIOLATION, null, null, null))))
			.isEqualTo("422 joint-matter-not-of-agency");
		assertThat(rule(() -> a.record(new JointAction.Finding(amr, shop, lead, "SPSC-033", Result.VIOLATION, "生熟混放",
				null, TODAY.plusDays(6)))))
			.isEqualTo("400 requirement");
		assertThat(rule(() -> a.record(new JointAction.Finding(amr, shop, lead, "SPSC-033", Result.VIOLATION, "生熟混放",
				"三日内整改", TODAY.plusDays(3)))))
			.isEqualTo("400 deadline");
		a.record(new JointAction.Finding(amr, shop, lead, "SPSC-033", Result.VIOLATION, "生熟混放", "三日内整改",
				TODAY.plusDays(6)));
		a.record(new JointAction.Finding(eco, shop, ecoOfficer, "DQ-069", Result.NO_VIOLATION, null, null, null));
		a.record(new JointAction.Finding(amr, plant, lead, "CPZL-027", Result.NO_VIOLATION, null, null, null));
		assertThat(rule(() -> a.conclude(TODAY.plusDays(3)))).isEqualTo("422 joint-findings-missing");
		a.record(new JointAction.Finding(eco, plant, ecoOfficer, "DQ-069", Result.GUIDANCE_GIVEN, "提醒", null, null));
		// a finding recorded again replaces the earlier one for the same matter
		a.record(new JointAction.Finding(eco, plant, ecoOfficer, "DQ-069", Result.NO_VIOLATION, null, null, null));
		assertThat(a.findings()).hasSize(4);
		assertThat(rule(() -> a.conclude(TODAY.plusDays(7)))).as("the rectification deadline has passed")
			.isEqualTo("422 joint-deadline-passed");
		a.conclude(TODAY.plusDays(3));
		assertThat(a.status()).isEqualTo(JointAction.Status.CONCLUDED);
		assertThat(rule(() -> a.cancel("晚了"))).isEqualTo("409 joint-status");
		assertThat(rule(() -> a.conclude(TODAY.plusDays(3)))).isEqualTo("409 joint-status");
	}

	@Test
	void aPlannedOrRunningActionIsCancelledWithItsReason() {
		JointAction a = planned();
		assertThat(rule(() -> a.cancel(" "))).isEqualTo("400 reason");
		a.cancel("企业停业");
		assertThat(a.status()).isEqualTo(JointAction.Status.CANCELLED);
		assertThat(a.cancelReason()).isEqualTo("企业停业");
		assertThat(rule(() -> a.start(TODAY.plusDays(3)))).isEqualTo("409 joint-status");
	}

}
