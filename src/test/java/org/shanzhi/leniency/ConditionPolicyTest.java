package org.shanzhi.leniency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.enforcement.HarmLevel;
import org.shanzhi.enforcement.PriorViolation;
import org.shanzhi.enforcement.Treatment;
import org.shanzhi.leniency.internal.policy.AssessmentFacts;
import org.shanzhi.leniency.internal.policy.CommitmentLetterPolicy;
import org.shanzhi.leniency.internal.policy.CorrectedBeforeDecisionPolicy;
import org.shanzhi.leniency.internal.policy.CorrectedWithinPolicy;
import org.shanzhi.leniency.internal.policy.FirstOffencePolicy;
import org.shanzhi.leniency.internal.policy.HarmPolicy;
import org.shanzhi.leniency.internal.policy.RectificationVerifiedPolicy;

/** Each condition policy of the leniency lists, at its boundaries, without Spring. */
class ConditionPolicyTest {

	static final LocalDate ACT = LocalDate.of(2026, 3, 15);

	static Conditions firstOffence(int months) {
		return new Conditions(months, null, null, null, null, null, null);
	}

	static AssessmentFacts facts(List<PriorViolation> history) {
		return new AssessmentFacts(ACT, null, ACT.plusDays(20), HarmLevel.NONE, null, true, ACT.plusDays(5), true, true,
				(from, before, same) -> history.stream()
					.filter(p -> !p.occurredOn().isBefore(from) && p.occurredOn().isBefore(before))
					.toList());
	}

	static PriorViolation prior(LocalDate on) {
		return new PriorViolation(UUID.randomUUID(), UUID.randomUUID(), "FOOD-LABEL", on, Treatment.STANDARD);
	}

	@Test
	void aViolationOnTheFirstDayOfTheLookBackWindowBreaksTheFirstOffence() {
		var outcome = new FirstOffencePolicy().evaluate(firstOffence(24),
				facts(List.of(prior(LocalDate.of(2024, 3, 15)))));
		assertThat(outcome.held()).isFalse();
		assertThat(outcome.code()).isEqualTo("first-offence.failed.same");
	}

	@Test
	void aViolationTheDayBeforeTheWindowDoesNotCount() {
		var outcome = new FirstOffencePolicy().evaluate(firstOffence(24),
				facts(List.of(prior(LocalDate.of(2024, 3, 14)))));
		assertThat(outcome.held()).isTrue();
	}

	@Test
	void theWindowLengthIsConfigurable() {
		var history = List.of(prior(LocalDate.of(2025, 1, 10)));
		assertThat(new FirstOffencePolicy().evaluate(firstOffence(24), facts(history)).held()).isFalse();
		assertThat(new FirstOffencePolicy().evaluate(firstOffence(12), facts(history)).held()).isTrue();
	}

	@Test
	void anOffenceOnTheDayOfTheActItselfIsNotEarlier() {
		assertThat(new FirstOffencePolicy().evaluate(firstOffence(24), facts(List.of(prior(ACT)))).held()).isTrue();
	}

	@Test
	void theOfficerCanDeclareAnOffenceTheRecordsDoNotShow() {
		AssessmentFacts f = new AssessmentFacts(ACT, null, ACT, HarmLevel.NONE, false, true, ACT, true, true,
				(a, b, c) -> List.of());
		var outcome = new FirstOffencePolicy().evaluate(firstOffence(24), f);
		assertThat(outcome.held()).isFalse();
		assertThat(outcome.code()).isEqualTo("first-offence.declared");
	}

	@Test
	void harmMustNotExceedTheEntrysLevelAndMustBeEstablished() {
		Conditions minor = new Conditions(null, null, HarmLevel.MINOR, null, null, null, null);
		HarmPolicy policy = new HarmPolicy();
		assertThat(policy.evaluate(minor, withHarm(HarmLevel.NONE)).held()).isTrue();
		assertThat(policy.evaluate(minor, withHarm(HarmLevel.MINOR)).held()).isTrue();
		assertThat(policy.evaluate(minor, withHarm(HarmLevel.MODERATE)).held()).isFalse();
		assertThat(policy.evaluate(minor, withHarm(null)).code()).isEqualTo("harm.unknown");
	}

	@Test
	void correctionWithinNDaysCountsTheLastDayIn() {
		Conditions within15 = new Conditions(null, null, null, 15, null, null, null);
		CorrectedWithinPolicy policy = new CorrectedWithinPolicy();
		assertThat(policy.evaluate(within15, correctedOn(ACT.plusDays(15))).held()).isTrue();
		assertThat(policy.evaluate(within15, correctedOn(ACT.plusDays(16))).held()).isFalse();
		assertThat(policy.evaluate(within15, correctedOn(null)).code()).isEqualTo("corrected-within.no-date");
	}

	@Test
	void correctionBeforeTheDecisionIncludesTheDayOfTheDecision() {
		Conditions before = new Conditions(null, null, null, null, true, null, null);
		CorrectedBeforeDecisionPolicy policy = new CorrectedBeforeDecisionPolicy();
		assertThat(policy.evaluate(before, correctedOn(ACT.plusDays(20))).held()).isTrue();
		assertThat(policy.evaluate(before, correctedOn(ACT.plusDays(21))).held()).isFalse();
	}

	@Test
	void commitmentLetterAndVerifiedRectificationAreFacts() {
		Conditions both = new Conditions(null, null, null, null, null, true, true);
		AssessmentFacts none = new AssessmentFacts(ACT, null, ACT, HarmLevel.NONE, null, true, ACT, false, false,
				(a, b, c) -> List.of());
		assertThat(new CommitmentLetterPolicy().evaluate(both, none).held()).isFalse();
		assertThat(new RectificationVerifiedPolicy().evaluate(both, none).held()).isFalse();
		assertThat(new CommitmentLetterPolicy().evaluate(both, facts(List.of())).held()).isTrue();
		assertThat(new RectificationVerifiedPolicy().evaluate(both, facts(List.of())).held()).isTrue();
	}

	@Test
	void aPolicyOnlyAppliesToEntriesThatHaveItsCondition() {
		assertThat(new FirstOffencePolicy().appliesTo(Conditions.none())).isFalse();
		assertThat(new HarmPolicy().appliesTo(Conditions.none())).isFalse();
		assertThat(new CorrectedBeforeDecisionPolicy()
			.appliesTo(new Conditions(null, null, null, null, false, null, null))).isFalse();
	}

	static AssessmentFacts withHarm(HarmLevel harm) {
		return new AssessmentFacts(ACT, null, ACT, harm, null, true, ACT, true, true, (a, b, c) -> List.of());
	}

	static AssessmentFacts correctedOn(LocalDate on) {
		return new AssessmentFacts(ACT, null, ACT.plusDays(20), HarmLevel.NONE, null, true, on, true, true,
				(a, b, c) -> List.of());
	}

}
