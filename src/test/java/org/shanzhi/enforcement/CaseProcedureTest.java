package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.directory.OfficerView;
import org.shanzhi.enforcement.internal.CaseTransitions;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The penalty procedure's first steps without Spring: the transition table from every
 * status for every step, registration against the limitation period, filing, the officers
 * named on an act and recusal.
 */
class CaseProcedureTest {

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	static final LegalBasis BASIS = new LegalBasis("《中华人民共和国价格法》", "第四十二条");

	static final ViolationTypeView TYPE = new ViolationTypeView(UUID.randomUUID(), UUID.randomUUID(), "PRICE-TAG",
			"未按规定明码标价", "…", BASIS, new PenaltyRange(true, new BigDecimal("1000"), new BigDecimal("5000"), null),
			List.of(new DiscretionLevel("一般", "…", new BigDecimal("1000"), new BigDecimal("3000"))), NOW, 0);

	static final ViolationTypeView OTHER_AGENCY_TYPE = new ViolationTypeView(UUID.randomUUID(), UUID.randomUUID(),
			"PRICE-TAG", "未按规定明码标价", "…", BASIS, TYPE.penaltyRange(), TYPE.benchmark(), NOW, 0);

	final UUID head = UUID.randomUUID();

	final OfficerView first = officer("王明华", null);

	final OfficerView second = officer("李芳强", null);

	final OfficerView third = officer("陈静涛", null);

	final OfficerView expired = officer("赵军磊", LocalDate.of(2026, 6, 30));

	final Map<UUID, OfficerView> directory = Map.of(first.id(), first, second.id(), second, third.id(), third,
			expired.id(), expired);

	OfficerView officer(String name, LocalDate validUntil) {
		return new OfficerView(UUID.randomUUID(), TYPE.agencyId(), name, "4199" + Math.abs(name.hashCode()), "执法队员",
				validUntil, NOW, 0);
	}

	static CaseOfficerView on(OfficerView o) {
		return new CaseOfficerView(o.id(), o.name(), o.certificateNumber(), NOW, null);
	}

	EnforcementCase registered(LocalDate filingDue, OfficerView... officers) {
		List<CaseOfficerView> named = new ArrayList<>();
		for (OfficerView o : officers) {
			named.add(on(o));
		}
		return new EnforcementCase(UUID.randomUUID(), "AMR-2026-000009", TYPE.agencyId(), TYPE,
				OpenCaseCommand.ordinary(UUID.randomUUID(), "PRICE-TAG", LocalDate.of(2026, 11, 1), "未标价",
						CaseOrigin.INSPECTION, null, List.of(), LocalDate.of(2026, 11, 2),
						named.stream().map(CaseOfficerView::officerId).toList()),
				LocalDate.of(2026, 11, 2), named, filingDue, UUID.randomUUID(), NOW);
	}

	EnforcementCase registered() {
		return registered(LocalDate.of(2026, 11, 23), first, second, expired);
	}

	EnforcementCase inStatus(CaseStatus status) {
		EnforcementCase c = registered();
		ReflectionTestUtils.setField(c, "status", status);
		return c;
	}

