package org.shanzhi.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.enforcement.ActingOfficer;
import org.shanzhi.enforcement.PreservationDisposal;
import org.shanzhi.enforcement.PreservationStatus;
import org.shanzhi.enforcement.PreservedItem;
import org.shanzhi.enforcement.RequestPreservationCommand;
import org.shanzhi.shared.RuleViolationException;

/** The 先行登记保存's own transitions (APL art. 56), without Spring. */
class PreservationTest {

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-10T10:00:00+08:00");

	static final LocalDate DUE = LocalDate.parse("2026-11-19");

	Preservation requested() {
		var command = new RequestPreservationCommand(
				List.of(new PreservedItem("食用油", BigDecimal.valueOf(12), "桶", "仓库")), "证据可能灭失", List.of());
		return new Preservation(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), command, List
			.of(new ActingOfficer(UUID.randomUUID(), "张三", "A1"), new ActingOfficer(UUID.randomUUID(), "李四", "A2")),
				UUID.randomUUID(), "张三", NOW);
	}

	Preservation approved() {
		Preservation p = requested();
		p.approve(UUID.randomUUID(), "王局长", "同意", NOW, "preservation-notice-1", "河市监保〔2026〕0001号", DUE);
		return p;
	}

	static String rule(Runnable act) {
		try {
			act.run();
		}
		catch (RuleViolationException ex) {
			return ex.rule();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void isDisposedOfOnlyOnceApprovedAndOnlyOnce() {
		Preservation p = requested();
		assertThat(rule(() -> p.dispose(PreservationDisposal.RELEASE, null, null, "张三", DUE, NOW)))
			.isEqualTo("preservation-not-approved");
		assertThat(rule(() -> p.checkDecision(false, " "))).isEqualTo("rejection-needs-note");
		p.approve(UUID.randomUUID(), "王局长", null, NOW, "preservation-notice-1", "河市监保〔2026〕0001号", DUE);
		assertThat(rule(() -> p.checkDecision(true, null))).isEqualTo("preservation-already-decided");
		assertThat(p.undecided(DUE)).isTrue();
		p.dispose(PreservationDisposal.TEST, "送检", null, "张三", DUE, NOW);
		assertThat(p.view(DUE).status()).isEqualTo(PreservationStatus.DISPOSED);
		assertThat(p.undecided(DUE)).isFalse();
		assertThat(rule(() -> p.dispose(PreservationDisposal.RELEASE, null, null, "张三", DUE, NOW)))
			.isEqualTo("preservation-already-disposed");
	}

	@Test
	void lapsesTheDayAfterItsDecisionWasDueAndIsThenReleased() {
		Preservation p = approved();
		assertThat(p.status(DUE)).isEqualTo(PreservationStatus.APPROVED);
		assertThat(p.lapseIfDue(DUE)).isFalse();
		LocalDate after = DUE.plusDays(1);
		assertThat(p.status(after)).isEqualTo(PreservationStatus.LAPSED);
		assertThat(p.view(after).lapsedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T00:00:00+08:00"));
		assertThat(p.undecided(after)).isFalse();
		assertThat(rule(() -> p.dispose(PreservationDisposal.RELEASE, null, null, "张三", after, NOW)))
			.isEqualTo("preservation-lapsed");
		assertThat(p.lapseIfDue(after)).isTrue();
		assertThat(p.lapseIfDue(after)).isFalse();
		assertThat(p.view(after).status()).isEqualTo(PreservationStatus.LAPSED);
	}

	@Test
	void aRefusalKeepsItsNoteAndEndsIt() {
		Preservation p = requested();
		p.reject(UUID.randomUUID(), "王局长", "无先行登记保存的必要", NOW);
		assertThat(p.view(DUE).status()).isEqualTo(PreservationStatus.REJECTED);
		assertThat(p.view(DUE).decisionNote()).isEqualTo("无先行登记保存的必要");
		assertThat(p.undecided(DUE)).isFalse();
	}

}
