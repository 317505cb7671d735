package org.shanzhi.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyView;
import org.shanzhi.mediation.DisputeType;
import org.shanzhi.mediation.MediationCaseView;
import org.shanzhi.mediation.MediationCases;
import org.shanzhi.mediation.MediationCommands;
import org.shanzhi.mediation.MediationStatus;
import org.shanzhi.mediation.Mediators;
import org.shanzhi.mediation.Origin;
import org.shanzhi.mediation.PartyRole;
import org.shanzhi.mediation.Procedure;
import org.shanzhi.mediation.Referral;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city's mediation (issue 5): cases of the market bureau's mediator of every
 * dispute type, brought through the facade to every status (awaiting consent, awaiting
 * acceptance, accepted, in session, agreed, terminated with referral, not accepted), with
 * their numbered documents. Deterministic; loaded once.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "shanzhi.demo.enabled")
class DemoMediationLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMediationLoader.class);

	static final String[] SUMMARIES = { "学生在校外培训机构摔伤，家长要求赔偿医疗费。", "邻里因噪声发生争执致轻微伤，双方就赔偿协商未果。", "电动车与行人碰撞，双方对赔偿数额有争议。",
			"两村民小组对一块耕地的权属有争议。", "两户林农对山林界址有争议。", "员工要求支付拖欠的加班工资，公司认为已足额支付。", "消费者购买的电热水器漏水，要求退货退款，商家只同意维修。",
			"当事人对责令改正的期限有异议，申请调解。", "商户与物业因装修押金退还发生争议。" };

	private final MediationCases cases;

	private final Parties parties;

	private final Accounts accounts;

	private final Clock clock;

	private final Mediators mediators;

	private UUID fullTime;

	DemoMediationLoader(MediationCases cases, Parties parties, Accounts accounts, Clock clock, Mediators mediators) {
		this.mediators = mediators;
		this.cases = cases;
		this.parties = parties;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Actor mediator = accounts.findByUsername("demo-mediator").map(a -> a.actor()).orElse(null);
		if (mediator == null || Actors.runAs(mediator, () -> cases.search(null, null, 0, 1).total() > 0)) {
			return;
		}
		long started = System.nanoTime();
		Actor head = accounts.findByUsername("demo-head-amr").map(a -> a.actor()).orElseThrow();
		UUID fullTime = Actors.runAs(head, () -> {
			UUID id = mediators
				.register(new Mediators.Register("赵调解", Mediators.Kind.FULL_TIME, mediator.accountId(), "消费纠纷、合同纠纷"))
				.id();
			mediators.register(new Mediators.Register("钱兼职", Mediators.Kind.PART_TIME, null, "劳动争议"));
			mediators.register(new Mediators.Register("孙教授（法学院）", Mediators.Kind.EXPERT, null, "民商法"));
			return id;
		});
		this.fullTime = fullTime;
		int count = Actors.runAs(mediator, this::load);
		log.info("Loaded {} demo mediation cases in {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

	private int load() {
		List<PartyView> all = new ArrayList<>(parties.search(null, 0, 200).items());
		MediationStatus[] statuses = MediationStatus.values();
		int n = 0;
		DisputeType[] types = DisputeType.values();
		for (int i = 0; i < types.length * 3; i++) {
			DisputeType type = types[i % types.length];
			MediationStatus target = statuses[i % statuses.length];
			PartyView applicant = all.get((i * 7) % all.size());
			PartyView respondent = all.get((i * 7 + 3) % all.size());
			Procedure procedure = i % 5 == 4 ? Procedure.SIMPLE : Procedure.GENERAL;
			if (procedure == Procedure.SIMPLE
					&& (target == MediationStatus.AWAITING_ACCEPTANCE || target == MediationStatus.REFUSED)) {
				procedure = Procedure.GENERAL;
			}
			MediationCaseView c = cases.start(new MediationCommands.Start(procedure,
					i % 3 == 0 ? Origin.EX_OFFICIO : Origin.APPLICATION, type, SUMMARIES[i % SUMMARIES.length],
					List.of(new MediationCommands.PartyInput(applicant.id(), PartyRole.APPLICANT),
							new MediationCommands.PartyInput(respondent.id(), PartyRole.RESPONDENT))));
			mediators.assign(c.id(), fullTime);
			advance(c, target, applicant, respondent);
			n++;
		}
		return n;
	}

	private void advance(MediationCaseView c, MediationStatus target, PartyView applicant, PartyView respondent) {
		if (target == MediationStatus.AWAITING_CONSENT) {
			return;
		}
		if (target == MediationStatus.TERMINATED) {
			cases.consent(c.id(), new MediationCommands.Consent(applicant.id(), true));
			cases.terminate(c.id(), new MediationCommands.Termination("双方对赔偿数额分歧较大，经两次协商未能达成一致", Referral.LITIGATION));
			return;
		}
		cases.consent(c.id(), new MediationCommands.Consent(applicant.id(), true));
		cases.consent(c.id(), new MediationCommands.Consent(respondent.id(), true));
		if (target == MediationStatus.AWAITING_ACCEPTANCE) {
			return;
		}
		OffsetDateTime at = OffsetDateTime.now(clock).plusDays(2).withHour(9).withMinute(30).withSecond(0).withNano(0);
		if (c.procedure() == Procedure.GENERAL) {
			if (target == MediationStatus.REFUSED) {
				cases.decideAcceptance(c.id(),
						new MediationCommands.Acceptance(false, "该争议须由本机关依法作出行政处理决定，不适用调解", null, null, null));
				return;
			}
			cases.decideAcceptance(c.id(),
					new MediationCommands.Acceptance(true, null, at, "河洛市市场监督管理局调解室", "请携带身份证明和相关证据材料"));
		}
		if (target == MediationStatus.ACCEPTED) {
			return;
		}
		cases.holdSession(c.id(),
				new MediationCommands.Session(OffsetDateTime.now(clock),
						List.of(applicant.name(), respondent.name(), "调解员赵某"), List.of(applicant.id(), respondent.id()),
						"双方分别陈述了纠纷经过和各自诉求。", "赔偿责任与数额", "调解员告知双方调解的程序和权利义务，双方表示知悉。双方陈述、举证、质证后，调解员释法说理。", List.of()));
		if (target == MediationStatus.IN_SESSION) {
			return;
		}
		cases.agree(c.id(),
				new MediationCommands.Agreement("经调查，纠纷事实清楚，双方对基本事实无异议。", "一方于十日内向另一方支付补偿款 1,500 元，双方就此纠纷再无其他争议。",
						List.of(new MediationCommands.Signature(applicant.id(), null),
								new MediationCommands.Signature(respondent.id(), null))));
	}

}
