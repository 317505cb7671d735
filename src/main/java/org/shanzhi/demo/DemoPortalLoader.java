package org.shanzhi.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.portal.ServiceItemType;
import org.shanzhi.portal.ServiceItems;
import org.shanzhi.portal.Surveys;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city's service items (P4), each agency's published by its head: consultations,
 * guidance and mediation applications, hearing requests, approvals, complaints and
 * feedback, with their materials, promised time limits and legal bases. Loaded once.
 */
@Component
@Order(60)
class DemoPortalLoader extends DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoPortalLoader.class);

	record Item(String head, String code, String name, ServiceItemType type, String description, List<String> materials,
			int days, String basis) {
	}

	static final List<Item> ITEMS = List.of(
			new Item("demo-head-amr", "AMR-ZX-01", "食品经营许可政策咨询", ServiceItemType.CONSULTATION, "食品经营许可的办理条件、流程和注意事项。",
					List.of(), 3, "《食品经营许可和备案管理办法》"),
			new Item("demo-head-amr", "AMR-ZD-01", "申请合规经营行政指导", ServiceItemType.GUIDANCE_REQUEST,
					"企业可申请执法人员上门或在线辅导，提前发现经营中的法律风险。", List.of("营业执照"), 10, "《河南省行政指导工作规范》；《漯河市服务型行政执法指导意见》"),
			new Item("demo-head-amr", "AMR-TJ-01", "消费纠纷行政调解申请", ServiceItemType.MEDIATION_APPLICATION,
					"消费者与经营者之间的消费纠纷，双方自愿的，可申请行政调解。", List.of("身份证明", "购物凭证或合同", "相关照片或视频（如有）"), 15,
					"《中华人民共和国消费者权益保护法》第三十九条；《市场监督管理投诉举报处理暂行办法》"),
			new Item("demo-head-amr", "AMR-TZ-01", "行政处罚听证申请", ServiceItemType.HEARING_REQUEST,
					"拟作出较大数额罚款等处罚决定的，当事人可在告知后五日内申请听证。", List.of("行政处罚告知书"), 5, "《中华人民共和国行政处罚法》第六十三条、第六十四条"),
			new Item("demo-head-amr", "AMR-TS-01", "消费投诉举报", ServiceItemType.COMPLAINT_REPORT, "反映经营者侵害消费者权益或违法经营的行为。",
					List.of("相关证据（如有）"), 7, "《市场监督管理投诉举报处理暂行办法》"),
			new Item("demo-head-urban", "URB-SP-01", "临时占用城市道路审批", ServiceItemType.APPROVAL, "因施工、活动等需临时占用城市道路的审批。",
					List.of("申请书", "占道位置平面图", "交通安全保障方案"), 10, "《城市道路管理条例》第三十一条"),
			new Item("demo-head-urban", "URB-YJ-01", "城市管理意见建议", ServiceItemType.FEEDBACK, "对市容环境、执法方式等提出意见和建议。",
					List.of(), 15, "《河南省城市管理综合执法条例》"),
			new Item("demo-head-hrss", "HRSS-TJ-01", "劳动争议行政调解申请", ServiceItemType.MEDIATION_APPLICATION,
					"劳动者与用人单位之间的劳动报酬等争议，可申请调解。", List.of("身份证明", "劳动合同或工作证明"), 15, "《劳动保障监察条例》；《中华人民共和国劳动争议调解仲裁法》"),
			new Item("demo-head-emergency", "EM-ZD-01", "危险化学品储存合规辅导申请", ServiceItemType.GUIDANCE_REQUEST,
					"经营单位可申请对储存场所进行合规辅导。", List.of("危险化学品经营许可证"), 10, "《危险化学品安全管理条例》"));

	private final ServiceItems items;

	private final Accounts accounts;

	private final Surveys surveys;

	private final Parties parties;

	private final Clock clock;

	DemoPortalLoader(ServiceItems items, Accounts accounts, Surveys surveys, Parties parties, Clock clock) {
		this.items = items;
		this.accounts = accounts;
		this.surveys = surveys;
		this.parties = parties;
		this.clock = clock;
	}

	@Override
	void loadDemo() {
		if (!items.published(null).isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		for (Item i : ITEMS) {
			Actor head = accounts.findByUsername(i.head()).map(a -> a.actor()).orElse(null);
			if (head == null) {
				continue;
			}
			Actors.runAs(head, () -> items.create(new ServiceItems.ItemCommand(null, i.code(), i.name(), i.type(),
					i.description(), i.materials(), i.days(), i.basis(), true)));
		}
		int answers = surveys();
		log.info("Loaded {} demo service items and {} survey answers in {} ms", ITEMS.size(), answers,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Two running satisfaction surveys (S5): the market bureau's, put to caterers,
	 * retailers and food producers, answered by some of them; the urban management
	 * bureau's, put to every party (the demo citizen may answer it).
	 */
	private int surveys() {
		LocalDate today = LocalDate.now(clock.withZone(org.shanzhi.shared.PeopleTime.ZONE));
		Actor amr = accounts.findByUsername("demo-head-amr").map(a -> a.actor()).orElse(null);
		Actor urban = accounts.findByUsername("demo-head-urban").map(a -> a.actor()).orElse(null);
		if (amr == null || urban == null) {
			return 0;
		}
		var stars = Surveys.QuestionKind.STARS;
		Surveys.SurveyView market = Actors.runAs(amr, () -> {
			var s = surveys.create(new Surveys.SurveyCommand(null, today.getYear() + "年市场监管执法服务满意度调查",
					"为改进执法服务，请您对近一年来我局的执法检查和行政指导作出评价。调查不记名公开，结果仅用于改进工作。",
					List.of(new Surveys.Question(stars, "您对执法人员的服务态度是否满意？", List.of()),
							new Surveys.Question(stars, "您对检查和指导中讲清法律依据、告知权利的情况是否满意？", List.of()),
							new Surveys.Question(Surveys.QuestionKind.CHOICE, "您认为近一年来对您的执法检查频次",
									List.of("偏多", "适中", "偏少")),
							new Surveys.Question(Surveys.QuestionKind.TEXT, "您对我们改进执法服务有什么意见和建议？", List.of())),
					EnumSet.of(PartyCategory.CATERING, PartyCategory.RETAIL, PartyCategory.FOOD_PRODUCTION), Set.of(),
					today.minusDays(10), today.plusDays(20)));
			return surveys.open(s.id(), s.version());
		});
		Actors.runAs(urban, () -> {
			var s = surveys.create(new Surveys.SurveyCommand(null, "城市管理执法方式满意度调查", "请您对城市管理执法的文明规范程度作出评价。",
					List.of(new Surveys.Question(stars, "您对城市管理执法人员的文明执法是否满意？", List.of()),
							new Surveys.Question(Surveys.QuestionKind.TEXT, "您还有什么意见建议？", List.of())),
					Set.of(), Set.of(), today.minusDays(3), today.plusDays(27)));
			return surveys.open(s.id(), s.version());
		});
		Random random = new Random(20261125L);
		List<String> comments = List.of("", "", "检查前能电话预约，很好", "希望多开展政策宣讲", "指导很耐心", "");
		List<UUID> respondents = new java.util.ArrayList<>();
		Actors.runAs(amr, () -> {
			for (PartyCategory c : List.of(PartyCategory.CATERING, PartyCategory.RETAIL,
					PartyCategory.FOOD_PRODUCTION)) {
				respondents.addAll(parties.ofCategory(c, 10));
			}
			return null;
		});
		for (UUID party : respondents) {
			Actor respondent = new Actor(UUID.randomUUID(), "demo-respondent", "演示答卷人", Set.of(Role.PUBLIC), null,
					party);
			int first = random.nextInt(10) < 7 ? 5 : 3 + random.nextInt(2);
			int second = random.nextInt(10) < 6 ? 5 : 2 + random.nextInt(3);
			Actors.runAs(respondent,
					() -> surveys.answer(market.id(),
							new Surveys.Answers(List.of(String.valueOf(first), String.valueOf(second),
									List.of("偏多", "适中", "适中", "偏少").get(random.nextInt(4)),
									comments.get(random.nextInt(comments.size()))))));
		}
		return respondents.size();
	}

}
