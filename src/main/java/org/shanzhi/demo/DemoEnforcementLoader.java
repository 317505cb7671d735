package org.shanzhi.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.calendar.DayKind;
import org.shanzhi.calendar.SetCalendarDayCommand;
import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyView;
import org.shanzhi.enforcement.CaseOrigin;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.DecideCommand;
import org.shanzhi.enforcement.DefineViolationTypeCommand;
import org.shanzhi.enforcement.DiscretionLevel;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.HarmLevel;
import org.shanzhi.enforcement.InvestigateCommand;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.AddRecordCommand;
import org.shanzhi.enforcement.Interviewee;
import org.shanzhi.enforcement.OpenCaseCommand;
import org.shanzhi.enforcement.RecordKind;
import org.shanzhi.enforcement.Penalty;
import org.shanzhi.enforcement.ProcedureCommands;
import org.shanzhi.enforcement.Treatment;
import org.shanzhi.enforcement.TreatmentProposal;
import org.shanzhi.enforcement.ViolationTypeView;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.leniency.Conditions;
import org.shanzhi.leniency.DraftListCommand;
import org.shanzhi.leniency.EntryInput;
import org.shanzhi.leniency.LeniencyLists;
import org.shanzhi.leniency.ListKind;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city's enforcement (issue 3): the official holiday calendar, violation
 * catalogues, leniency lists of the market-regulation and ecology bureaus, and a history
 * of past cases so that an assessment has something to find. Loaded once, through the
 * facades, when the market-regulation catalogue is empty.
 */
