package org.shanzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.shanzhi.directory.AgencyKind;
import org.shanzhi.directory.AgencyLevel;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.directory.RegisterPartyCommand;
import org.shanzhi.security.Role;
import org.shanzhi.shared.CreditCodes;
import org.shanzhi.shared.ResidentIdNumbers;

/**
 * The fictional city: every name, number and identifier here is made up, and generated
 * from a fixed seed so that every machine gets the same city.
 */
final class DemoCity {

	static final String CITY_DIVISION = "419900";

	static final String EAST_DIVISION = "419902";

	static final String WEST_DIVISION = "419903";

	record AgencySeed(String code, String name, String division, AgencyLevel level, AgencyKind kind, String parent,
			String head, List<PartyCategory> categories) {
	}

	record AccountSeed(String username, String displayName, String agency, Set<Role> roles) {
	}

	static final List<AgencySeed> AGENCIES = List.of(
			new AgencySeed("justice", "河洛市司法局", CITY_DIVISION, AgencyLevel.CITY, AgencyKind.SUPERVISOR, null, "周正清",
					List.of()),
			new AgencySeed("amr", "河洛市市场监督管理局", CITY_DIVISION, AgencyLevel.CITY, AgencyKind.ENFORCEMENT, null, "李建华",
					List.of(PartyCategory.CATERING, PartyCategory.FOOD_PRODUCTION, PartyCategory.RETAIL,
							PartyCategory.PHARMACY)),
			new AgencySeed("eco", "河洛市生态环境局", CITY_DIVISION, AgencyLevel.CITY, AgencyKind.ENFORCEMENT, null, "王海燕",
					List.of(PartyCategory.MANUFACTURING, PartyCategory.HAZARDOUS_CHEMICALS, PartyCategory.MINING)),
			new AgencySeed("urban", "河洛市城市管理综合行政执法局", CITY_DIVISION, AgencyLevel.CITY, AgencyKind.ENFORCEMENT, null,
					"张国强", List.of(PartyCategory.CONSTRUCTION, PartyCategory.RETAIL, PartyCategory.RESIDENT)),
			new AgencySeed("transport", "河洛市交通运输局", CITY_DIVISION, AgencyLevel.CITY, AgencyKind.ENFORCEMENT, null,
					"刘志远", List.of(PartyCategory.TRANSPORT)),
			new AgencySeed("hrss", "河洛市人力资源和社会保障局", CITY_DIVISION, AgencyLevel.CITY, AgencyKind.ENFORCEMENT, null,
					"陈丽娟", List.of(PartyCategory.EMPLOYER)),
			new AgencySeed("nrp", "河洛市自然资源和规划局", CITY_DIVISION, AgencyLevel.CITY, AgencyKind.ENFORCEMENT, null, "杨明",
					List.of(PartyCategory.REAL_ESTATE, PartyCategory.MINING, PartyCategory.AGRICULTURE)),
			new AgencySeed("health", "河洛市卫生健康委员会", CITY_DIVISION, AgencyLevel.CITY, AgencyKind.ENFORCEMENT, null, "赵雪梅",
					List.of(PartyCategory.MEDICAL, PartyCategory.ACCOMMODATION, PartyCategory.ENTERTAINMENT)),
			new AgencySeed("emergency", "河洛市应急管理局", CITY_DIVISION, AgencyLevel.CITY, AgencyKind.ENFORCEMENT, null,
					"孙立军", List.of(PartyCategory.HAZARDOUS_CHEMICALS, PartyCategory.MINING)),
			new AgencySeed("urban-east", "河洛市东城区综合行政执法局", EAST_DIVISION, AgencyLevel.COUNTY, AgencyKind.ENFORCEMENT,
					"urban", "吴振宇", List.of(PartyCategory.CONSTRUCTION, PartyCategory.CATERING)),
			new AgencySeed("urban-west", "河洛市西城区综合行政执法局", WEST_DIVISION, AgencyLevel.COUNTY, AgencyKind.ENFORCEMENT,
					"urban", "郑晓东", List.of(PartyCategory.CONSTRUCTION, PartyCategory.RETAIL)),
			// the county rule-of-law office of 东城区 (issue 23: its county supervisor)
			new AgencySeed("justice-east", "河洛市东城区司法局", EAST_DIVISION, AgencyLevel.COUNTY, AgencyKind.SUPERVISOR,
					"justice", "何志诚", List.of()));

