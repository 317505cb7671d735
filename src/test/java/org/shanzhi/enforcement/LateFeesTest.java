package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The arithmetic of the 加处罚款 (APL art. 72) and of an arrangement's effect on it. */
class LateFeesTest {

	static final LocalDate DUE = LocalDate.of(2026, 3, 31);

	static final BigDecimal FINE = new BigDecimal("1000");

	static LateFees.Paid paid(LocalDate on, String amount) {
		return new LateFees.Paid(on, new BigDecimal(amount));
	}

	@Test
	void nothingIsAddedUpToTheDueDayThenThreePercentOfTheUnpaidFineADay() {
		LateFees.Standing onTime = LateFees.standing(FINE, DUE, List.of(), null, DUE);
		assertThat(onTime.lateFee()).isEqualByComparingTo("0");
		assertThat(onTime.outstanding()).isEqualByComparingTo("1000");
		assertThat(onTime.overdue()).isFalse();
		LateFees.Standing late = LateFees.standing(FINE, DUE, List.of(), null, DUE.plusDays(7));
		assertThat(late.lateFee()).isEqualByComparingTo("210.00");
		assertThat(late.lateFee().scale()).isEqualTo(2);
		assertThat(late.outstanding()).isEqualByComparingTo("1210.00");
		assertThat(late.daysOverdue()).isEqualTo(7);
	}

	@Test
	void theLateFeeNeverExceedsTheFine() {
		assertThat(LateFees.standing(FINE, DUE, List.of(), null, DUE.plusDays(33)).lateFee())
			.isEqualByComparingTo("990.00");
		assertThat(LateFees.standing(FINE, DUE, List.of(), null, DUE.plusDays(34)).lateFee())
			.isEqualByComparingTo("1000.00");
		assertThat(LateFees.standing(FINE, DUE, List.of(), null, DUE.plusYears(3)).outstanding())
			.isEqualByComparingTo("2000.00");
	}

	@Test
	void paymentsGoToTheFineFirstAndCountForTheirOwnDay() {
		// 600 paid on the second day late: day 1 on 1000, days 2–4 on 400
		List<LateFees.Paid> payments = List.of(paid(DUE.plusDays(2), "600"));
		LateFees.Standing s = LateFees.standing(FINE, DUE, payments, null, DUE.plusDays(4));
		assertThat(s.lateFee()).isEqualByComparingTo("66.00");
		assertThat(s.paid()).isEqualByComparingTo("600");
		assertThat(s.outstanding()).isEqualByComparingTo("466.00");
		// the fine paid in full on day 4 (no fee for it): the fee stops at 30 + 12 + 12,
		// what is paid on goes to it
		List<LateFees.Paid> all = List.of(paid(DUE.plusDays(2), "600"), paid(DUE.plusDays(4), "400"),
				paid(DUE.plusDays(9), "54"));
		LateFees.Standing done = LateFees.standing(FINE, DUE, all, null, DUE.plusDays(30));
		assertThat(done.lateFee()).isEqualByComparingTo("54.00");
		assertThat(done.outstanding()).isEqualByComparingTo("0");
		assertThat(done.daysOverdue()).isZero();
		// a payment after the day asked for does not count yet
		assertThat(LateFees.standing(FINE, DUE, all, null, DUE.plusDays(1)).paid()).isEqualByComparingTo("0");
	}

	@Test
	void aKeptDeferralCoversTheDaysAfterItsRequestUntilItsDay() {
		LateFees.Terms deferral = new LateFees.Terms(DUE.plusDays(2), DUE.plusDays(20), List.of());
		// two days accrued before the request stay
		LateFees.Standing kept = LateFees.standing(FINE, DUE, List.of(), deferral, DUE.plusDays(15));
		assertThat(kept.lateFee()).isEqualByComparingTo("60.00");
		assertThat(kept.daysOverdue()).isZero();
		assertThat(kept.arrangementKept()).isTrue();
		assertThat(kept.payableBy()).isEqualTo(DUE.plusDays(20));
		LateFees.Standing broken = LateFees.standing(FINE, DUE, List.of(), deferral, DUE.plusDays(23));
		assertThat(broken.lateFee()).isEqualByComparingTo("150.00");
		assertThat(broken.daysOverdue()).isEqualTo(3);
		assertThat(broken.arrangementKept()).isFalse();
		// requested before the fine fell due: no fee at all while kept
		LateFees.Terms early = new LateFees.Terms(DUE.minusDays(5), DUE.plusDays(20), List.of());
		assertThat(LateFees.standing(FINE, DUE, List.of(), early, DUE.plusDays(20)).lateFee())
			.isEqualByComparingTo("0");
	}

	@Test
	void instalmentsAreKeptWhilePaidOnTimeAndTheFeeRunsFromTheFirstMissed() {
		LateFees.Terms instalments = new LateFees.Terms(DUE.minusDays(1), null,
				List.of(new LateFees.Instalment(DUE.plusDays(30), new BigDecimal("500")),
						new LateFees.Instalment(DUE.plusDays(10), new BigDecimal("500"))));
		List<LateFees.Paid> first = List.of(paid(DUE.plusDays(10), "500"));
		LateFees.Standing kept = LateFees.standing(FINE, DUE, first, instalments, DUE.plusDays(25));
		assertThat(kept.lateFee()).isEqualByComparingTo("0");
		assertThat(kept.payableBy()).isEqualTo(DUE.plusDays(30));
		// the second missed: 3 % of the 500 unpaid for the two days after it
		LateFees.Standing missed = LateFees.standing(FINE, DUE, first, instalments, DUE.plusDays(32));
		assertThat(missed.lateFee()).isEqualByComparingTo("30.00");
		assertThat(missed.daysOverdue()).isEqualTo(2);
		// the first missed: the fee runs on the whole fine from its day
		LateFees.Standing none = LateFees.standing(FINE, DUE, List.of(), instalments, DUE.plusDays(12));
		assertThat(none.lateFee()).isEqualByComparingTo("60.00");
	}

	@Test
	void noFineOrNoDeliveryMeansNoFee() {
		assertThat(LateFees.standing(BigDecimal.ZERO, DUE, List.of(), null, DUE.plusDays(9)).outstanding())
			.isEqualByComparingTo("0");
		LateFees.Standing undelivered = LateFees.standing(FINE, null, List.of(), null, DUE.plusDays(9));
		assertThat(undelivered.lateFee()).isEqualByComparingTo("0");
		assertThat(undelivered.outstanding()).isEqualByComparingTo("1000");
	}

}
