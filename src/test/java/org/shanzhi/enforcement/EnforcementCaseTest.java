package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shanzhi.enforcement.ProcedureFixtures.PAPERS;
import static org.shanzhi.enforcement.ProcedureFixtures.effects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.shared.RuleViolationException;

/**
 * The ordinary procedure's course from the report to the closing, and the decision rules,
 * without Spring.
 */
class EnforcementCaseTest {

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");

	static final LegalBasis BASIS = new LegalBasis("《中华人民共和国价格法》", "第四十二条");

	static final ViolationTypeView TYPE = new ViolationTypeView(UUID.randomUUID(), UUID.randomUUID(), "PRICE-TAG",
			"未按规定明码标价", "…", BASIS, new PenaltyRange(true, new BigDecimal("1000"), new BigDecimal("5000"), null),
			List.of(new DiscretionLevel("一般", "…", new BigDecimal("1000"), new BigDecimal("3000"))), NOW, 0);

	final UUID officer = UUID.randomUUID();

	static final LocalDate DISCOVERED = LocalDate.of(2026, 11, 2);

	static final LocalDate FILING_DUE = LocalDate.of(2026, 11, 23);

	final CaseOfficerView first = new CaseOfficerView(UUID.randomUUID(), "王明华", "41990000001", NOW, null);

	final CaseOfficerView second = new CaseOfficerView(UUID.randomUUID(), "李芳强", "41990000002", NOW, null);

	EnforcementCase registered() {
		return new EnforcementCase(UUID.randomUUID(), "AMR-2026-000001", TYPE.agencyId(), TYPE,
				OpenCaseCommand.ordinary(UUID.randomUUID(), "PRICE-TAG", LocalDate.of(2026, 11, 1), "未标价",
						CaseOrigin.EX_OFFICIO, null, List.of(), DISCOVERED,
						List.of(first.officerId(), second.officerId())),
				DISCOVERED, List.of(first, second), FILING_DUE, officer, NOW);
	}

	/** Registered and filed by the head. */
	EnforcementCase opened() {
		EnforcementCase c = registered();
		c.file(true, null, null, UUID.randomUUID(), LocalDate.of(2026, 11, 20), NOW, 90, () -> "河市监立〔2026〕0001号");
		return c;
	}

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	static final List<Penalty> FINE_2000 = List.of(Penalty.fine(new BigDecimal("2000")));

	EnforcementCase investigated() {
		return investigated(null, false);
	}

	EnforcementCase investigated(TreatmentProposal proposal, boolean major) {
		EnforcementCase c = opened();
		c.investigate(report(major), ProcedureFixtures.facts(proposal), () -> "河市监终〔2026〕0001号", NOW);
		return c;
	}

	static InvestigateCommand report(boolean major) {
		return new InvestigateCommand("查明", HarmLevel.MINOR, true, LocalDate.of(2026, 11, 5), false, false, null, null,
				null, List.of(), major, false, null, null);
	}

	/**
	 * Investigated, notified of a fine of 2000 and the party waived its rights: awaiting
	 * the decision.
	 */
	EnforcementCase awaitingDecision(List<Penalty> notified) {
		EnforcementCase c = investigated();
		c.notifyPriorly(ProcedureFixtures.notice(notified, false, null, NOW), false);
		c.state(ProcedureFixtures.waiver(NOW.plusHours(1)), TODAY);
		return c;
	}

	EnforcementCase awaitingDecision() {
		return awaitingDecision(FINE_2000);
	}

	void decide(EnforcementCase c, DecideCommand d, TreatmentProposal proposal) {
		c.decide(d, proposal, TYPE, officer, NOW, TODAY, PAPERS);
	}

	static DecideCommand decision(Treatment t, String amount, String departure) {
		return new DecideCommand(t, amount == null ? null : new BigDecimal(amount), "一般", "理由", BASIS, departure);
	}

