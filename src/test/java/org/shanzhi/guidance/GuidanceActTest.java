package org.shanzhi.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.enforcement.CaseOrigin;
import org.shanzhi.enforcement.EscalationRequested;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.guidance.internal.GuidanceAct;
import org.shanzhi.shared.RuleViolationException;

/**
 * The guidance act's state machine without Spring: the rules every new act meets, the
 * response once, the outcome once and only after the deadline for "not corrected", and
 * the escalation event naming both records.
 */
class GuidanceActTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T10:00:00+08:00");

	static GuidanceAct.NewAct newAct(String form, DocumentForm documentForm, List<LegalBasis> bases,
			Set<Principle> principles, LocalDate deadline, UUID followUpOf, FollowUpResult followUp) {
		return new GuidanceAct.NewAct(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "河洛市测试商店", "RETAIL",
				UUID.randomUUID(), form, documentForm, Channel.IN_PERSON, "标签提示", "提示标签须标注生产者联系方式", Map.of(),
				principles, bases, documentForm == DocumentForm.WRITTEN ? "河市监指〔2026〕0001号" : null, TODAY, null, null,
				null, followUpOf, followUp, false, false, deadline == null ? null : "更换标签", deadline,
				deadline == null ? null : "FOOD-LABEL", List.of("标签"), NOW);
	}

	static GuidanceAct written(LocalDate deadline) {
		return new GuidanceAct(newAct("REMIND", DocumentForm.WRITTEN, List.of(new LegalBasis("《食品安全法》", "第六十七条")), null,
				deadline, null, null), TODAY, false);
	}

	static String rule(Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolationException ex) {
			return ex.rule() + "/" + ex.getStatusCode().value();
		}
		return null;
	}

	@Test
	void aNewActAppliesEveryPrincipleByDefaultAndAwaitsTheResponse() {
		GuidanceAct act = written(null);
		assertThat(act.status()).isEqualTo(ActStatus.ISSUED);
		assertThat(act.view().principles()).containsExactlyInAnyOrder(Principle.values());
		assertThat(act.view().documentNumber()).isEqualTo("河市监指〔2026〕0001号");
	}

	@Test
	void aWrittenActNeedsALegalBasisASimpleOneDoesNot() {
		assertThat(rule(() -> new GuidanceAct(newAct("REMIND", DocumentForm.WRITTEN, List.of(), null, null, null, null),
				TODAY, false)))
			.isEqualTo("written-guidance-needs-legal-basis/422");
		assertThat(
				new GuidanceAct(newAct("REMIND", DocumentForm.SIMPLE, List.of(), null, null, null, null), TODAY, false)
					.status())
			.isEqualTo(ActStatus.ISSUED);
	}

	@Test
	void lawfulnessCannotBeLeftOut() {
		assertThat(rule(() -> new GuidanceAct(newAct("REMIND", DocumentForm.SIMPLE, List.of(),
				Set.of(Principle.VOLUNTARY, Principle.REASONABLE), null, null, null), TODAY, false)))
			.isEqualTo("guidance-must-be-lawful/422");
	}

	@Test
	void aFollowUpNamesItsSubjectActAndResult() {
		assertThat(
				rule(() -> new GuidanceAct(newAct("FOLLOW_UP", DocumentForm.SIMPLE, List.of(), null, null, null, null),
						TODAY, false)))
			.isEqualTo("follow-up-needs-subject-act/422");
		FollowUpResult result = new FollowUpResult(true, true, true, false, 5, null, null);
		GuidanceAct visit = new GuidanceAct(
				newAct("FOLLOW_UP", DocumentForm.SIMPLE, List.of(), null, null, UUID.randomUUID(), result), TODAY,
				false);
		assertThat(visit.status()).isEqualTo(ActStatus.COMPLETED);
		assertThat(rule(() -> visit.respond(true, null, UUID.randomUUID(), NOW)))
			.isEqualTo("guidance-transition-not-allowed/409");
	}

	@Test
	void aDeadlineMustLieAheadUnlessThePastIsImported() {
		assertThat(rule(() -> written(TODAY.minusDays(1)))).isEqualTo("deadline-in-past/422");
		assertThat(rule(() -> written(TODAY))).isEqualTo("deadline-after-issue/422");
		assertThat(written(TODAY.plusDays(1)).rectificationDeadline()).isEqualTo(TODAY.plusDays(1));
		GuidanceAct past = new GuidanceAct(newAct("REMIND", DocumentForm.WRITTEN,
				List.of(new LegalBasis("《食品安全法》", "第六十七条")), null, TODAY.plusDays(5), null, null), TODAY.plusDays(30),
				true);
		assertThat(past.rectificationDeadline()).isEqualTo(TODAY.plusDays(5));
	}

	@Test
	void theResponseIsRecordedOnceAndADeclineIsJustRecorded() {
		GuidanceAct act = written(null);
		act.respond(false, "暂不采纳", UUID.randomUUID(), NOW);
		assertThat(act.status()).isEqualTo(ActStatus.DECLINED);
		assertThat(act.view().response().accepted()).isFalse();
		assertThat(rule(() -> act.respond(true, null, UUID.randomUUID(), NOW)))
			.isEqualTo("guidance-response-recorded/409");
		assertThat(act.pendingEvents()).noneMatch(e -> e instanceof EscalationRequested);
	}

	@Test
	void correctedMayBeRecordedEarlyNotCorrectedOnlyAfterTheDeadline() {
		GuidanceAct act = written(TODAY.plusDays(10));
		assertThat(rule(() -> act.recordOutcome(false, null, null, TODAY.plusDays(10), UUID.randomUUID(), NOW,
				UUID.randomUUID())))
			.isEqualTo("not-corrected-before-deadline/422");
		act.recordOutcome(true, "已更换", null, TODAY.plusDays(3), UUID.randomUUID(), NOW, null);
		assertThat(act.status()).isEqualTo(ActStatus.CORRECTED);
		assertThat(rule(() -> act.recordOutcome(true, null, null, TODAY.plusDays(3), UUID.randomUUID(), NOW, null)))
			.isEqualTo("rectification-outcome-recorded/409");
		assertThat(rule(() -> act.respond(true, null, UUID.randomUUID(), NOW)))
			.isEqualTo("guidance-transition-not-allowed/409");
	}

	@Test
	void notCorrectedAsksForACaseWithTheIdTheActKeeps() {
		GuidanceAct act = written(TODAY.plusDays(10));
		act.respond(true, null, UUID.randomUUID(), NOW);
		UUID officer = UUID.randomUUID();
		UUID caseId = UUID.randomUUID();
		act.recordOutcome(false, "复查未整改", null, TODAY.plusDays(11), officer, NOW, caseId);
		assertThat(act.status()).isEqualTo(ActStatus.NOT_CORRECTED);
		assertThat(act.view().escalatedCaseId()).isEqualTo(caseId);
		EscalationRequested request = act.pendingEvents()
			.stream()
			.filter(EscalationRequested.class::isInstance)
			.map(EscalationRequested.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(request.caseId()).isEqualTo(caseId);
		assertThat(request.origin()).isEqualTo(CaseOrigin.GUIDANCE);
		assertThat(request.originId()).isEqualTo(act.id());
		assertThat(request.violationCode()).isEqualTo("FOOD-LABEL");
		assertThat(request.officerId()).isEqualTo(officer);
		assertThat(request.facts()).contains("河市监指〔2026〕0001号").contains("复查未整改");
	}

	@Test
	void withoutARequirementThereIsNoOutcome() {
		GuidanceAct act = written(null);
		assertThatThrownBy(() -> act.recordOutcome(true, null, null, TODAY, UUID.randomUUID(), NOW, null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("guidance-without-rectification");
	}

}
