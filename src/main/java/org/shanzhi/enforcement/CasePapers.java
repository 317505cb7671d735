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