	static TreatmentProposal proposes(Treatment t) {
		return new TreatmentProposal(t, null, "v1", null, List.of());
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

	@Test
	void aCaseCannotBeDecidedBeforeItsInvestigationEnds() {
		EnforcementCase c = opened();
		assertThat(rule(() -> decide(c, decision(Treatment.STANDARD, "2000", null), null)))
			.isEqualTo("case-transition-not-allowed/409");
		assertThat(rule(() -> c.close(true, null, NOW))).isEqualTo("case-transition-not-allowed/409");
	}

	@Test
	void theReportNeedsARecordAndNoUndecidedPreservation() {
		assertThat(rule(() -> opened().investigate(report(false),
				new EnforcementCase.ReportFacts(0, false, null, null, LocalDate.of(2028, 1, 1), List.of(), false),
				() -> "n", NOW)))
			.isEqualTo("investigation-needs-record/422");
		assertThat(rule(() -> opened().investigate(report(false),
				new EnforcementCase.ReportFacts(2, true, null, null, LocalDate.of(2028, 1, 1), List.of(), false),
				() -> "n", NOW)))
			.isEqualTo("preservation-undecided/422");
	}

	@Test
	void aPenaltyIsNotDecidedWithoutThePriorNotice() {
		assertThat(rule(() -> decide(investigated(), decision(Treatment.STANDARD, "2000", null), null)))
			.isEqualTo("prior-notice-required/422");
	}

	@Test
	void aDecisionAfterTheNoticeAndTheWaiverFollowingTheProposalTakesEffectAndIsNumbered() {
		EnforcementCase c = awaitingDecision();
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
		decide(c, decision(Treatment.STANDARD, "2000", null), proposes(Treatment.STANDARD));
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.view().decision().documentNumber()).isEqualTo("河市监罚〔2026〕0001号");
		assertThat(c.view().decision().penalties()).containsExactly(Penalty.fine(new BigDecimal("2000")));
		assertThat(c.view().decision().payment().noticeNumber()).isEqualTo("河市监缴〔2026〕0001号");
		assertThat(rule(() -> c.close(true, null, NOW))).isEqualTo("close-needs-performance/422");
		c.deliver(ProcedureFixtures.delivery("decision", "IN_PERSON", NOW, null), effects(NOW, false));
		assertThat(c.status()).isEqualTo(CaseStatus.DELIVERED);
		assertThat(rule(() -> c.close(false, null, NOW))).isEqualTo("close-needs-performance/422");
		c.close(true, "罚款已缴清", NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void aWaiverReceivedInTheMinuteOfTheNoticeCounts() {
		EnforcementCase c = investigated();
		c.notifyPriorly(ProcedureFixtures.notice(FINE_2000, false, null, NOW.plusSeconds(30).plusNanos(5)), false);
		c.state(ProcedureFixtures.waiver(NOW), TODAY);
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
	}

	@Test
	void whileThePeriodsRunTheDecisionWaits() {
		EnforcementCase c = investigated();
		c.notifyPriorly(ProcedureFixtures.notice(FINE_2000, false, null, NOW), false);
		c.deliver(ProcedureFixtures.delivery("prior-notice-1", "IN_PERSON", NOW, null), effects(NOW, false));
		assertThat(rule(() -> decide(c, decision(Treatment.STANDARD, "2000", null), null)))
			.isEqualTo("statement-period-running/422");
		ProcedureRecords.Statement defence = ProcedureFixtures.defence(NOW.plusHours(2));
		c.state(defence, TODAY);
		c.awaitDecisionIfDue(TODAY.plusDays(30));
		assertThat(c.status()).isEqualTo(CaseStatus.NOTIFIED);
		assertThat(rule(() -> c.decide(decision(Treatment.STANDARD, "2000", null), null, TYPE, officer, NOW,
				TODAY.plusDays(30), PAPERS)))
			.isEqualTo("statements-unanswered/422");
		c.answerStatement(defence.id(), "PART", "整改属实，从轻", NOW, TODAY.plusDays(30));
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
	}

	@Test
	void theDecisionIsNoHeavierThanTheNoticeAndADefenceBringsNoHeavierNotice() {
		assertThat(rule(() -> decide(awaitingDecision(), decision(Treatment.STANDARD, "3000", null), null)))
			.isEqualTo("decision-heavier-than-notice/422");
		EnforcementCase c = investigated();
		c.notifyPriorly(ProcedureFixtures.notice(FINE_2000, false, null, NOW), false);
		c.state(ProcedureFixtures.defence(NOW.plusHours(1)), TODAY);
		org.springframework.test.util.ReflectionTestUtils.setField(c, "status", CaseStatus.AWAITING_DECISION);
		List<Penalty> heavier = List.of(Penalty.fine(new BigDecimal("4000")));
		assertThat(rule(() -> c.notifyPriorly(ProcedureFixtures.notice(heavier, false, null, NOW), false)))
			.isEqualTo("no-heavier-penalty-for-defence/422");
		c.notifyPriorly(ProcedureFixtures.notice(heavier, false, "新查明当事人多次违法", NOW), false);
		assertThat(c.status()).isEqualTo(CaseStatus.NOTIFIED);
	}

	@Test
	void aNoticeOfPenaltiesGivingAHearingMustSayTheRight() {
		assertThat(
				rule(() -> investigated().notifyPriorly(ProcedureFixtures.notice(FINE_2000, false, null, NOW), true)))
			.isEqualTo("prior-notice-needs-hearing-right/422");
	}

	@Test
	void theFineMustLieInTheStatutoryRangeAndAMitigatedOneBelowIt() {
		assertThat(rule(() -> decide(awaitingDecision(List.of(Penalty.fine(new BigDecimal("9000")))),
				decision(Treatment.STANDARD, "6000", null), null)))
			.isEqualTo("amount-outside-range/422");
		assertThat(rule(() -> decide(awaitingDecision(), decision(Treatment.STANDARD, null, null), null)))
			.isEqualTo("fine-amount-required/422");
		assertThat(rule(() -> decide(awaitingDecision(), decision(Treatment.MITIGATED, "1000", null), null)))
			.isEqualTo("mitigated-below-minimum/422");
	}

	@Test
	void aFineOutsideTheBenchmarkLevelIsAllowedButFlagged() {
		EnforcementCase c = awaitingDecision(List.of(Penalty.fine(new BigDecimal("4000"))));
		decide(c, decision(Treatment.STANDARD, "4000", null), null);
		assertThat(c.view().decision().outsideBenchmark()).isTrue();
	}

	@Test
	void aDepartureFromTheProposalNeedsAWrittenReasonAndTheLegalReviewersApproval() {
		EnforcementCase c = awaitingDecision();
		assertThat(rule(() -> decide(c, decision(Treatment.STANDARD, "2000", " "), proposes(Treatment.NO_PENALTY))))
			.isEqualTo("departure-needs-reason/422");
		decide(c, decision(Treatment.STANDARD, "2000", "当事人拒不配合，情节不属轻微"), proposes(Treatment.NO_PENALTY));
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_REVIEW);
		assertThat(rule(() -> c.review(true, null, List.of(), officer, null, NOW, () -> "n", PAPERS)))
			.isEqualTo("reviewer-not-decider/422");
		assertThat(rule(
				() -> c.review(true, null, List.of(), UUID.randomUUID(), first.officerId(), NOW, () -> "n", PAPERS)))
			.isEqualTo("reviewer-investigated-case/422");
		assertThat(rule(() -> c.close(true, null, NOW))).isEqualTo("case-transition-not-allowed/409");
		c.review(true, "同意", List.of(), UUID.randomUUID(), null, NOW, () -> "河市监审〔2026〕0001号", PAPERS);
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.view().decision().review()).isEqualTo("APPROVED");
		assertThat(c.view().decision().documentNumber()).isEqualTo("河市监罚〔2026〕0001号");
	}

