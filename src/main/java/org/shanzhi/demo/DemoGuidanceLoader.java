package org.shanzhi.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.directory.PartyView;
import org.shanzhi.documents.DocumentNumbers;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.guidance.Channel;
import org.shanzhi.guidance.DocumentForm;
import org.shanzhi.guidance.FollowUpResult;
import org.shanzhi.guidance.GiveGuidanceCommand;
import org.shanzhi.guidance.GuidanceActView;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.guidance.RectificationInput;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city's guidance (issue 4): the agencies' document prefixes, and some 360 past
 * acts of six agencies across all eight forms and every outcome (accepted, declined,
 * corrected, not corrected and escalated, overdue, visited with a complaint), brought in
 * through the facade's import as the city's paper records would be. Deterministic.
 */
@Component
@Order(20)
class DemoGuidanceLoader extends DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoGuidanceLoader.class);

	static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("justice", "河司"), Map.entry("amr", "河市监"),
			Map.entry("eco", "河环"), Map.entry("urban", "河城管"), Map.entry("transport", "河交"), Map.entry("hrss", "河人社"),
			Map.entry("nrp", "河自然资源"), Map.entry("health", "河卫健"), Map.entry("emergency", "河应急"),
			Map.entry("urban-east", "河东综执"), Map.entry("urban-west", "河西综执"));

	/** Agency code → (officer account, violation codes a failed rectification opens). */
	record Giver(String agency, String officer, List<String> codes) {
	}

	static final List<Giver> GIVERS = List.of(
			new Giver("amr", "demo-officer-amr", List.of("FOOD-LABEL", "PRICE-TAG", "LICENSE-DISPLAY")),
			new Giver("eco", "demo-officer-eco", List.of("EIA-FILING", "CONSTRUCTION-NOISE")),
			new Giver("urban", "demo-officer-urban", List.of()),
			new Giver("transport", "demo-officer-transport", List.of()),
			new Giver("health", "demo-officer-health", List.of()),
			new Giver("emergency", "demo-officer-emergency", List.of()));

	/** A template of an act: form, subject, content, the form's details, the law. */
	record Template(String form, String subject, String content, Map<String, String> details, LegalBasis basis,
			String requirement) {
	}

	static final LegalBasis GUIDELINE = new LegalBasis("《漯河市服务型行政执法工作指引（试行）》", "第十三条");

	static final List<Template> TEMPLATES = List.of(
			new Template("GUIDE", "新版经营许可政策解读", "向辖区经营者宣讲新修订的许可办理流程和网上办理渠道。",
					Map.of("policy", "经营许可网上办理新规", "audience", "辖区新开办经营者"), GUIDELINE, null),
			new Template("GUIDE", "安全生产责任制宣传", "发放安全生产主体责任告知书，讲解企业主要负责人的法定职责。",
					Map.of("policy", "安全生产主体责任清单", "audience", "企业主要负责人"), new LegalBasis("《中华人民共和国安全生产法》", "第五条"),
					null),
			new Template("DEMONSTRATE", "明厨亮灶示范观摩", "组织观摩示范单位的明厨亮灶和食品留样做法。",
					Map.of("exemplar", "河洛市老街示范餐馆", "practice", "明厨亮灶、食品留样、索证索票"), GUIDELINE, null),
			new Template("DEMONSTRATE", "危废规范化管理示范", "组织参观危险废物规范化贮存示范车间。",
					Map.of("exemplar", "河洛市示范化工有限公司", "practice", "危废分类贮存、台账管理"), GUIDELINE, null),
			new Template("REMIND", "营业执照年报提示", "提示当事人在 6 月 30 日前报送上一年度年度报告。", Map.of("item", "企业年度报告须于每年 6 月 30 日前报送"),
					new LegalBasis("《企业信息公示暂行条例》", "第八条"), null),
			new Template("REMIND", "消防通道畅通提示", "提示当事人保持疏散通道、安全出口畅通，不得堆放杂物。", Map.of("item", "疏散通道、安全出口禁止堆放杂物"),
					new LegalBasis("《中华人民共和国消防法》", "第二十八条"), "清理疏散通道内堆放的杂物"),
			new Template("COACH", "食品安全自查辅导", "辅导当事人按照自查表开展食品安全自查并建立台账。",
					Map.of("topic", "食品安全自查", "materials", "食品安全自查表、台账样本"), new LegalBasis("《中华人民共和国食品安全法》", "第四十七条"),
					null),
			new Template("COACH", "排污许可申报辅导", "辅导当事人通过全国排污许可证管理信息平台申报。",
					Map.of("topic", "排污许可申报", "materials", "申报操作手册"), new LegalBasis("《排污许可管理条例》", "第六条"), null),
			new Template("ADVISE", "价格公示方式建议", "建议当事人采用电子价签统一公示商品价格。",
					Map.of("recommendation", "采用电子价签并定期核对", "options", "电子价签；纸质价签统一更换"),
					new LegalBasis("《中华人民共和国价格法》", "第十三条"), "统一更换不规范的价签"),
			new Template("ADVISE", "噪声防治措施建议", "建议当事人调整高噪声工序作业时间并加装隔声屏障。", Map.of("recommendation", "夜间停止高噪声作业，加装隔声屏障"),
					new LegalBasis("《中华人民共和国噪声污染防治法》", "第四十条"), "加装隔声屏障并调整作业时间"),
			new Template("PERSUADE", "超范围经营规劝", "当事人存在超出登记范围经营的苗头，规劝其及时办理变更登记。",
					Map.of("violation", "超出登记经营范围销售预包装食品", "said", "告知法律后果，规劝停止超范围经营并办理变更"),
					new LegalBasis("《中华人民共和国市场主体登记管理条例》", "第二十四条"), "办理经营范围变更登记"),
			new Template("PERSUADE", "渣土车未覆盖规劝", "当事人运输车辆存在未覆盖苗头，规劝其落实密闭运输。",
					Map.of("violation", "渣土运输车辆未密闭覆盖", "said", "讲解扬尘治理规定，规劝落实覆盖"),
					new LegalBasis("《中华人民共和国大气污染防治法》", "第七十条"), "全部车辆加装密闭篷布"),
			new Template("INTERVIEW", "食品标签问题约谈", "约谈当事人负责人，通报抽检发现的标签问题并提出整改要求。",
					Map.of("attendees", "当事人负责人、质量负责人", "problems", "预包装食品标签缺少生产者联系方式", "provisions", "食品安全法第六十七条",
							"requirements", "下架并更换不合格标签"),
					new LegalBasis("《中华人民共和国食品安全法》", "第六十七条"), "下架并更换不合格标签"),
			new Template("INTERVIEW", "环评手续约谈", "约谈建设单位负责人，指出项目未备案环境影响登记表的问题。",
					Map.of("attendees", "建设单位负责人、环保专员", "problems", "环境影响登记表未备案", "provisions", "环境影响评价法第二十二条",
							"requirements", "在网上备案系统完成备案"),
					new LegalBasis("《中华人民共和国环境影响评价法》", "第二十二条"), "完成环境影响登记表备案"));

	private final Agencies agencies;

	private final Parties parties;

	private final Accounts accounts;

	private final DocumentNumbers numbers;

	private final GuidanceActs acts;

	private final WorkingDays workingDays;

	private final Clock clock;

	private final EnforcementCases cases;

	DemoGuidanceLoader(Agencies agencies, Parties parties, Accounts accounts, DocumentNumbers numbers,
			GuidanceActs acts, WorkingDays workingDays, Clock clock, EnforcementCases cases) {
		this.cases = cases;
		this.agencies = agencies;
		this.parties = parties;
		this.accounts = accounts;
		this.numbers = numbers;
		this.acts = acts;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Override
	void loadDemo() {
		AgencyView amr = agencies.findByCode("amr").orElse(null);
		if (amr == null || Actors.runAs(Actor.SYSTEM, () -> numbers.configuredPrefix(amr.id()).isPresent())) {
			return;
		}
		long started = System.nanoTime();
		int count = Actors.runAs(Actor.SYSTEM, () -> {
			PREFIXES
				.forEach((code, prefix) -> agencies.findByCode(code).ifPresent(a -> numbers.setPrefix(a.id(), prefix)));
			return load();
		});
		log.info("Loaded {} demo guidance acts in {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

	private int load() {
		Map<PartyCategory, List<PartyView>> byCategory = new EnumMap<>(PartyCategory.class);
		for (int page = 0;; page++) {
			var result = parties.search(null, page, 200);
			result.items().forEach(p -> byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p));
			if (result.items().size() < 200) {
				break;
			}
		}
		Random random = new Random(20260404L);
		LocalDate today = LocalDate.now(clock.withZone(org.shanzhi.shared.PeopleTime.ZONE));
		int count = 0;
		Map<UUID, UUID> officers = new HashMap<>();
		for (Giver giver : GIVERS) {
			AgencyView agency = agencies.findByCode(giver.agency()).orElse(null);
			var officer = accounts.findByUsername(giver.officer()).orElse(null);
			if (agency == null || officer == null) {
				continue;
			}
			officers.put(agency.id(), officer.id());
			List<PartyView> candidates = new ArrayList<>();
			for (var seed : DemoCity.AGENCIES) {
				if (seed.code().equals(giver.agency())) {
					seed.categories().forEach(c -> candidates.addAll(byCategory.getOrDefault(c, List.of())));
				}
			}
			if (candidates.isEmpty()) {
				continue;
			}
			int n = giver.codes().isEmpty() ? 40 : 80;
			for (int i = 0; i < n; i++) {
				count += one(random, today, agency, officer.id(), giver, candidates);
			}
		}
		return count + guidedCases(random, today, officers);
	}

	/**
	 * About a quarter of the agencies' decided cases had the party persuaded while the
	 * case was handled (处罚与教育相结合): an act of guidance about the case, a few days after
	 * the violation, before the decision.
	 */
	private int guidedCases(Random random, LocalDate today, Map<UUID, UUID> officers) {
		int count = 0;
		for (int page = 0;; page++) {
			var found = cases.search(null, null, page, 200);
			for (CaseView c : found.items()) {
				UUID officer = officers.get(c.agencyId());
				LocalDate issued = c.occurredOn().plusDays(1 + random.nextInt(5));
				if (officer == null || c.decision() == null || random.nextInt(4) > 0 || issued.isAfter(today)) {
					continue;
				}
				GiveGuidanceCommand persuade = new GiveGuidanceCommand(c.partyId(), "PERSUADE", DocumentForm.SIMPLE,
						Channel.IN_PERSON, "办案中说服教育", "立案后向当事人讲解相关法律规定，说服其主动纠正违法行为、消除危害后果。",
						List.of(new LegalBasis("《中华人民共和国行政处罚法》", "第六条")), null,
						Map.of("violation", c.facts(), "said", "讲解法律规定和从轻、减轻情形，说服当事人主动改正"), null, null, c.id(), null,
						null, null, issued, false, false);
				acts.importPast(persuade, c.agencyId(), officer, Boolean.TRUE, null, null);
				count++;
			}
			if (found.items().size() < 200) {
				return count;
			}
		}
	}

	private int one(Random random, LocalDate today, AgencyView agency, UUID officer, Giver giver,
			List<PartyView> candidates) {
		Template t = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
		PartyView party = candidates.get(random.nextInt(candidates.size()));
		LocalDate issued = today.minusDays(3 + random.nextInt(300));
		boolean written = t.form().equals("INTERVIEW") || random.nextInt(3) == 0;
		Channel channel = written ? Channel.DOCUMENT
				: List.of(Channel.IN_PERSON, Channel.PHONE, Channel.SMS, Channel.WECHAT).get(random.nextInt(4));
		RectificationInput rect = null;
		if (t.requirement() != null) {
			LocalDate deadline = workingDays.plusWorkingDays(issued, 5 + random.nextInt(15));
			String code = giver.codes().isEmpty() ? null : giver.codes().get(random.nextInt(giver.codes().size()));
			rect = new RectificationInput(t.requirement(), deadline, code);
		}
		boolean major = random.nextInt(8) == 0;
		GiveGuidanceCommand give = new GiveGuidanceCommand(party.id(), t.form(),
				written ? DocumentForm.WRITTEN : DocumentForm.SIMPLE, channel, t.subject(), t.content(),
				List.of(t.basis()), null, t.details(), null, null, null, null, null, rect, issued, major, false);
		int roll = random.nextInt(100);
		Boolean accepted = roll < 80 ? Boolean.TRUE : roll < 92 ? Boolean.FALSE : null;
		Boolean corrected = null;
		if (rect != null && rect.deadline().isBefore(today)) {
			int r = random.nextInt(100);
			corrected = r < 75 ? Boolean.TRUE : (r < 87 && rect.violationCode() != null) ? Boolean.FALSE : null;
		}
		String note = Boolean.FALSE.equals(corrected) ? "期满复查，当事人仍未整改"
				: Boolean.FALSE.equals(accepted) ? "当事人表示暂不采纳" : null;
		GuidanceActView act = acts.importPast(give, agency.id(), officer, accepted, corrected, note);
		int made = 1;
		if (major && random.nextBoolean()) {
			LocalDate visited = (rect != null ? rect.deadline() : issued).plusDays(10 + random.nextInt(10));
			if (visited.isBefore(today)) {
				boolean complaint = random.nextInt(6) == 0;
				FollowUpResult result = new FollowUpResult(rect == null ? null : !Boolean.FALSE.equals(corrected), true,
						!complaint, false, complaint ? 2 : 4 + random.nextInt(2),
						complaint ? "希望执法人员说话客气些" : "指导及时，很有帮助", complaint ? "执法人员态度生硬" : null);
				GiveGuidanceCommand visit = new GiveGuidanceCommand(party.id(), "FOLLOW_UP", DocumentForm.SIMPLE,
						Channel.IN_PERSON, "回访：" + t.subject(), "上门回访，了解整改保持情况和对执法工作的意见。", List.of(t.basis()), null,
						null, null, null, null, act.id(), result, null, visited, false, false);
				acts.importPast(visit, agency.id(), officer, null, null, null);
				made++;
			}
		}
		return made;
	}

}
