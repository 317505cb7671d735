package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.shared.RuleViolationException;

/** The case's statutory course and the decision rules, without Spring. */
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

	EnforcementCase investigated() {
		EnforcementCase c = opened();
		c.investigate(new InvestigateCommand("查明", HarmLevel.MINOR, true, LocalDate.of(2026, 11, 5), false, false, null,
				null));
		return c;
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
		assertThat(rule(() -> c.decide(decision(Treatment.STANDARD, "2000", null), null, TYPE, officer, NOW)))
			.isEqualTo("case-transition-not-allowed/409");
		assertThat(rule(() -> c.close(NOW))).isEqualTo("case-transition-not-allowed/409");
	}

	@Test
	void aDecisionFollowingTheProposalTakesEffectAtOnce() {
		EnforcementCase c = investigated();
		c.decide(decision(Treatment.STANDARD, "2000", null), proposes(Treatment.STANDARD), TYPE, officer, NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.view().decision().departsFromProposal()).isFalse();
		c.close(NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void theFineMustLieInTheStatutoryRangeAndAMitigatedOneBelowIt() {
		assertThat(
				rule(() -> investigated().decide(decision(Treatment.STANDARD, "6000", null), null, TYPE, officer, NOW)))
			.isEqualTo("amount-outside-range/422");
		assertThat(
				rule(() -> investigated().decide(decision(Treatment.STANDARD, null, null), null, TYPE, officer, NOW)))
			.isEqualTo("fine-amount-required/422");
		assertThat(rule(
				() -> investigated().decide(decision(Treatment.MITIGATED, "1000", null), null, TYPE, officer, NOW)))
			.isEqualTo("mitigated-below-minimum/422");
		assertThat(rule(
				() -> investigated().decide(decision(Treatment.NO_PENALTY, "100", null), null, TYPE, officer, NOW)))
			.isEqualTo("no-fine-for-treatment/422");
	}

	@Test
	void aFineOutsideTheBenchmarkLevelIsAllowedButFlagged() {
		EnforcementCase c = investigated();
		c.decide(decision(Treatment.STANDARD, "4000", null), null, TYPE, officer, NOW);
		assertThat(c.view().decision().outsideBenchmark()).isTrue();
	}

	@Test
	void aDepartureFromTheProposalNeedsAWrittenReasonAndTheLegalReviewersApproval() {
		EnforcementCase c = investigated();
		assertThat(rule(() -> c.decide(decision(Treatment.STANDARD, "2000", " "), proposes(Treatment.NO_PENALTY), TYPE,
				officer, NOW)))
			.isEqualTo("departure-needs-reason/422");
		c.decide(decision(Treatment.STANDARD, "2000", "当事人拒不配合，情节不属轻微"), proposes(Treatment.NO_PENALTY), TYPE, officer,
				NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_REVIEW);
		assertThat(rule(() -> c.review(true, null, officer, NOW))).isEqualTo("reviewer-not-decider/422");
		assertThat(rule(() -> c.close(NOW))).isEqualTo("case-transition-not-allowed/409");
		c.review(true, "同意", UUID.randomUUID(), NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.view().decision().review()).isEqualTo("APPROVED");
	}

	@Test
	void aRejectedDepartureSendsTheCaseBackForANewDecision() {
		EnforcementCase c = investigated();
		c.decide(decision(Treatment.STANDARD, "2000", "理由"), proposes(Treatment.LIGHTER), TYPE, officer, NOW);
		assertThatThrownBy(() -> c.review(false, " ", UUID.randomUUID(), NOW))
			.isInstanceOf(RuleViolationException.class);
		c.review(false, "应适用从轻处罚清单", UUID.randomUUID(), NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATED);
		c.decide(decision(Treatment.LIGHTER, "1500", null), proposes(Treatment.LIGHTER), TYPE, officer, NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
	}

	@Test
	void notEstablishedIsNeverADepartureAndImposesNothing() {
		EnforcementCase c = investigated();
		c.decide(decision(Treatment.NOT_ESTABLISHED, null, null), proposes(Treatment.NO_PENALTY), TYPE, officer, NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.view().decision().amount()).isNull();
	}

	@Test
	void aCorrectionCannotPrecedeTheViolation() {
		assertThat(rule(() -> opened().investigate(new InvestigateCommand("查明", HarmLevel.NONE, true,
				LocalDate.of(2026, 10, 1), false, false, null, null))))
			.isEqualTo("corrected-before-violation/422");
	}

}