	@Test
	void aRejectedDepartureSendsTheCaseBackForANewDecision() {
		EnforcementCase c = awaitingDecision();
		decide(c, decision(Treatment.STANDARD, "2000", "理由"), proposes(Treatment.LIGHTER));
		assertThatThrownBy(() -> c.review(false, " ", List.of(), UUID.randomUUID(), null, NOW, () -> "n", PAPERS))
			.isInstanceOf(RuleViolationException.class);
		c.review(false, "应适用从轻处罚清单", List.of(), UUID.randomUUID(), null, NOW, () -> "n", PAPERS);
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
		decide(c, decision(Treatment.LIGHTER, "1500", null), proposes(Treatment.LIGHTER));
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
	}

	@Test
	void notEstablishedNeedsNoNoticeAndImposesNothing() {
		EnforcementCase c = investigated();
		decide(c, decision(Treatment.NOT_ESTABLISHED, null, null), proposes(Treatment.NO_PENALTY));
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.view().decision().amount()).isNull();
		assertThat(c.view().decision().penalties()).isEmpty();
	}

	@Test
	void aMajorCaseIsReviewedByOneWhoDidNotInvestigateThenDiscussedByAQuorum() {
		EnforcementCase c = investigated(null, true);
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_REVIEW);
		assertThat(c.view().report().reviewGrounds()).containsExactly(ProcedureRecords.ReviewGround.PUBLIC_INTEREST);
		assertThat(rule(
				() -> c.review(true, null, List.of(), UUID.randomUUID(), second.officerId(), NOW, () -> "n", PAPERS)))
			.isEqualTo("reviewer-investigated-case/422");
		c.review(false, "证据不足", List.of("补充询问笔录"), UUID.randomUUID(), null, NOW, () -> "n", PAPERS);
		assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATED);
		assertThat(rule(() -> c.investigate(report(true), ProcedureFixtures.facts(null), () -> "n", NOW.plusHours(1))))
			.isEqualTo("review-opinions-unanswered/422");
		c.investigate(
				new InvestigateCommand("查明", HarmLevel.MINOR, true, LocalDate.of(2026, 11, 5), false, false, null, null,
						null, List.of(), true, false, null, "已补充询问笔录"),
				ProcedureFixtures.facts(null), () -> "n", NOW.plusHours(1));
		c.review(true, "同意", List.of(), UUID.randomUUID(), null, NOW.plusHours(2), () -> "n", PAPERS);
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_DISCUSSION);
		List<ProcedureRecords.Attendee> two = List.of(new ProcedureRecords.Attendee("甲", "局长"),
				new ProcedureRecords.Attendee("乙", "副局长"));
		assertThat(rule(() -> c.discuss(new ProcedureRecords.Discussion(NOW, true, two, "意见", "PENALTY", NOW))))
			.isEqualTo("discussion-needs-quorum/422");
		List<ProcedureRecords.Attendee> three = List.of(two.get(0), two.get(1),
				new ProcedureRecords.Attendee("丙", "法制科长"));
		c.discuss(new ProcedureRecords.Discussion(NOW, true, three, "意见", "PENALTY", NOW));
		assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATED);
	}

	@Test
	void aHearingIsAskedInTimeNoticedSevenWorkingDaysAheadAndPresidedByOneWhoDidNotInvestigate() {
		EnforcementCase c = investigated();
		c.notifyPriorly(ProcedureFixtures.notice(FINE_2000, true, null, NOW), false);
		c.deliver(ProcedureFixtures.delivery("prior-notice-1", "IN_PERSON", NOW, null), effects(NOW, false));
		assertThat(rule(() -> c.requestHearing(NOW, "WRITTEN", TODAY.plusDays(8))))
			.isEqualTo("hearing-request-late/422");
		c.requestHearing(NOW, "WRITTEN", TODAY.plusDays(1));
		assertThat(c.status()).isEqualTo(CaseStatus.HEARING);
		assertThat(rule(() -> c.recordHearing(minutes(), UUID.randomUUID(), NOW)))
			.isEqualTo("hearing-not-scheduled/409");
		UUID presiding = UUID.randomUUID();
		assertThat(rule(() -> c.noticeHearing(hearingNotice(first.officerId()), 10)))
			.isEqualTo("presiding-officer-investigated/422");
		assertThat(rule(() -> c.noticeHearing(hearingNotice(presiding), 6))).isEqualTo("hearing-notice-period/422");
		c.noticeHearing(hearingNotice(presiding), 7);
		c.recordHearing(minutes(), presiding, NOW.plusDays(10));
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_REVIEW);
		c.review(true, "同意", List.of(), UUID.randomUUID(), null, NOW.plusDays(11), () -> "n", PAPERS);
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
	}

	static ProcedureRecords.HearingNotice hearingNotice(UUID presiding) {
		return new ProcedureRecords.HearingNotice(null, NOW.plusDays(12), "听证室", null, presiding, "主持人", null, true);
	}

	static ProcedureRecords.HearingMinutes minutes() {
		return new ProcedureRecords.HearingMinutes(NOW.plusDays(10),
				List.of(new ProcedureRecords.HearingAttendee("张三", "PARTY")), "听证记录", true, null, false,
				new ProcedureRecords.HearingReport("概况", "建议维持"));
	}

	@Test
	void aDecisionDeliveredLateNeedsItsReasonAndAPublicNoticeAFailedDeliveryFirst() {
		EnforcementCase c = awaitingDecision();
		decide(c, decision(Treatment.STANDARD, "2000", null), null);
		assertThat(rule(
				() -> c.deliver(ProcedureFixtures.delivery("decision", "IN_PERSON", NOW, null), effects(NOW, true))))
			.isEqualTo("delivery-late-needs-reason/422");
		assertThat(rule(() -> c.deliver(ProcedureFixtures.delivery("decision", "PUBLIC_NOTICE", null, null),
				effects(NOW, false))))
			.isEqualTo("public-notice-needs-failed-delivery/422");
		c.deliver(ProcedureFixtures.delivery("decision", "POST", null, null), effects(NOW, false));
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
		c.deliver(ProcedureFixtures.delivery("decision", "IN_PERSON", NOW, "当事人外出务工"), effects(NOW, true));
		assertThat(c.status()).isEqualTo(CaseStatus.DELIVERED);
	}

	@Test
	void aPublicNoticeTakesEffectOnItsDayAndThePeriodsEndingBringTheCaseToTheDecision() {
		EnforcementCase c = investigated();
		c.notifyPriorly(ProcedureFixtures.notice(FINE_2000, false, null, NOW), false);
		c.deliver(ProcedureFixtures.delivery("prior-notice-1", "POST", null, null), effects(NOW, false));
		ProcedureRecords.Delivery notice = new ProcedureRecords.Delivery(UUID.randomUUID(), "prior-notice-1", null,
				"PUBLIC_NOTICE", "当事人", "SENT", NOW, NOW.plusDays(30), null, null, null, null, null, null);
		c.deliver(notice, effects(NOW, false));
		assertThat(c.completeDueDeliveries(effects(NOW.plusDays(29), false))).isZero();
		assertThat(c.completeDueDeliveries(effects(NOW.plusDays(30), false))).isEqualTo(1);
		LocalDate due = c.view().notices().get(0).statementDueOn();
		assertThat(due).isEqualTo(TODAY.plusDays(37));
		assertThat(c.awaitDecisionIfDue(due)).isFalse();
		assertThat(c.awaitDecisionIfDue(due.plusDays(1))).isTrue();
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
	}

	@Test
	void theDecisionTimeLimitIsExtendedBeforeItEndsAndALateDecisionNeedsItsReason() {
		EnforcementCase c = awaitingDecision();
		assertThat(rule(() -> c.extend(30, "案情复杂", officer, TODAY.plusDays(91), NOW)))
			.isEqualTo("extension-after-expiry/422");
		assertThat(rule(() -> c.decide(decision(Treatment.STANDARD, "2000", null), null, TYPE, officer, NOW,
				TODAY.plusDays(91), PAPERS)))
			.isEqualTo("decision-overdue-needs-reason/422");
		c.extend(30, "案情复杂", officer, TODAY, NOW);
		assertThat(c.decisionDue()).isEqualTo(TODAY.plusDays(120));
	}

	@Test
	void aTransferEndsTheInvestigationAndIsThenClosed() {
		EnforcementCase c = investigated();
		c.transferOut(new ProcedureRecords.Transfer("PUBLIC_SECURITY", "市公安局", "涉嫌犯罪", "河市监移〔2026〕0001号", NOW));
		assertThat(c.status()).isEqualTo(CaseStatus.TRANSFERRED);
		c.close(true, null, NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void aCorrectionCannotPrecedeTheViolation() {
		assertThat(rule(() -> opened().investigate(
				new InvestigateCommand("查明", HarmLevel.NONE, true, LocalDate.of(2026, 10, 1), false, false, null, null),
				ProcedureFixtures.facts(null), () -> "n", NOW)))
			.isEqualTo("corrected-before-violation/422");
	}

}
