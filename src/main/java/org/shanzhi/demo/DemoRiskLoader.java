package org.shanzhi.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.directory.PartyCategory;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.guidance.Channel;
import org.shanzhi.guidance.DocumentForm;
import org.shanzhi.risk.Consultations;
import org.shanzhi.risk.GuidanceInAdvance;
import org.shanzhi.risk.RiskCatalogues;
import org.shanzhi.risk.RiskCommands;
import org.shanzhi.risk.RiskPointView;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city's risk catalogues (issue 6): catering food safety (market bureau),
 * construction-site dust (urban management), hazardous chemicals storage (emergency
 * management) and labour contracts (human resources), each consulted on — a forum held
 * last month, its comments answered — and published; the market bureau's retail catalogue
 * in consultation now, open to the public's comments; guidance in advance from one point.
 * Deterministic; loaded once.
 */
@Component
@Order(40)
class DemoRiskLoader extends DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoRiskLoader.class);

	record Point(String title, String form, String causes, String harm, String likelihood, String law, String article,
			int harmRating, int likelihoodRating, String method, String measures) {
	}

	static final Map<String, List<Point>> POINTS = Map
		.of("CATERING",
				List.of(new Point("生熟食品混放", "后厨生熟食品、半成品混放，工用具未分开使用", "分区设置不合理，员工操作不规范", "交叉污染，引发食源性疾病", "小型餐馆较常见",
						"《中华人民共和国食品安全法》", "第三十三条第一款第（四）项", 4, 4, "提醒、示范", "生熟分区存放，刀具砧板分色标识，每日开餐前检查"),
						new Point("从业人员无有效健康证明", "从事接触直接入口食品工作的人员未取得健康证明", "人员流动快，入职把关不严", "传染性疾病经食品传播", "人员流动大的门店多发",
								"《中华人民共和国食品安全法》", "第四十五条", 4, 3, "提醒", "入职前查验健康证明，建立人员健康档案，到期前一月提醒复检"),
						new Point("使用超过保质期的食品原料", "加工使用超过保质期的食品原料、食品添加剂", "库存管理混乱，先进先出未落实", "危害消费者健康", "节假日后多发",
								"《中华人民共和国食品安全法》", "第三十四条第（十）项", 5, 3, "约谈、提醒", "建立原料台账和临期清单，每周清查库存"),
						new Point("餐饮具消毒不到位", "餐饮具未按规定洗净、消毒或者使用未经消毒的餐饮具", "消毒设施缺失或不运行", "致病微生物传播", "较常见",
								"《中华人民共和国食品安全法》", "第五十六条第二款", 3, 4, "指导、示范", "配备消毒设施并记录运行，选择有资质的集中消毒单位"),
						new Point("未公示食品经营许可证", "未在经营场所显著位置公示食品经营许可证", "不了解公示要求", "消费者知情权受损", "新开业门店多发",
								"《食品经营许可和备案管理办法》", "第四十一条", 1, 3, "提醒", "在店堂显著位置悬挂许可证正本或电子公示")),
				"CONSTRUCTION",
				List.of(new Point("施工现场裸土未覆盖", "施工工地裸露土方、易起尘物料未覆盖", "覆盖网破损未及时更换", "扬尘污染，影响周边居民健康", "大风天气多发",
						"《中华人民共和国大气污染防治法》", "第六十九条", 4, 4, "提醒、约谈", "裸土百分之百覆盖，专人每日巡查，大风预警前加固"),
						new Point("车辆未冲洗带泥上路", "运输车辆出场未冲洗，带泥上路", "冲洗设施缺失或未使用", "道路扬尘和污染", "土方阶段多发", "《中华人民共和国大气污染防治法》",
								"第六十九条第三款", 3, 4, "提醒", "出入口设置冲洗平台和沉淀池，专人监督冲洗"),
						new Point("渣土运输未密闭", "渣土运输车辆未采取密闭措施", "委托无资质运输单位", "沿途撒漏扬尘", "夜间运输多发", "《城市市容和环境卫生管理条例》",
								"第十五条", 3, 3, "提醒", "与有资质的运输企业签订合同，查验车辆密闭装置"),
						new Point("未公示扬尘防治责任", "施工现场未公示扬尘污染防治措施、负责人", "不了解公示要求", "群众监督渠道不畅", "小型工地多发",
								"《中华人民共和国大气污染防治法》", "第六十八条第二款", 1, 3, "提醒", "在工地出入口公示防治措施、负责人和举报电话")),
				"HAZARDOUS_CHEMICALS",
				List.of(new Point("禁忌物料混存", "性质相抵触的危险化学品同库储存", "库房不足，分类储存意识淡薄", "火灾、爆炸、中毒", "小型经营单位多发", "《危险化学品安全管理条例》",
						"第二十六条", 5, 3, "约谈、指导", "按禁忌物料配存表分区分库储存，张贴配存标识"),
						new Point("专用仓库未设置监控和报警装置", "剧毒化学品、易制爆危险化学品专用仓库未按规定设置技术防范设施", "投入不足", "被盗、流失", "较少见",
								"《危险化学品安全管理条例》", "第二十七条", 5, 2, "指导", "按标准安装视频监控、入侵报警并联网"),
						new Point("未建立出入库台账", "危险化学品出入库未如实记录", "管理制度不落实", "流向不明，事故难追溯", "较常见", "《危险化学品安全管理条例》", "第二十四条",
								3, 4, "提醒", "建立出入库核查登记制度，双人收发"),
						new Point("从业人员未经培训上岗", "危险化学品从业人员未经安全教育培训上岗", "人员流动快", "操作失误引发事故", "较常见", "《中华人民共和国安全生产法》",
								"第二十八条", 4, 3, "辅导", "上岗前培训考核，建立培训档案")),
				"EMPLOYER",
				List.of(new Point("未订立书面劳动合同", "用工之日起超过一个月未与劳动者订立书面劳动合同", "用工管理不规范", "须支付二倍工资，引发劳动争议", "小微企业多发",
						"《中华人民共和国劳动合同法》", "第八十二条", 3, 5, "提醒、辅导", "用工之日起一个月内订立书面合同，使用示范文本"),
						new Point("拖欠工资", "未按时足额支付劳动报酬", "资金周转困难", "劳动者生活困难，群体性事件", "年底多发", "《保障农民工工资支付条例》", "第十五条", 5,
								3, "约谈", "按月足额支付，建立工资支付台账"),
						new Point("未依法缴纳社会保险", "未为劳动者依法参加社会保险", "降低用工成本", "劳动者保障缺失", "较常见", "《中华人民共和国社会保险法》", "第五十八条",
								3, 4, "提醒", "用工之日起三十日内办理社会保险登记"),
						new Point("超时加班", "安排劳动者延长工作时间超过法定上限", "订单集中", "劳动者健康受损", "旺季多发", "《中华人民共和国劳动法》", "第四十一条", 3, 3,
								"劝告", "合理排班，加班须协商并依法支付加班费")),
				"RETAIL",
				List.of(new Point("销售过期食品", "超市、便利店销售超过保质期的预包装食品", "临期食品清查不及时", "危害消费者健康", "小型超市较常见", "《中华人民共和国食品安全法》",
						"第三十四条第（十）项", 4, 4, "提醒、约谈", "每周清查临期食品，设置临期专区并提示"),
						new Point("未明码标价", "销售商品未按规定明码标价", "价签更换不及时", "消费者知情权受损", "较常见", "《中华人民共和国价格法》", "第十三条", 2, 4,
								"提醒", "一货一签，价格变动当日更换")));

	/**
	 * The market bureau's violation types its points concern (for the report's
	 * comparison).
	 */
	static final Map<String, String> CODES = Map.of("使用超过保质期的食品原料", "EXPIRED-FOOD", "销售过期食品", "EXPIRED-FOOD", "未明码标价",
			"PRICE-TAG", "未公示食品经营许可证", "LICENSE-DISPLAY");

	static final Map<String, String> AGENCY_OF = Map.of("CATERING", "amr", "CONSTRUCTION", "urban",
			"HAZARDOUS_CHEMICALS", "emergency", "EMPLOYER", "hrss", "RETAIL", "amr");

	private final RiskCatalogues catalogues;

	private final Consultations consultations;

	private final GuidanceInAdvance inAdvance;

	private final Accounts accounts;

	private final Clock clock;

	private final org.shanzhi.directory.Parties parties;

	private final org.shanzhi.guidance.GuidanceActs guidance;

	DemoRiskLoader(RiskCatalogues catalogues, Consultations consultations, GuidanceInAdvance inAdvance,
			Accounts accounts, Clock clock, org.shanzhi.directory.Parties parties,
			org.shanzhi.guidance.GuidanceActs guidance) {
		this.parties = parties;
		this.guidance = guidance;
		this.catalogues = catalogues;
		this.consultations = consultations;
		this.inAdvance = inAdvance;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	void loadDemo() {
		Actor officer = actor("demo-officer-amr");
		if (officer == null || !Actors.runAs(officer, () -> catalogues.catalogues(null).isEmpty())) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock.withZone(org.shanzhi.shared.PeopleTime.ZONE));
		int points = 0;
		for (String category : List.of("CATERING", "CONSTRUCTION", "HAZARDOUS_CHEMICALS", "EMPLOYER", "RETAIL")) {
			String code = AGENCY_OF.get(category);
			Actor writer = actor("demo-officer-" + code);
			Actor head = actor("demo-head-" + code);
			UUID catalogue = null;
			RiskPointView first = null;
			for (Point p : POINTS.get(category)) {
				RiskPointView view = Actors
					.runAs(writer,
							() -> catalogues.addPoint(new RiskCommands.PointInput(PartyCategory.valueOf(category),
									p.title(), p.form(), p.causes(), p.harm(), p.likelihood(),
									List.of(new LegalBasis(p.law(), p.article())), null, p.harmRating(),
									p.likelihoodRating(), null, p.method(), p.measures(),
									code.equals("amr") ? CODES.get(p.title()) : null)));
				catalogue = view.catalogueId();
				first = first == null ? view : first;
				points++;
			}
			UUID id = catalogue;
			if (category.equals("RETAIL")) {
				// open now: the public may comment on the portal until the end of the
				// month
				Actors.runAs(head, () -> catalogues.openConsultation(id,
						new RiskCommands.Consultation(today, today.plusDays(20), "门户网站、微信公众号")));
				consultations.comment(id, new RiskCommands.Comment(first.id(), "张女士", "建议临期食品专区标明折扣和到期日期。"));
				continue;
			}
			Actors.runAs(head, () -> catalogues.openConsultation(id,
					new RiskCommands.Consultation(today.minusDays(45), today.minusDays(31), "门户网站、企业座谈会")));
			UUID pointId = first.id();
			Actors.runAs(writer, () -> {
				var a = consultations.comment(id,
						new RiskCommands.Comment(pointId, "河洛市餐饮行业协会", "建议把防范措施写得更具体，便于小微经营者对照执行。"));
				consultations.answer(a.id(),
						new RiskCommands.Answer(RiskCommands.CommentAnswer.ADOPTED, "已细化为每日、每周的检查要求"));
				var b = consultations.comment(id, new RiskCommands.Comment(null, "王先生", "希望增加一项关于网络订餐的风险点。"));
				consultations.answer(b.id(),
						new RiskCommands.Answer(RiskCommands.CommentAnswer.PARTLY, "网络订餐风险纳入下一版清单梳理"));
				var c = consultations.comment(id, new RiskCommands.Comment(null, "李某", "建议取消低风险项目。"));
				consultations.answer(c.id(),
						new RiskCommands.Answer(RiskCommands.CommentAnswer.NOT_ADOPTED, "低风险项目同样需要提示，以免小问题积累成违法"));
				return null;
			});
			Actors.runAs(head, () -> catalogues.publish(id,
					new RiskCommands.Publish(today, "征求意见期间共收到意见 3 条：采纳 1 条，部分采纳 1 条，未采纳 1 条，均已答复。")));
		}
		// guidance in advance from the market bureau's first catering point, to the whole
		// category
		UUID catering = Actors.runAs(officer,
				() -> catalogues.catalogues(null)
					.stream()
					.filter(c -> c.partyCategory().equals("CATERING"))
					.findFirst()
					.orElseThrow()
					.points()
					.get(0)
					.id());
		int acts = Actors.runAs(officer,
				() -> inAdvance
					.give(catering,
							new GuidanceInAdvance.Batch(null, "REMIND", DocumentForm.SIMPLE, Channel.WECHAT, null, null,
									null))
					.acts());
		int past = history(officer, today);
		log.info("Loaded {} demo risk points in 5 catalogues, {} acts of guidance in advance and {} past acts in {} ms",
				points, acts, past, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Two years of the market bureau's guidance on its catering points, brought in as
	 * past acts, so that the evaluation report has a history to compare (R5).
	 */
	private int history(Actor officer, LocalDate today) {
		List<RiskPointView> cateringPoints = Actors.runAs(officer,
				() -> catalogues.catalogues(null)
					.stream()
					.filter(c -> c.partyCategory().equals("CATERING"))
					.findFirst()
					.orElseThrow()
					.points());
		List<UUID> parties = Actors.runAs(Actor.SYSTEM,
				() -> this.parties.ofCategory(PartyCategory.CATERING, GuidanceInAdvance.MAX_PARTIES));
		if (parties.isEmpty()) {
			return 0;
		}
		UUID agency = officer.agencyId();
		int n = 0;
		for (int i = 0; i < 120; i++) {
			RiskPointView p = cateringPoints.get(i % cateringPoints.size());
			UUID party = parties.get((i * 7) % parties.size());
			LocalDate on = today.minusDays(10 + i * 6L);
			org.shanzhi.guidance.GiveGuidanceCommand give = new org.shanzhi.guidance.GiveGuidanceCommand(party,
					"REMIND", DocumentForm.SIMPLE, i % 3 == 0 ? Channel.IN_PERSON : Channel.WECHAT, "风险提示：" + p.title(),
					p.violationForm() + "。防范措施：" + p.guidanceMeasures(), p.legalBasis(), null,
					Map.of("item", p.title()), p.id(), null, null, null, null, null, on, false, false);
			Boolean accepted = i % 5 != 4 ? Boolean.TRUE : null;
			Actors.runAs(Actor.SYSTEM,
					() -> guidance.importPast(give, agency, officer.accountId(), accepted, null, null));
			n++;
		}
		return n;
	}

	private Actor actor(String username) {
		return accounts.findByUsername(username).map(a -> a.actor()).orElse(null);
	}

}
