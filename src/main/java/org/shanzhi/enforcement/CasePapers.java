package org.shanzhi.enforcement;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.directory.PartyView;
import org.shanzhi.documents.OfficialDocument;
import org.shanzhi.documents.OfficialDocument.Section;
import org.springframework.stereotype.Component;

/**
 * The texts of a case's documents after the agencies' usual forms: what every document of
 * the case opens with (the case, the party, the violation) and the parts each kind adds.
 * Each step that issues a document asks for its content here, at the moment of issuing;
 * the content is then kept as issued ({@link CaseDocuments}).
 */
@Component
class CasePapers {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);

	private final Agencies agencies;

	private final ViolationTypes violationTypes;

	private final org.shanzhi.directory.Parties parties;

	CasePapers(Agencies agencies, ViolationTypes violationTypes, org.shanzhi.directory.Parties parties) {
		this.agencies = agencies;
		this.violationTypes = violationTypes;
		this.parties = parties;
	}

	/** The people and things a case's documents name. */
	record Subject(String agencyName, PartyView party, ViolationTypeView type) {

		String partyLine() {
			String id = party.kind() == PartyKind.PERSON ? "身份证件号码：" + nullToBlank(party.idNumber())
					: "统一社会信用代码：" + nullToBlank(party.creditCode());
			return "当事人：" + party.name() + "；" + id + "；地址：" + nullToBlank(party.address());
		}

		String basis() {
			return type.legalBasis().law() + type.legalBasis().article();
		}

	}

	Subject subject(CaseView c) {
		return new Subject(agencies.get(c.agencyId()).name(), parties.get(c.partyId()),
				violationTypes.byId(c.violationTypeId()).orElseThrow());
	}

	/** 立案审批表. */
	OfficialDocument filingApproval(CaseView c, String number, String note, OffsetDateTime now) {
		Subject s = subject(c);
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("案件基本情况",
				List.of("案件编号：" + c.number(), s.partyLine(), "案由：" + s.type().title(),
						"违法行为发生日期：" + DAY.format(c.occurredOn()), "发现日期：" + DAY.format(c.discoveredOn()),
						"案件来源：" + origin(c.origin()))));
		sections.add(Section.of("简要案情", c.facts()));
		sections.add(Section.of("承办人员", officers(c)));
		sections.add(new Section("审批意见", List.of("同意立案。" + (note == null ? "" : note),
				c.filingLateReason() == null ? "" : "超过立案期限的理由：" + c.filingLateReason())));
		return new OfficialDocument(s.agencyName(), "立案审批表", number, null, sections, CaseDocuments.day(now), null);
	}

	/** 案件调查终结报告. */
	OfficialDocument report(CaseView c, String number, InvestigateCommand r, OffsetDateTime now) {
		Subject s = subject(c);
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("案件基本情况", List.of("案件编号：" + c.number(), s.partyLine(), "案由：" + s.type().title(),
				"立案日期：" + (c.filedOn() == null ? "" : DAY.format(c.filedOn())))));
		sections.add(Section.of("调查认定的事实", r.findings()));
		sections.add(Section.of("法律依据", s.basis()));
		sections.add(new Section("处理意见",
				List.of("建议处理：" + treatment(r.proposedTreatment() == null ? null : r.proposedTreatment().name()),
						"建议处罚：" + penalties(r.proposedPenalties()),
						r.departureReason() == null ? "" : "与包容审慎清单建议不一致的理由：" + r.departureReason(),
						r.reviewAnswer() == null ? "" : "对法制审核意见的回复：" + r.reviewAnswer(),
						(r.major() ? "本案属重大案件。" : "") + (r.complex() ? "本案情节复杂。" : ""))));
		sections.add(Section.of("承办人员", officers(c)));
		return new OfficialDocument(s.agencyName(), "案件调查终结报告", number, null, sections, CaseDocuments.day(now), null);
	}

	/** 法制审核意见书. */
	OfficialDocument reviewOpinion(CaseView c, String number, boolean approve, String note, List<String> opinions,
			OffsetDateTime now) {
		Subject s = subject(c);
		List<String> lines = new ArrayList<>();
		lines.add(approve ? "经审核，同意承办机构意见。" : "经审核，退回承办机构补充调查或者说明理由。");
		if (note != null) {
			lines.add(note);
		}
		if (opinions != null) {
			for (int i = 0; i < opinions.size(); i++) {
				lines.add((i + 1) + ". " + opinions.get(i));
			}
		}
		return new OfficialDocument(s.agencyName(), "法制审核意见书", number, null,
				List.of(new Section("审核对象", List.of("案件编号：" + c.number(), s.partyLine(), "案由：" + s.type().title())),
						new Section("审核意见", lines)),
				CaseDocuments.day(now), null);
	}

	/** 行政处罚决定书 or 不予行政处罚决定书. */
	OfficialDocument decision(CaseView c, String number, OffsetDateTime now) {
		Subject s = subject(c);
		DecisionView d = c.decision();
		boolean none = d.penalties().isEmpty();
		List<Section> sections = new ArrayList<>();
		sections.add(Section.of(null, s.partyLine()));
		sections.add(Section.of("违法事实", c.findings() == null ? c.facts() : c.findings()));
		sections.add(Section.of("处罚理由", d.reasons()));
		sections.add(Section.of("法律依据", d.legalBasis().law() + d.legalBasis().article()));
		sections.add(Section.of("决定内容", none ? "决定不予行政处罚（" + treatment(d.treatment().name()) + "）。"
				: "决定给予如下行政处罚：" + penalties(d.penalties()) + "。"));
		if (!none && Penalty.fines(d.penalties()).signum() > 0) {
			sections.add(Section.of("履行方式和期限",
					"请于收到本决定书之日起" + (d.payment() == null ? 15 : d.payment().dueDays()) + "日内，持缴款通知书到指定银行缴纳罚款，缴入"
							+ (d.payment() == null ? "" : d.payment().account())
							+ "。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。"));
		}
		sections.add(Section.of("救济途径",
				"如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行（法律另有规定的除外）。"));
		return new OfficialDocument(s.agencyName(), none ? "不予行政处罚决定书" : "行政处罚决定书", number, s.party().name(), sections,
				CaseDocuments.day(now), null);
	}

	/** 结案审批表. */
	OfficialDocument closure(CaseView c, String number, String summary, OffsetDateTime now) {
		Subject s = subject(c);
		DecisionView d = c.decision();
		return new OfficialDocument(s.agencyName(), "结案审批表", number, null,
				List.of(new Section("案件基本情况", List.of("案件编号：" + c.number(), s.partyLine(), "案由：" + s.type().title())),
						new Section("处理结果", List.of(d == null ? "已移送。" : "决定书：" + nullToBlank(d.documentNumber()),
								d == null ? ""
										: "处罚：" + (d.penalties().isEmpty() ? "不予处罚" : penalties(d.penalties())))),
						Section.of("结案意见", summary == null ? "执行完毕，同意结案。" : summary)),
				CaseDocuments.day(now), null);
	}

	/** The penalties in words, e.g. 警告；罚款人民币2,000.00元; 无 for none. */
	static String penalties(List<Penalty> penalties) {
		return penalties == null || penalties.isEmpty() ? "无" : PenaltyTexts.describe(penalties);
	}

	static String treatment(String treatment) {
		if (treatment == null) {
			return "";
		}
		return switch (treatment) {
			case "NO_PENALTY" -> "不予处罚";
			case "LIGHTER" -> "从轻处罚";
			case "MITIGATED" -> "减轻处罚";
			case "STANDARD" -> "依法处罚";
			case "NOT_ESTABLISHED" -> "违法事实不成立";
			default -> treatment;
		};
	}

	/** The case's acting officers with their certificate numbers. */
	static String officers(CaseView c) {
		return c.actingOfficers()
			.stream()
			.map(o -> o.name() + "（执法证号：" + nullToBlank(o.certificateNumber()) + "）")
			.collect(Collectors.joining("、"));
	}

	static String origin(CaseOrigin origin) {
		return switch (origin) {
			case INSPECTION -> "监督检查";
			case COMPLAINT -> "投诉举报";
			case GUIDANCE -> "行政指导未整改";
			case EX_OFFICIO -> "依职权发现";
			case REFERRAL -> "移送";
			case EXCHANGE -> "信息共享";
		};
	}

	static String nullToBlank(String text) {
		return text == null ? "" : text;
	}

}
