package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.shanzhi.enforcement.internal.EnforcementCase;

/**
 * What the facades give the case aggregate, for its tests without Spring: numbers made up
 * in the agencies' format, the payment terms, the working days counted as calendar days.
 */
final class ProcedureFixtures {

	private ProcedureFixtures() {
	}

	/** A report's facts: one record, nothing preserved, the proposal given. */
	static EnforcementCase.ReportFacts facts(TreatmentProposal proposal) {
		return new EnforcementCase.ReportFacts(1, false, proposal, null, LocalDate.of(2028, 11, 1), List.of(), false);
	}

	static final EnforcementCase.DecisionPapers PAPERS = new EnforcementCase.DecisionPapers() {

		@Override
		public String issue(EnforcementCase decided) {
			return "河市监罚〔2026〕0001号";
		}

		@Override
		public String paymentNotice(EnforcementCase decided) {
			return "河市监缴〔2026〕0001号";
		}

		@Override
		public String account() {
			return "市财政局非税收入汇缴结算户";
		}

		@Override
		public int paymentDueDays() {
			return 15;
		}

	};

	/** Delivery effects at {@code now}; the decision late when {@code late}. */
	static EnforcementCase.DeliveryEffects effects(OffsetDateTime now, boolean late) {
		return new EnforcementCase.DeliveryEffects() {

			@Override
			public OffsetDateTime now() {
				return now;
			}

			@Override
			public boolean decisionLate(OffsetDateTime deliveredAt) {
				return late;
			}

			@Override
			public LocalDate statementDue(LocalDate deliveredOn) {
				return deliveredOn.plusDays(7);
			}

			@Override
			public void documentDelivered(ProcedureRecords.Delivery d) {
			}

		};
	}

	static ProcedureRecords.Delivery delivery(String kind, String method, OffsetDateTime at, String lateReason) {
		return new ProcedureRecords.Delivery(UUID.randomUUID(), kind, null, method, "当事人",
				at == null ? "SENT" : "DELIVERED", at == null ? OffsetDateTime.parse("2026-11-20T10:00:00+08:00") : at,
				at, null, null, null, null, null, lateReason);
	}

	static ProcedureRecords.PriorNotice notice(List<Penalty> penalties, boolean hearingRight, String newFacts,
			OffsetDateTime at) {
		return new ProcedureRecords.PriorNotice(UUID.randomUUID(), "prior-notice-1", null, Treatment.STANDARD,
				penalties, "事实", "理由", List.of(new LegalBasis("《中华人民共和国价格法》", "第四十二条")), hearingRight, true, newFacts,
				at, null, null, null);
	}

	static ProcedureRecords.Statement waiver(OffsetDateTime at) {
		return new ProcedureRecords.Statement(UUID.randomUUID(), "WAIVER", null, at, "WRITTEN", true, null, null, null,
				null);
	}

	static ProcedureRecords.Statement defence(OffsetDateTime at) {
		return new ProcedureRecords.Statement(UUID.randomUUID(), "DEFENCE", "已整改", at, "WRITTEN", false, null, null,
				null, null);
	}

}