	/**
	 * The accounts that acceptance tests rely on (README), and one officer account per
	 * agency.
	 */
	static List<AccountSeed> accounts() {
		List<AccountSeed> list = new ArrayList<>();
		list.add(new AccountSeed("demo-admin", "系统管理员", null, Set.of(Role.ADMIN)));
		list.add(new AccountSeed("demo-supervisor", "周监督（司法局）", "justice", Set.of(Role.SUPERVISOR)));
		list.add(new AccountSeed("demo-officer-amr", "王执法（市场监管）", "amr", Set.of(Role.OFFICER)));
		list.add(new AccountSeed("demo-head-amr", "李建华（市场监管局长）", "amr", Set.of(Role.AGENCY_HEAD)));
		list.add(new AccountSeed("demo-legal-amr", "韩法审（市场监管法制科）", "amr", Set.of(Role.LEGAL_REVIEWER)));
		list.add(new AccountSeed("demo-mediator", "赵调解（市场监管）", "amr", Set.of(Role.MEDIATOR)));
		list.add(new AccountSeed("demo-officer-eco", "陈执法（生态环境）", "eco", Set.of(Role.OFFICER)));
		list.add(new AccountSeed("demo-reconsideration", "孙复议（司法局行政复议）", "justice", Set.of(Role.MEDIATOR)));
		list.add(new AccountSeed("demo-legal-justice", "冯法审（司法局）", "justice", Set.of(Role.LEGAL_REVIEWER)));
		// the 司法局's head, who registers its reconsideration mediators (issue 23: a
		// session
		// needs an assigned mediator)
		list.add(new AccountSeed("demo-head-justice", "吴振国（司法局长）", "justice", Set.of(Role.AGENCY_HEAD)));
		// issue 23: a second officer in the market and ecology bureaus (two-officer
		// steps,
		// a reviewer and a presiding officer who did not investigate), the ecology
		// bureau's
		// head and legal reviewer with their own officers, the county supervisor of 东城区
		list.add(new AccountSeed("demo-officer-amr-2", "郑执法（市场监管）", "amr", Set.of(Role.OFFICER)));
		list.add(new AccountSeed("demo-officer-eco-2", "许执法（生态环境）", "eco", Set.of(Role.OFFICER)));
		list.add(new AccountSeed("demo-head-eco", "王海燕（生态环境局长）", "eco", Set.of(Role.AGENCY_HEAD)));
		list.add(new AccountSeed("demo-legal-eco", "刘法审（生态环境法制科）", "eco", Set.of(Role.LEGAL_REVIEWER)));
		list.add(new AccountSeed("demo-supervisor-east", "何监督（东城区司法局）", "justice-east", Set.of(Role.SUPERVISOR)));
		for (AgencySeed a : AGENCIES) {
			if (Set.of("urban", "emergency", "hrss").contains(a.code())) {
				// heads who publish their agencies' risk catalogues (demo data of issue
				// 6)
				list.add(new AccountSeed("demo-head-" + a.code(), a.head() + "（" + a.name().replace("河洛市", "") + "）",
						a.code(), Set.of(Role.AGENCY_HEAD)));
			}
			if (a.kind() == AgencyKind.ENFORCEMENT && !a.code().equals("amr") && !a.code().equals("eco")) {
				list.add(new AccountSeed("demo-officer-" + a.code(), "执法人员（" + a.name().replace("河洛市", "") + "）",
						a.code(), Set.of(Role.OFFICER)));
			}
		}
		return list;
	}

	private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕".split("");

	private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌海燕鹏飞宇浩然欣怡子涵".split("");

	private static final String[] PLACES = { "老街", "洛滨", "龙门", "伊川", "瀍河", "涧西", "青山", "翠湖", "北邙", "南关", "金谷", "牡丹",
			"天街", "定鼎", "河畔", "新区", "古城", "嵩岳", "云锦", "华彩" };