	static String rule(Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolationException ex) {
			return ex.rule() + "/" + ex.getStatusCode().value();
		}
		return "none";
	}

	/** Runs the step on a case in the status, with input valid for the step. */
	String step(CaseStep step, CaseStatus status) {
		EnforcementCase c = inStatus(status);
		return rule(() -> {
			switch (step) {
				case FILING -> c.file(true, "同意", "补录", head, TODAY, NOW, 90, () -> "河市监立〔2026〕0001号");
				case OFFICERS -> c.assignOfficer(third, head, TODAY, NOW);
				case RECUSAL ->
					c.applyForRecusal(first.id(), "与当事人有亲属关系", RecusalView.AppliedBy.OFFICER, UUID.randomUUID(), NOW);
				case INVESTIGATION ->
					c.investigate(new InvestigateCommand("查明", HarmLevel.MINOR, false, null, false, false, null, null),
							ProcedureFixtures.facts(null), () -> "n", NOW);
				case PROPOSAL -> CaseTransitions.require(CaseStep.PROPOSAL, c.status());
				case DECISION ->
					c.decide(new DecideCommand(Treatment.STANDARD, new BigDecimal("2000"), "一般", "理由", BASIS, null),
							null, TYPE, UUID.randomUUID(), NOW, TODAY, ProcedureFixtures.PAPERS);
				case REVIEW ->
					c.review(true, "同意", List.of(), UUID.randomUUID(), null, NOW, () -> "n", ProcedureFixtures.PAPERS);
				case COLLECTIVE_DISCUSSION -> c.discuss(new ProcedureRecords.Discussion(
						NOW, true, List.of(new ProcedureRecords.Attendee("甲", null),
								new ProcedureRecords.Attendee("乙", null), new ProcedureRecords.Attendee("丙", null)),
						"意见", "PENALTY", NOW));
				case PRIOR_NOTICE -> c.notifyPriorly(
						ProcedureFixtures.notice(List.of(Penalty.fine(new BigDecimal("2000"))), true, null, NOW),
						false);
				case STATEMENTS -> c.state(ProcedureFixtures.waiver(NOW), TODAY);
				case HEARING_REQUEST -> c.requestHearing(NOW, "WRITTEN", TODAY);
				case HEARING_NOTICE -> c.noticeHearing(new ProcedureRecords.HearingNotice(null, NOW.plusDays(12), "听证室",
						null, UUID.randomUUID(), "主持人", null, true), 8);
				case HEARING_RECORD -> c.recordHearing(new ProcedureRecords.HearingMinutes(NOW, List.of(), "记录", true,
						null, false, new ProcedureRecords.HearingReport("概况", "建议")), UUID.randomUUID(), NOW);
				case EXTENSIONS -> c.extend(10, "复杂", head, TODAY, NOW);
				case TRANSFER -> c.transferOut(
						new ProcedureRecords.Transfer("PUBLIC_SECURITY", "市公安局", "涉嫌犯罪", "河市监移〔2026〕0001号", NOW));
				case DELIVERIES -> c.deliver(ProcedureFixtures.delivery("decision", "POST", null, null),
						ProcedureFixtures.effects(NOW, false));
				case CLOSE -> c.close(true, null, NOW);
				case REFERRAL -> c.transfer(OTHER_AGENCY_TYPE, UUID.randomUUID());
				// the steps whose acts live outside the aggregate ask the table directly
				default -> CaseTransitions.require(step, c.status());
			}
		});
	}

	@Test
	void everyStepFromEveryStatusIsAllowedOrRefusedAsTheTableSays() {
		for (CaseStep s : CaseStep.values()) {
			for (CaseStatus status : CaseStatus.values()) {
				String outcome = step(s, status);
				if (CaseTransitions.allows(s, status)) {
					assertThat(outcome).as("%s from %s", s, status).doesNotStartWith("case-transition-not-allowed");
				}
				else {
					assertThat(outcome).as("%s from %s", s, status).isEqualTo("case-transition-not-allowed/409");
				}
			}
		}
	}

	@Test
	void theTableSaysWhatThePenaltyProcedureAllowsFromRegistration() {
		assertThat(CaseTransitions.nextSteps(CaseStatus.REGISTERED)).containsExactly("filing", "officers", "recusal",
				"referral");
		assertThat(CaseTransitions.nextSteps(CaseStatus.OPEN)).containsExactly("officers", "recusal", "records",
				"preservations", "investigation", "transfer", "extensions", "deliveries", "referral");
		assertThat(CaseTransitions.nextSteps(CaseStatus.NOT_FILED)).isEmpty();
		assertThat(CaseTransitions.nextSteps(CaseStatus.CLOSED)).containsExactly("proposal", "follow-ups",
				"revocation");
		assertThat(CaseTransitions.nextSteps(CaseStatus.TRANSFERRED)).containsExactly("close");
		for (CaseStatus status : CaseStatus.values()) {
			assertThat(inStatus(status).view().nextSteps()).isEqualTo(CaseTransitions.nextSteps(status));
		}
	}

	@Test
	void theLimitationPeriodIsTwoYearsFiveWhereSafetyWasEndangeredFromTheEndOfAContinuingViolation() {
		LocalDate occurred = LocalDate.of(2023, 3, 1);
		assertThat(rule(() -> EnforcementCase.checkLimitation(occurred, null, false, LocalDate.of(2025, 3, 1))))
			.isEqualTo("none");
		assertThat(rule(() -> EnforcementCase.checkLimitation(occurred, null, false, LocalDate.of(2025, 3, 2))))
			.isEqualTo("limitation-period-expired/422");
		assertThat(rule(() -> EnforcementCase.checkLimitation(occurred, null, true, LocalDate.of(2028, 3, 1))))
			.isEqualTo("none");
		assertThat(rule(() -> EnforcementCase.checkLimitation(occurred, null, true, LocalDate.of(2028, 3, 2))))
			.isEqualTo("limitation-period-expired/422");
		assertThat(rule(() -> EnforcementCase.checkLimitation(occurred, LocalDate.of(2024, 6, 1), false,
				LocalDate.of(2026, 5, 31))))
			.isEqualTo("none");
		assertThat(rule(() -> EnforcementCase.checkLimitation(occurred, LocalDate.of(2022, 6, 1), false, occurred)))
			.isEqualTo("violation-ended-before-it-occurred/422");
		assertThat(rule(() -> EnforcementCase.checkLimitation(occurred, null, false, occurred.minusDays(1))))
			.isEqualTo("discovered-before-violation/422");
	}

	@Test
	void theHeadFilesARegisteredCaseOrRefusesWithANoteAndALateFilingNeedsItsReason() {
		EnforcementCase refused = registered();
		assertThat(rule(() -> refused.file(false, " ", null, head, TODAY, NOW, 90, () -> "x")))
			.isEqualTo("rejection-needs-note/422");
		refused.file(false, "证据不足，不予立案", null, head, TODAY, NOW, 90, () -> {
			throw new AssertionError("a refusal takes no number");
		});
		assertThat(refused.status()).isEqualTo(CaseStatus.NOT_FILED);
		assertThat(refused.view().filingNote()).isEqualTo("证据不足，不予立案");

		EnforcementCase late = registered(LocalDate.of(2026, 11, 19), first, second);
		assertThat(rule(() -> late.file(true, null, null, head, TODAY, NOW, 90, () -> "x")))
			.isEqualTo("filing-late-needs-reason/422");
		assertThat(late.status()).isEqualTo(CaseStatus.REGISTERED);
		late.file(true, null, "案情复杂，需核实当事人身份", head, TODAY, NOW, 90, () -> "河市监立〔2026〕0002号");
		CaseView filed = late.view();
		assertThat(filed.status()).isEqualTo(CaseStatus.OPEN);
		assertThat(filed.filedOn()).isEqualTo(TODAY);
		assertThat(filed.filingDocumentNumber()).isEqualTo("河市监立〔2026〕0002号");
		assertThat(filed.deadlines().decisionDue()).isEqualTo(TODAY.plusDays(90));
		assertThat(filed.filingLateReason()).isEqualTo("案情复杂，需核实当事人身份");
		assertThat(rule(() -> late.file(true, null, "x", head, TODAY, NOW, 90, () -> "y")))
			.isEqualTo("case-transition-not-allowed/409");
	}

	@Test
	void theOfficersOnAnActAreCheckedInTheOrderOfTheContract() {
		EnforcementCase c = registered();
		c.file(true, null, null, head, TODAY, NOW, 90, () -> "河市监立〔2026〕0003号");
		c.applyForRecusal(second.id(), "系当事人近亲属", RecusalView.AppliedBy.PARTY, UUID.randomUUID(), NOW);
		c.decideRecusal(second.id(), true, null, head, NOW);
		java.util.function.Function<UUID, OfficerView> dir = directory::get;
		assertThat(rule(() -> c.requireOfficersOnAct(List.of(first.id()), dir, TODAY)))
			.isEqualTo("two-certified-officers/422");
		assertThat(rule(() -> c.requireOfficersOnAct(List.of(first.id(), first.id()), dir, TODAY)))
			.isEqualTo("two-certified-officers/422");
		// the first named officer at fault gives its rule, each checked certificate →
		// recusal → case
		assertThat(rule(() -> c.requireOfficersOnAct(List.of(second.id(), expired.id()), dir, TODAY)))
			.isEqualTo("officer-recused/422");
		assertThat(rule(() -> c.requireOfficersOnAct(List.of(expired.id(), second.id()), dir, TODAY)))
			.isEqualTo("officer-certificate-invalid/422");
		assertThat(rule(() -> c.requireOfficersOnAct(List.of(first.id(), third.id()), dir, TODAY)))
			.isEqualTo("not-a-case-officer/422");
		assertThat(rule(() -> c.requireOfficersOnAct(List.of(first.id(), UUID.randomUUID()), dir, TODAY)))
			.isEqualTo("not-a-case-officer/422");
		c.assignOfficer(third, head, TODAY, NOW);
		assertThat(rule(() -> c.requireOfficersOnAct(List.of(first.id(), third.id()), dir, TODAY))).isEqualTo("none");
		try {
			c.requireOfficersOnAct(List.of(first.id(), second.id()), dir, TODAY);
		}
		catch (RuleViolationException ex) {
			assertThat(ex.getDetailMessageArguments()).contains(second.name());
		}
	}

	@Test
	void theHeadNamesAndRemovesOfficersKeepingTwo() {
		EnforcementCase c = registered(LocalDate.of(2026, 11, 23), first, second);
		assertThat(rule(() -> c.assignOfficer(expired, head, TODAY, NOW))).isEqualTo("officer-certificate-invalid/422");
		assertThat(rule(() -> c.assignOfficer(first, head, TODAY, NOW))).isEqualTo("officer-already-assigned/409");
		OfficerView stranger = new OfficerView(UUID.randomUUID(), UUID.randomUUID(), "外单位", "1", null, null, NOW, 0);
		assertThat(rule(() -> c.assignOfficer(stranger, head, TODAY, NOW))).isEqualTo("officer-of-another-agency/422");
		assertThat(rule(() -> c.removeOfficer(first.id(), head))).isEqualTo("two-certified-officers/422");
		c.assignOfficer(third, head, TODAY, NOW);
		c.removeOfficer(first.id(), head);
		assertThat(c.view().officers()).extracting(CaseOfficerView::name).containsExactly("李芳强", "陈静涛");
		assertThat(rule(() -> c.removeOfficer(first.id(), head))).isEqualTo("not-a-case-officer/422");
	}

	@Test
	void aRecusalNeedsItsReasonAndOnceApprovedTheOfficerNoLongerActs() {
		EnforcementCase c = registered();
		assertThat(rule(() -> c.applyForRecusal(first.id(), " ", RecusalView.AppliedBy.OFFICER, head, NOW)))
			.isEqualTo("recusal-needs-reason/422");
		assertThat(rule(() -> c.decideRecusal(first.id(), true, null, head, NOW))).isEqualTo("recusal-not-pending/409");
		RecusalView applied = c.applyForRecusal(first.id(), "与当事人有利害关系", RecusalView.AppliedBy.OFFICER, head, NOW);
		assertThat(applied.status()).isEqualTo("PENDING");
		assertThat(rule(() -> c.applyForRecusal(first.id(), "再次申请", RecusalView.AppliedBy.PARTY, head, NOW)))
			.isEqualTo("recusal-pending/409");
		assertThat(rule(() -> c.decideRecusal(first.id(), false, null, head, NOW)))
			.isEqualTo("rejection-needs-note/422");
		RecusalView decided = c.decideRecusal(first.id(), true, "准予回避", head, NOW);
		assertThat(decided.status()).isEqualTo("APPROVED");
		assertThat(c.view().officers().get(0).recusedAt()).isEqualTo(NOW);
		assertThat(rule(() -> c.requireNotRecused(first.id()))).isEqualTo("officer-recused/422");
		assertThat(rule(() -> c.applyForRecusal(first.id(), "x", RecusalView.AppliedBy.PARTY, head, NOW)))
			.isEqualTo("officer-recused/422");
		assertThat(rule(() -> c.removeOfficer(first.id(), head))).isEqualTo("officer-recused/422");
		// the investigation goes on meanwhile with the other officers
		assertThat(c.view().nextSteps()).contains("filing");
	}

}