@Component
@Order(10)
class DemoEnforcementLoader extends DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoEnforcementLoader.class);

	private final Agencies agencies;

	private final Parties parties;

	private final Accounts accounts;

	private final WorkingDays workingDays;

	private final ViolationTypes violationTypes;

	private final LeniencyLists lists;

	private final EnforcementCases cases;

	private final org.shanzhi.enforcement.CaseProcedures procedures;

	private final org.shanzhi.enforcement.CaseInvestigations investigations;

	private final Clock clock;

	private final String password;

	DemoEnforcementLoader(Agencies agencies, Parties parties, Accounts accounts, WorkingDays workingDays,
			ViolationTypes violationTypes, LeniencyLists lists, EnforcementCases cases,
			org.shanzhi.enforcement.CaseProcedures procedures,
			org.shanzhi.enforcement.CaseInvestigations investigations, Clock clock,
			@Value("${shanzhi.demo.password:Demo#2026}") String password) {
		this.agencies = agencies;
		this.parties = parties;
		this.accounts = accounts;
		this.workingDays = workingDays;
		this.violationTypes = violationTypes;
		this.lists = lists;
		this.cases = cases;
		this.procedures = procedures;
		this.investigations = investigations;
		this.clock = clock;
		this.password = password;
	}

	@Override
	void loadDemo() {
		AgencyView amr = agencies.findByCode("amr").orElse(null);
		if (amr == null || Actors.runAs(Actor.SYSTEM, () -> !violationTypes.list(amr.id()).isEmpty())) {
			return;
		}
		long started = System.nanoTime();
		AgencyView eco = agencies.findByCode("eco").orElseThrow();
		Actors.runAs(Actor.SYSTEM, () -> {
			calendar();
			account("demo-head-eco", "王海燕（生态环境局长）", eco, Role.AGENCY_HEAD);
			account("demo-legal-eco", "刘法审（生态环境法制科）", eco, Role.LEGAL_REVIEWER);
			return null;
		});
		Actor headAmr = actor("demo-head-amr");
		Actor headEco = actor("demo-head-eco");
		Actors.runAs(headAmr, () -> {
			marketCatalogue(amr.id());
			marketLists();
			return null;
		});
		Actors.runAs(headEco, () -> {
			ecologyCatalogue(eco.id());
			ecologyLists();
			return null;
		});
		int history = history(amr.id(), 2026, "amr");
		history += history(eco.id(), 2027, "eco");
		history += currentCases(amr.id(), headAmr);
		log.info("Loaded the demo enforcement records ({} past cases) in {} ms", history,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * 2026 as the State Council announced it; 2027's statutory days by the holiday
	 * regulations.
	 */
	private void calendar() {
		holiday("2026-01-01", "2026-01-01", "元旦", true);
		holiday("2026-01-02", "2026-01-03", "元旦", false);
		workday("2026-01-04", "元旦调休上班");
		workday("2026-02-14", "春节调休上班");
		holiday("2026-02-15", "2026-02-15", "春节", false);
		holiday("2026-02-16", "2026-02-19", "春节", true);
		holiday("2026-02-20", "2026-02-23", "春节", false);
		workday("2026-02-28", "春节调休上班");
		holiday("2026-04-04", "2026-04-04", "清明节", false);
		holiday("2026-04-05", "2026-04-05", "清明节", true);
		holiday("2026-04-06", "2026-04-06", "清明节", false);
		holiday("2026-05-01", "2026-05-02", "劳动节", true);
		holiday("2026-05-03", "2026-05-05", "劳动节", false);
		workday("2026-05-09", "劳动节调休上班");
		holiday("2026-06-19", "2026-06-19", "端午节", true);
		holiday("2026-06-20", "2026-06-21", "端午节", false);
		workday("2026-09-20", "国庆节调休上班");
		holiday("2026-09-25", "2026-09-25", "中秋节", true);
		holiday("2026-09-26", "2026-09-27", "中秋节", false);
		holiday("2026-10-01", "2026-10-03", "国庆节", true);
		holiday("2026-10-04", "2026-10-07", "国庆节", false);
		workday("2026-10-10", "国庆节调休上班");
		// 2027: the statutory days themselves; the adjusted days follow the State
		// Council's notice
		holiday("2027-01-01", "2027-01-01", "元旦", true);
		holiday("2027-02-05", "2027-02-08", "春节", true);
		holiday("2027-04-05", "2027-04-05", "清明节", true);
		holiday("2027-05-01", "2027-05-02", "劳动节", true);
		holiday("2027-06-09", "2027-06-09", "端午节", true);
		holiday("2027-09-15", "2027-09-15", "中秋节", true);
		holiday("2027-10-01", "2027-10-03", "国庆节", true);
	}

	private void holiday(String from, String to, String name, boolean statutory) {
		for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
			workingDays.set(new SetCalendarDayCommand(d, DayKind.HOLIDAY, name, statutory));
		}
	}

	private void workday(String day, String name) {
		workingDays.set(new SetCalendarDayCommand(LocalDate.parse(day), DayKind.WORKDAY, name, false));
	}

	private void marketCatalogue(UUID amr) {
		type(amr, "FOOD-LABEL", "预包装食品标签瑕疵", "经营的预包装食品标签存在不影响食品安全且不会对消费者造成误导的瑕疵", "《中华人民共和国食品安全法》", "第一百二十五条第二款", 0,
				2000, "责令改正", level("轻微", "首次发现且及时改正", 0, 500), level("一般", "经责令改正后仍未改正", 500, 1500),
				level("严重", "涉及多个品种或拒不改正", 1500, 2000));
		type(amr, "PRICE-TAG", "未按规定明码标价", "经营者销售、收购商品和提供服务未按照规定明码标价", "《中华人民共和国价格法》", "第四十二条", 0, 5000, "责令改正，没收违法所得",
				level("轻微", "涉及商品少、时间短", 0, 1000), level("一般", "涉及商品较多", 1000, 3000),
				level("严重", "屡查屡犯或造成不良影响", 3000, 5000));
		type(amr, "LICENSE-DISPLAY", "未在经营场所醒目位置悬挂营业执照", "市场主体未按照规定将营业执照置于住所或者主要经营场所的醒目位置", "《中华人民共和国市场主体登记管理条例》",
				"第四十八条", 0, 30000, "责令改正", level("一般", "拒不改正", 0, 10000), level("严重", "拒不改正且造成不良影响", 10000, 30000));
		type(amr, "EXPIRED-FOOD", "经营超过保质期的食品", "经营超过保质期的食品、食品添加剂", "《中华人民共和国食品安全法》", "第一百二十四条第一款第（五）项", 50000, 100000,
				"没收违法所得和违法经营的食品，货值金额不足一万元的", level("一般", "货值较小、未造成危害", 50000, 70000),
				level("严重", "货值较大或造成危害", 70000, 100000));
	}

	private void ecologyCatalogue(UUID eco) {
		type(eco, "EIA-FILING", "环境影响登记表未备案", "建设单位未依法备案建设项目环境影响登记表", "《中华人民共和国环境影响评价法》", "第三十一条第三款", 0, 50000, "责令备案",
				level("轻微", "及时补办备案", 0, 10000), level("一般", "责令后逾期补办", 10000, 50000));
		type(eco, "CONSTRUCTION-NOISE", "夜间施工噪声超标", "在噪声敏感建筑物集中区域夜间进行产生噪声的建筑施工作业，未取得证明", "《中华人民共和国噪声污染防治法》", "第七十七条",
				10000, 100000, "责令改正", level("一般", "首次、持续时间短", 10000, 50000), level("严重", "多次或引发投诉", 50000, 100000));
		type(eco, "MONITORING", "未按规定自行监测", "未按照规定对所排放的大气污染物进行监测并保存原始监测记录", "《中华人民共和国大气污染防治法》", "第一百条", 20000, 200000,
				"责令改正", level("一般", "首次、及时改正", 20000, 100000), level("严重", "拒不改正", 100000, 200000));
	}

	private void marketLists() {
		LocalDate today = LocalDate.now(clock);
		LegalBasis admin = new LegalBasis("《中华人民共和国行政处罚法》", "第三十三条第一款");
		LegalBasis lighter = new LegalBasis("《中华人民共和国行政处罚法》", "第三十二条");
		List<EntryInput> v1 = List.of(
				new EntryInput("FOOD-LABEL", admin, new Conditions(24, null, HarmLevel.NONE, 15, null, null, null),
						Treatment.NO_PENALTY, "首次违法、无危害后果且在 15 日内改正"),
				new EntryInput("LICENSE-DISPLAY", admin,
						new Conditions(24, null, HarmLevel.NONE, null, true, null, null), Treatment.NO_PENALTY,
						"首次违法、无危害后果且在决定前改正"),
				new EntryInput("PRICE-TAG", admin, new Conditions(24, null, HarmLevel.MINOR, 7, null, true, null),
						Treatment.NO_PENALTY, "首次违法、危害轻微，7 日内改正并签署承诺书"));
		lists.draft(new DraftListCommand(null, ListKind.NO_PENALTY, "市场监管领域轻微违法行为免罚清单（第一版）",
				LocalDate.of(today.getYear() - 2, 1, 1), v1, true));
		List<EntryInput> v2 = new ArrayList<>(v1);
		v2.set(0, new EntryInput("FOOD-LABEL", admin, new Conditions(12, null, HarmLevel.NONE, 15, null, null, null),
				Treatment.NO_PENALTY, "首次违法（回溯期调整为 12 个月）、无危害后果且在 15 日内改正"));
		lists.draft(new DraftListCommand(null, ListKind.NO_PENALTY, "市场监管领域轻微违法行为免罚清单（第二版）",
				LocalDate.of(today.getYear(), 7, 1).isAfter(today) ? today.minusMonths(1)
						: LocalDate.of(today.getYear(), 7, 1),
				v2, true));
		lists.draft(new DraftListCommand(null, ListKind.LIGHTER_MITIGATED, "市场监管领域一般违法行为从轻减轻处罚清单（第一版）",
				LocalDate.of(today.getYear() - 2, 1, 1),
				List.of(new EntryInput("PRICE-TAG", lighter,
						new Conditions(null, null, HarmLevel.MODERATE, null, true, null, null), Treatment.LIGHTER,
						"主动消除或者减轻违法行为危害后果"),
						new EntryInput(
								"EXPIRED-FOOD", lighter, new Conditions(24, Conditions.Scope.ANY_VIOLATION,
										HarmLevel.NONE, null, true, true, true),
								Treatment.MITIGATED, "首次违法、未造成危害、主动下架召回并签署承诺书")),
				true));
	}

	private void ecologyLists() {
		LocalDate today = LocalDate.now(clock);
		LegalBasis admin = new LegalBasis("《中华人民共和国行政处罚法》", "第三十三条第一款");
		lists.draft(new DraftListCommand(null, ListKind.NO_PENALTY, "生态环境领域轻微违法行为免罚清单（第一版）",
				LocalDate.of(today.getYear() - 1, 3, 1),
				List.of(new EntryInput("EIA-FILING", admin,
						new Conditions(24, null, HarmLevel.NONE, 30, null, null, null), Treatment.NO_PENALTY,
						"首次、未造成环境污染且 30 日内补办备案"),
						new EntryInput("MONITORING", admin,
								new Conditions(24, null, HarmLevel.NONE, null, true, true, true), Treatment.NO_PENALTY,
								"首次、未造成污染，决定前改正并签署承诺书，整改经核查")),
				true));
		lists.draft(new DraftListCommand(null, ListKind.LIGHTER_MITIGATED, "生态环境领域一般违法行为从轻减轻处罚清单（第一版）",
				LocalDate.of(today.getYear() - 1, 3, 1),
				List.of(new EntryInput("CONSTRUCTION-NOISE", new LegalBasis("《中华人民共和国行政处罚法》", "第三十二条"),
						new Conditions(12, Conditions.Scope.ANY_VIOLATION, HarmLevel.MINOR, null, true, null, null),
						Treatment.LIGHTER, "一年内首次、影响轻微且在决定前停止施工")),
				true));
	}

	/**
	 * Past cases of the agency, decided as the lists proposed (a few departures
	 * approved).
	 */
	private int history(UUID agency, long seed, String code) {
		Actor officer = actor("demo-officer-" + code);
		Actor head = actor("demo-head-" + code);
		List<UUID> officerIds = List.of(accounts.officerOf(officer.accountId()).orElseThrow(),
				accounts.officerOf(actor("demo-officer-" + code + "-2").accountId()).orElseThrow());
		Random random = new Random(seed);
		List<ViolationTypeView> types = Actors.runAs(officer, () -> violationTypes.list(agency));
		List<PartyView> all = Actors.runAs(officer, () -> parties.search(null, 0, 200).items());
		LocalDate today = LocalDate.now(clock);
		int count = 0;
		for (int i = 0; i < 40; i++) {
			PartyView party = all.get(random.nextInt(all.size()));
			ViolationTypeView type = types.get(random.nextInt(types.size()));
			LocalDate occurred = today.minusDays(30 + random.nextInt(900));
			LocalDate discovered = occurred.plusDays(3);
			CaseView registered = Actors.runAs(officer,
					() -> cases
						.open(OpenCaseCommand.ordinary(party.id(), type.code(), occurred, "日常检查发现：" + type.title(),
								CaseOrigin.INSPECTION, null, List.of("现场检查笔录", "现场照片"), discovered, officerIds)));
			// the past cases are entered after the event: filed by the head with that
			// reason
			Actors.runAs(head, () -> cases.file(registered.id(), true, "同意立案", "历史案件补录"));
			count += pastCourse(registered, type, occurred, random, officer, head);
		}
		return count;
	}

	/**
	 * Current cases of the agency left at each step of the procedure (DemoCaseStates).
	 */
	private int currentCases(UUID agency, Actor head) {
		Actor officer = actor("demo-officer-amr");
		List<UUID> officerIds = List.of(accounts.officerOf(officer.accountId()).orElseThrow(),
				accounts.officerOf(actor("demo-officer-amr-2").accountId()).orElseThrow());
		List<PartyView> all = Actors.runAs(officer, () -> parties.search(null, 0, 200).items());
		List<ViolationTypeView> types = Actors.runAs(officer, () -> violationTypes.list(agency));
		Actor reviewer = accounts.findByUsername("demo-legal-amr").map(a -> a.actor()).orElse(head);
		return new DemoCaseStates(cases, procedures, investigations, workingDays, clock).load(all, types, officerIds,
				officer, head, reviewer);
	}

	/**
	 * A past case's course: the report, the notice the party waived its rights to, the
	 * head's decision as the lists proposed, its delivery in person and, for most, the
	 * closing.
	 */
	private int pastCourse(CaseView c, ViolationTypeView type, LocalDate occurred, Random random, Actor officer,
			Actor head) {
		HarmLevel harm = HarmLevel.values()[random.nextInt(3)];
		boolean corrected = random.nextInt(4) > 0;
		LocalDate heldOn = workingDays.plusWorkingDays(c.discoveredOn(), 1);
		Actors.runAs(officer,
				() -> investigations.addRecord(c.id(),
						new AddRecordCommand(RecordKind.INQUIRY, c.officers().stream().map(o -> o.officerId()).toList(),
								heldOn.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)), "当事人经营场所",
								new Interviewee("当事人负责人", null, "负责人"), "问：是否知道" + type.title() + "的事实？答：知道，已经改正。",
								List.of(), true, null, false, null)));
		Actors.runAs(officer,
				() -> cases.investigate(c.id(),
						new InvestigateCommand("经调查，" + type.description() + "，事实清楚。", harm, corrected,
								corrected ? occurred.plusDays(3 + random.nextInt(20)) : null, random.nextBoolean(),
								corrected && random.nextBoolean(), null, List.of("询问笔录"))));
		TreatmentProposal proposal = Actors.runAs(officer, () -> cases.proposal(c.id()));
		Treatment t = proposal.treatment();
		BigDecimal amount = amount(type, t, random);
		String level = (t == Treatment.STANDARD || t == Treatment.LIGHTER) && !type.benchmark().isEmpty()
				? type.benchmark().get(0).level() : null;
		if (level != null && amount != null && !type.benchmark().get(0).contains(amount)) {
			level = type.benchmark()
				.stream()
				.filter(l -> l.contains(amount))
				.map(DiscretionLevel::level)
				.findFirst()
				.orElse(level);
		}
		String benchmark = level;
		List<Penalty> penalties = amount == null ? List.of() : List.of(Penalty.fine(amount));
		if (!penalties.isEmpty()) {
			Actors.runAs(officer, () -> {
				procedures.notifyPriorly(c.id(), new ProcedureCommands.Notify(t, penalties,
						"经调查，" + type.description() + "。", "事实清楚，证据确凿。", List.of(type.legalBasis()), true, null));
				deliver(c.id(), "prior-notice-1");
				procedures.state(c.id(), new ProcedureCommands.State("WAIVER", "放弃陈述、申辩和听证", OffsetDateTime.now(clock),
						"WRITTEN", true));
				return null;
			});
		}
		CaseView decided = Actors.runAs(head, () -> cases.decide(c.id(),
				new DecideCommand(t, amount, benchmark, "依据调查认定的事实和包容审慎清单作出决定。", type.legalBasis(), null)));
		Actors.runAs(officer, () -> deliver(c.id(), decided.decision().documentNumber() == null ? null
				: penalties.isEmpty() ? "no-penalty-decision" : "decision"));
		if (random.nextInt(5) > 0 && penalties.isEmpty()) {
			Actors.runAs(head, () -> cases.close(c.id()));
		}
		return 1;
	}

	private Object deliver(UUID caseId, String kind) {
		if (kind != null) {
			procedures.deliver(caseId, new ProcedureCommands.Deliver(kind, "IN_PERSON", "当事人",
					OffsetDateTime.now(clock), null, null, null, null));
		}
		return null;
	}

	private static BigDecimal amount(ViolationTypeView type, Treatment t, Random random) {
		var range = type.penaltyRange();
		if (!t.imposesFine() || !range.fine()) {
			return null;
		}
		if (t == Treatment.MITIGATED) {
			return range.min().signum() == 0 ? null : range.min().divide(BigDecimal.valueOf(2));
		}
		BigDecimal span = range.max().subtract(range.min());
		BigDecimal share = BigDecimal
			.valueOf(t == Treatment.LIGHTER ? 10 + random.nextInt(30) : 30 + random.nextInt(40));
		return range.min()
			.add(span.multiply(share).divide(BigDecimal.valueOf(100)))
			.setScale(0, java.math.RoundingMode.HALF_UP);
	}

	private void type(UUID agency, String code, String title, String description, String law, String article, int min,
			int max, String other, DiscretionLevel... levels) {
		violationTypes
			.define(new DefineViolationTypeCommand(agency, code, title, description, new LegalBasis(law, article), true,
					BigDecimal.valueOf(min), BigDecimal.valueOf(max), other, List.of(levels)));
	}

	private static DiscretionLevel level(String name, String circumstances, int min, int max) {
		return new DiscretionLevel(name, circumstances, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
	}

	private void account(String username, String name, AgencyView agency, Role role) {
		if (accounts.findByUsername(username).isEmpty()) {
			accounts.create(new CreateAccountCommand(username, name, password, Set.of(role), agency.id(), null, null));
		}
	}

	private Actor actor(String username) {
		return accounts.findByUsername(username).orElseThrow().actor();
	}

}