	private static String orgSuffix(PartyCategory c, Random r) {
		return switch (c) {
			case CATERING -> pick(r, "面馆餐饮有限公司", "酒家", "小吃店", "火锅餐饮管理有限公司", "食堂管理有限公司");
			case FOOD_PRODUCTION -> pick(r, "食品有限公司", "粮油加工厂", "乳业有限公司");
			case RETAIL -> pick(r, "百货商行", "超市有限公司", "便利店", "五金建材经营部");
			case PHARMACY -> pick(r, "大药房有限公司", "医药连锁有限公司");
			case CONSTRUCTION -> pick(r, "建筑工程有限公司", "建设集团有限公司", "市政工程有限公司");
			case TRANSPORT -> pick(r, "运输有限公司", "物流有限公司", "客运有限公司", "出租汽车有限公司");
			case MANUFACTURING -> pick(r, "机械制造有限公司", "纺织有限公司", "包装材料有限公司", "陶瓷有限公司");
			case HAZARDOUS_CHEMICALS -> pick(r, "化工有限公司", "燃气有限公司", "危险品储运有限公司");
			case MEDICAL -> pick(r, "诊所", "口腔门诊部", "医院有限公司");
			case EDUCATION -> pick(r, "培训学校", "教育咨询有限公司");
			case ACCOMMODATION -> pick(r, "宾馆", "酒店管理有限公司", "民宿");
			case ENTERTAINMENT -> pick(r, "文化娱乐有限公司", "网吧", "KTV");
			case REAL_ESTATE -> pick(r, "房地产开发有限公司", "置业有限公司");
			case MINING -> pick(r, "矿业有限公司", "砂石料场");
			case AGRICULTURE -> pick(r, "农业专业合作社", "生态农业有限公司", "种植专业合作社");
			case EMPLOYER -> pick(r, "人力资源服务有限公司", "劳务有限公司", "电子科技有限公司");
			default -> "有限公司";
		};
	}

	/** The parties of the city: a fixed first one for walkthroughs, then a seeded mix. */
	static List<RegisterPartyCommand> parties(int count) {
		Random r = new Random(2026);
		List<RegisterPartyCommand> list = new ArrayList<>();
		list.add(new RegisterPartyCommand(PartyKind.ORGANIZATION, "河洛市老街面馆餐饮有限公司", null, creditCode(r, CITY_DIVISION),
				PartyCategory.CATERING, "河洛市东城区老街路18号", "03798812345"));
		list.add(new RegisterPartyCommand(PartyKind.PERSON, "张伟",
				residentId(r, EAST_DIVISION, LocalDate.of(1985, 3, 12)), null, PartyCategory.RESIDENT, "河洛市东城区翠湖小区3号楼",
				"13803791234"));
		PartyCategory[] categories = PartyCategory.values();
		String[] divisions = { CITY_DIVISION, EAST_DIVISION, WEST_DIVISION };
		while (list.size() < count) {
			String division = divisions[r.nextInt(divisions.length)];
			String address = "河洛市" + (division.equals(WEST_DIVISION) ? "西城区" : "东城区") + PLACES[r.nextInt(PLACES.length)]
					+ "路" + (1 + r.nextInt(300)) + "号";
			String phone = "13" + (5 + r.nextInt(5)) + String.format("%08d", r.nextInt(100_000_000));
			if (r.nextInt(4) == 0) {
				String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]
						+ (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "");
				LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55));
				PartyCategory category = r.nextInt(3) == 0 ? PartyCategory.RETAIL : PartyCategory.RESIDENT;
				list.add(new RegisterPartyCommand(PartyKind.PERSON, name, residentId(r, division, birth), null,
						category, address, phone));
			}
			else {
				PartyCategory category = categories[r.nextInt(categories.length - 2)];
				String name = "河洛市" + PLACES[r.nextInt(PLACES.length)] + PLACES[r.nextInt(PLACES.length)].charAt(0)
						+ orgSuffix(category, r);
				if (list.stream().anyMatch(p -> p.name().equals(name))) {
					continue;
				}
				list.add(new RegisterPartyCommand(PartyKind.ORGANIZATION, name, null, creditCode(r, division), category,
						address, "0379" + String.format("%08d", r.nextInt(100_000_000))));
			}
		}
		return list;
	}

	static String residentId(Random r, String division, LocalDate birth) {
		String first17 = division + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
		return first17 + ResidentIdNumbers.checkCharacter(first17);
	}

	static String creditCode(Random r, String division) {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		StringBuilder org = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			org.append(i < 2 ? alphabet.charAt(r.nextInt(10)) : alphabet.charAt(r.nextInt(alphabet.length())));
		}
		String orgCode = org.toString() + CreditCodes.organisationCodeCheck(org.toString());
		String first17 = "91" + division + orgCode;
		return first17 + CreditCodes.checkCharacter(first17);
	}

	private static String pick(Random r, String... options) {
		return options[r.nextInt(options.length)];
	}

	private DemoCity() {
	}

}
