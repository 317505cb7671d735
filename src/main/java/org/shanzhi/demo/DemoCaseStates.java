package org.shanzhi.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.PartyView;
import org.shanzhi.enforcement.AddRecordCommand;
import org.shanzhi.enforcement.CaseInvestigations;
import org.shanzhi.enforcement.CaseOrigin;
import org.shanzhi.enforcement.CaseProcedures;
import org.shanzhi.enforcement.CaseStatus;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.DecideCommand;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.HarmLevel;
import org.shanzhi.enforcement.InvestigateCommand;
import org.shanzhi.enforcement.Interviewee;
import org.shanzhi.enforcement.OpenCaseCommand;
import org.shanzhi.enforcement.Penalty;
import org.shanzhi.enforcement.ProcedureCommands;
import org.shanzhi.enforcement.RecordKind;
import org.shanzhi.enforcement.Treatment;
import org.shanzhi.enforcement.ViolationTypeView;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;

/**
 * Current demo cases of an agency left at each step of the ordinary procedure, so that
 * the demo city has a case in every status (案源登记, 不予立案, 已立案, 待法制审核, 待集体讨论, 已事先告知, 听证,
 * 待作出决定, 已决定, 已送达, 已移送; 已结案 comes from the history). Deterministic: the parties and the
 * violation types in order, no randomness.
 */
final class DemoCaseStates {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCaseStates.class);

	private final EnforcementCases cases;

	private final CaseProcedures procedures;

	private final CaseInvestigations investigations;

	private final WorkingDays workingDays;

	private final Clock clock;

	DemoCaseStates(EnforcementCases cases, CaseProcedures procedures, CaseInvestigations investigations,
			WorkingDays workingDays, Clock clock) {
		this.cases = cases;
		this.procedures = procedures;
		this.investigations = investigations;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** One case left in each status; the number of cases. */
	int load(List<PartyView> parties, List<ViolationTypeView> types, List<UUID> officerIds, Actor officer, Actor head,
			Actor reviewer) {
		List<CaseStatus> states = List.of(CaseStatus.REGISTERED, CaseStatus.NOT_FILED, CaseStatus.OPEN,
				CaseStatus.AWAITING_REVIEW, CaseStatus.AWAITING_DISCUSSION, CaseStatus.NOTIFIED, CaseStatus.HEARING,
				CaseStatus.AWAITING_DECISION, CaseStatus.DECIDED, CaseStatus.DELIVERED, CaseStatus.TRANSFERRED);
		int n = 0;
		for (CaseStatus state : states) {
			PartyView party = parties.get((7 * n + 3) % parties.size());
			ViolationTypeView type = types.get(n % types.size());
			try {
				leaveIn(state, party, type, officerIds, officer, head, reviewer);
			}
			catch (RuntimeException refused) {
				// the demo goes on without that case
				log.warn("The demo case left {} could not be made: {}", state, refused.getMessage());
			}
			n++;
		}
		return n;
	}

	private void leaveIn(CaseStatus state, PartyView party, ViolationTypeView type, List<UUID> officerIds,
			Actor officer, Actor head, Actor reviewer) {
		LocalDate today = LocalDate.now(clock);
		LocalDate discovered = workingDays.minusWorkingDays(today, 2);
		CaseView c = as(officer,
				() -> cases.open(OpenCaseCommand.ordinary(party.id(), type.code(), discovered.minusDays(5),
						"日常检查发现：" + type.title(), CaseOrigin.INSPECTION, null, List.of(), discovered, officerIds)));
		if (state == CaseStatus.REGISTERED) {
			return;
		}
		boolean file = state != CaseStatus.NOT_FILED;
		as(head, () -> cases.file(c.id(), file, file ? "同意立案" : "违法事实显著轻微，线索不足，不予立案", null));
		if (state == CaseStatus.NOT_FILED || state == CaseStatus.OPEN) {
			return;
		}
		if (state == CaseStatus.TRANSFERRED) {
			as(head, () -> procedures.transfer(c.id(),
					new ProcedureCommands.TransferOut("PUBLIC_SECURITY", "河洛市公安局", "涉嫌生产、销售伪劣产品罪，依法移送公安机关")));
			return;
		}
		LocalDate heldOn = workingDays.minusWorkingDays(today, 1);
		as(officer, () -> investigations.addRecord(c.id(), new AddRecordCommand(RecordKind.INQUIRY, officerIds,
				heldOn.atTime(10, 0).atOffset(ZoneOffset.ofHours(8)), "当事人经营场所", new Interviewee("当事人负责人", null, "负责人"),
				"问：是否知道" + type.title() + "的事实？答：知道。", List.of(), true, null, false, null)));
		boolean major = state == CaseStatus.AWAITING_REVIEW || state == CaseStatus.AWAITING_DISCUSSION;
		CaseView reported = as(officer,
				() -> cases.investigate(c.id(),
						new InvestigateCommand("经调查，" + type.description() + "，事实清楚。", HarmLevel.SERIOUS, false, null,
								false, false, null, List.of("询问笔录"), null, List.of(), major, false, null, null)));
		if (state == CaseStatus.AWAITING_REVIEW) {
			return;
		}
		if (state == CaseStatus.AWAITING_DISCUSSION) {
			as(reviewer, () -> cases.review(c.id(), true, "同意", List.of("事实清楚，证据充分")));
			return;
		}
		Treatment t = reported.report().proposedTreatment() != null ? reported.report().proposedTreatment()
				: reported.report().proposal().treatment();
		BigDecimal amount = t.imposesFine() && type.penaltyRange().fine()
				? type.penaltyRange().min().max(BigDecimal.valueOf(100)) : null;
		List<Penalty> penalties = List
			.of(amount == null ? Penalty.of(org.shanzhi.enforcement.PenaltyKind.WARNING) : Penalty.fine(amount));
		as(officer, () -> procedures.notifyPriorly(c.id(), new ProcedureCommands.Notify(t, penalties,
				"经调查，" + type.description() + "。", "事实清楚，证据确凿。", List.of(type.legalBasis()), true, null)));
		as(officer, () -> deliver(c.id(), "prior-notice-1"));
		if (state == CaseStatus.NOTIFIED) {
			return;
		}
		if (state == CaseStatus.HEARING) {
			as(officer, () -> procedures.requestHearing(c.id(),
					new ProcedureCommands.RequestHearing(OffsetDateTime.now(clock), "WRITTEN")));
			return;
		}
		as(officer, () -> procedures.state(c.id(),
				new ProcedureCommands.State("WAIVER", "放弃陈述、申辩和听证", OffsetDateTime.now(clock), "WRITTEN", true)));
		if (state == CaseStatus.AWAITING_DECISION) {
			return;
		}
		as(head, () -> cases.decide(c.id(),
				new DecideCommand(t, null, null, "依据调查认定的事实作出决定。", type.legalBasis(), null, penalties, null, null)));
		if (state == CaseStatus.DECIDED) {
			return;
		}
		as(officer, () -> deliver(c.id(), "decision"));
	}

	private Object deliver(UUID caseId, String kind) {
		return procedures.deliver(caseId, new ProcedureCommands.Deliver(kind, "IN_PERSON", "当事人",
				OffsetDateTime.now(clock), null, null, null, null));
	}

	private static <T> T as(Actor actor, Supplier<T> step) {
		return Actors.runAs(actor, step::get);
	}

}
