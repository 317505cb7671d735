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
import org.shanzhi.mediation.Reconciliations;
import org.shanzhi.mediation.SessionKind;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
class DemoMediationLoader extends DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoMediationLoader.class);

	static final String[] SUMMARIES = { "学生在校外培训机构摔伤，家长要求赔偿医疗费。", "邻里因噪声发生争执致轻微伤，双方就赔偿协商未果。", "电动车与行人碰撞，双方对赔偿数额有争议。",
			"两村民小组对一块耕地的权属有争议。", "两户林农对山林界址有争议。", "员工要求支付拖欠的加班工资，公司认为已足额支付。", "消费者购买的电热水器漏水，要求退货退款，商家只同意维修。",
			"当事人对责令改正的期限有异议，申请调解。", "商户与物业因装修押金退还发生争议。" };

	private final MediationCases cases;

	private final Parties parties;

	private final Accounts accounts;

	private final Clock clock;

	private final Mediators mediators;

	private final Reconciliations reconciliations;

	private UUID fullTime;

	/** The 司法局's mediator of the reconsideration case. */
	private UUID reconsiderationMediator;

	DemoMediationLoader(MediationCases cases, Parties parties, Accounts accounts, Clock clock, Mediators mediators,
			Reconciliations reconciliations) {
		this.reconciliations = reconciliations;
		this.mediators = mediators;
		this.cases = cases;
		this.parties = parties;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	void loadDemo() {
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
		count += Actors.runAs(mediator,
				() -> citizenCases(accounts.findByUsername("demo-public").map(a -> a.partyId()).orElse(null)));
		accounts.findByUsername("demo-officer-amr")
			.ifPresent(officer -> Actors.runAs(officer.actor(), () -> settlement(null)));
		var reconsiderer = accounts.findByUsername("demo-reconsideration");
		var justiceHead = accounts.findByUsername("demo-head-justice");
		if (reconsiderer.isPresent() && justiceHead.isPresent()) {
			this.reconsiderationMediator = Actors.runAs(justiceHead.get().actor(),
					() -> mediators
						.register(new Mediators.Register("孙复议", Mediators.Kind.FULL_TIME,
								reconsiderer.get().actor().accountId(), "行政复议调解"))
						.id());
			count += Actors.runAs(reconsiderer.get().actor(), this::reconsideration);
		}
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

	/**
	 * Two cases of the demo citizen (demo-public), who takes part online (M8): one
	 * awaiting its consent, one awaiting its signature of the proposed agreement.
	 */
	private int citizenCases(UUID citizen) {
		if (citizen == null) {
			return 0;
		}
		PartyView applicant = parties.get(citizen);
		List<PartyView> all = parties.search(null, 0, 50).items();
		PartyView shop = all.stream().filter(p -> !p.id().equals(citizen)).findFirst().orElseThrow();
		int n = 0;
		for (MediationStatus target : List.of(MediationStatus.AWAITING_CONSENT, MediationStatus.AWAITING_SIGNATURES)) {
			MediationCaseView c = cases.start(new MediationCommands.Start(Procedure.GENERAL, Origin.APPLICATION,
					DisputeType.CONSUMER, "市民网购的空调安装后不制冷，要求退货；商家称系安装环境所致。",
					List.of(new MediationCommands.PartyInput(applicant.id(), PartyRole.APPLICANT),
							new MediationCommands.PartyInput(shop.id(), PartyRole.RESPONDENT))));
			mediators.assign(c.id(), fullTime);
			advance(c, target, applicant, shop);
			n++;
		}
		return n;
	}

	/**
	 * A settlement awaiting the legal reviewer: of the market bureau's own discretionary
	 * act (M6), or, by the 司法局, between an applicant and the bureau (M7).
	 */
	private Integer settlement(UUID respondentAgency) {
		PartyView party = parties.search(null, 0, 20).items().get(respondentAgency == null ? 5 : 6);
		reconciliations.propose(new Reconciliations.Propose(party.id(), null,
				respondentAgency == null ? "当事人对责令停产整顿的期限有异议" : "申请人对罚款 8,000 元的处罚决定不服，申请行政复议",
				respondentAgency == null ? "在裁量幅度内将整改期限由 15 日延长至 30 日，当事人按期完成整改" : "被申请人在裁量幅度内将罚款变更为 3,000 元，申请人撤回复议申请",
				new org.shanzhi.enforcement.LegalBasis("中华人民共和国行政处罚法", "第三十二条"), true, respondentAgency));
		return 1;
	}

	/**
	 * The 司法局's reconsideration mediation (M7) of a market bureau's penalty: heard, and a
	 * settlement awaiting review.
	 */
	private int reconsideration() {
		UUID amr = accounts.findByUsername("demo-head-amr").orElseThrow().agencyId();
		PartyView applicant = parties.search(null, 0, 20).items().get(4);
		MediationCaseView c = cases.start(new MediationCommands.Start(Procedure.GENERAL, Origin.APPLICATION,
				DisputeType.ADMINISTRATIVE, "申请人对因销售过期食品被处罚款 10,000 元不服，申请行政复议，并同意调解。",
				List.of(new MediationCommands.PartyInput(applicant.id(), PartyRole.APPLICANT)), false, null, amr,
				"河市监罚〔2026〕0008号行政处罚决定"));
		mediators.assign(c.id(), reconsiderationMediator);
		cases.consent(c.id(), new MediationCommands.Consent(applicant.id(), true));
		cases.consent(c.id(), new MediationCommands.Consent(amr, true));
		OffsetDateTime at = OffsetDateTime.now(clock).plusDays(1).withHour(14).withMinute(30).withSecond(0).withNano(0);
		cases.decideAcceptance(c.id(), new MediationCommands.Acceptance(true, null, at, "河洛市司法局行政复议调解室", null));
		cases.holdSession(c.id(),
				new MediationCommands.Session(OffsetDateTime.now(clock),
						List.of(applicant.name(), "河洛市市场监督管理局委托代理人", "复议机构工作人员孙某"), List.of(applicant.id(), amr),
						"申请人称过期食品系供货商未及时更换，且已全部下架。", "罚款数额是否适当", "复议机构告知调解程序和权利义务，双方表示知悉。被申请人说明裁量理由。", List.of(),
						SessionKind.HEARING, true, "被申请人称已按裁量基准中档处罚。", "双方对进货台账和下架记录进行质证。", List.of()));
		settlement(amr);
		return 1;
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
		boolean hearing = c.procedure() == Procedure.GENERAL && c.disputeType() == DisputeType.LAND_OWNERSHIP;
		cases.holdSession(c.id(), new MediationCommands.Session(OffsetDateTime.now(clock),
				List.of(applicant.name(), respondent.name(), "调解员赵某"), List.of(applicant.id(), respondent.id()),
				"双方分别陈述了纠纷经过和各自诉求。", "赔偿责任与数额", "调解员告知双方调解的程序和权利义务，双方表示知悉。双方陈述、举证、质证后，调解员释法说理。", List.of(),
				hearing ? SessionKind.HEARING : SessionKind.SESSION, true, hearing ? "被申请人称该地块自 1982 年起由其耕种。" : null,
				hearing ? "双方对承包合同和界址图进行质证。" : null, hearing ? List.of("村民代表李某") : List.of()));
		if (target == MediationStatus.IN_SESSION) {
			return;
		}
		if (target == MediationStatus.AWAITING_SIGNATURES) {
			cases.proposeAgreement(c.id(), new MediationCommands.Proposal("经调查，纠纷事实清楚，双方对基本事实无异议。",
					"一方于十日内向另一方支付补偿款 1,200 元，双方就此纠纷再无其他争议。", null));
			return;
		}
		cases.agree(c.id(),
				new MediationCommands.Agreement("经调查，纠纷事实清楚，双方对基本事实无异议。", "一方于十日内向另一方支付补偿款 1,500 元，双方就此纠纷再无其他争议。",
						List.of(new MediationCommands.Signature(applicant.id(), null),
								new MediationCommands.Signature(respondent.id(), null))));
	}

}
