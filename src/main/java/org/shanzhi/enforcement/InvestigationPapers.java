package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.shanzhi.documents.OfficialDocument;
import org.shanzhi.documents.OfficialDocument.Section;
import org.springframework.stereotype.Component;

/**
 * The texts of the investigation's documents after the agencies' usual forms (GB/T 9704
 * layout by the renderer): the 询问笔录 and the 现场检查笔录 with the time, the place, the officers
 * and their certificates, whom it heard, what the officers told them (their identity, the
 * rights to recusal and to state and defend), the content, and the signatures or the
 * refusal's witness; and the 先行登记保存通知书.
 */
@Component
class InvestigationPapers {

	private final CasePapers papers;

	InvestigationPapers(CasePapers papers) {
		this.papers = papers;
	}

	/** 询问笔录 or 现场检查笔录 of the record as made. */
	OfficialDocument record(CaseView c, AddRecordCommand r, List<ActingOfficer> officers, String recordedBy,
			String number) {
		CasePapers.Subject s = papers.subject(c);
		boolean inquiry = r.kind() == RecordKind.INQUIRY;
		List<Section> sections = new ArrayList<>();
		List<String> facts = new ArrayList<>();
		facts.add("案件编号：" + c.number() + "；案由：" + s.type().title());
		facts.add((inquiry ? "询问时间：" : "检查时间：")
				+ CasePapers.TIME.format(r.heldAt().atZoneSameInstant(CaseDocuments.SHANGHAI)));
		facts.add((inquiry ? "询问地点：" : "检查地点：") + r.place().strip());
		facts.add((inquiry ? "询问人：" : "检查人：") + officers(officers));
		facts.add("记录人：" + CasePapers.nullToBlank(recordedBy));
		facts.add(s.partyLine());
		if (r.interviewee() != null) {
			Interviewee i = r.interviewee();
			facts.add((inquiry ? "被询问人：" : "现场负责人：") + i.name().strip()
					+ (i.idNumber() == null || i.idNumber().isBlank() ? "" : "；身份证件号码：" + i.idNumber().strip())
					+ "；与本案关系：" + i.relation().strip());
		}
		sections.add(new Section(null, facts));
		sections.add(new Section("告知",
				List.of("我们是" + s.agencyName() + "的执法人员" + names(officers) + "，已向你出示执法证件（证号：" + certificates(officers)
						+ "）。" + (inquiry ? "现依法向你进行询问调查，请你如实回答，" : "现依法对现场进行检查，请你配合，") + "不得拒绝、阻挠或者提供虚假情况。",
						"你有权申请执法人员回避（《中华人民共和国行政处罚法》第四十三条）；你有陈述和申辩的权利。你是否看清执法人员的证件？是否申请回避？",
						inquiry ? "被询问人答：看清了，不申请回避。" : "现场负责人答：看清了，不申请回避。")));
		sections.add(Section.of(inquiry ? "询问内容" : "检查情况", r.content().strip()));
		if (!r.evidence().isEmpty()) {
			sections.add(Section.of("随笔录提取的证据", "共 " + r.evidence().size() + " 件，证据编号："
					+ r.evidence().stream().map(Object::toString).collect(Collectors.joining("、"))));
		}
		if (r.isUrgent()) {
			sections
				.add(Section.of("紧急情况说明", "本次" + (inquiry ? "询问" : "检查") + "在夜间或者法定节假日进行，紧急情况：" + r.urgency().strip()));
		}
		List<String> signatures = new ArrayList<>();
		signatures.add(Boolean.TRUE.equals(r.partySigned()) ? (inquiry ? "被询问人" : "当事人（现场负责人）") + "核对无误后签名：已签名"
				: (inquiry ? "被询问人" : "当事人（现场负责人）") + "拒绝签名。见证人：" + r.refusalWitness().strip());
		signatures.add("执法人员签名：" + names(officers));
		sections.add(new Section("签名", signatures));
		return new OfficialDocument(s.agencyName(), r.kind().title(), number, null, sections,
				CaseDocuments.day(r.heldAt()), null);
	}

	/** 先行登记保存通知书 of the approved preservation. */
	OfficialDocument preservationNotice(CaseView c, PreservationView p, String number, LocalDate decisionDue,
			OffsetDateTime now) {
		CasePapers.Subject s = papers.subject(c);
		List<Section> sections = new ArrayList<>();
		sections.add(Section.of(null, "因你（单位）涉嫌" + s.type().title() + "（案件编号：" + c.number() + "），" + p.reason()
				+ "。根据《中华人民共和国行政处罚法》第五十六条的规定，经本机关负责人批准，对你（单位）的下列物品予以先行登记保存。"));
		List<String> items = new ArrayList<>();
		for (int n = 0; n < p.items().size(); n++) {
			PreservedItem i = p.items().get(n);
			items.add((n + 1) + ". " + i.description() + "，数量：" + i.quantity().toPlainString() + i.unit() + "，保存地点："
					+ i.place());
		}
		sections.add(new Section("先行登记保存物品清单", items));
		sections.add(new Section("告知",
				List.of("在先行登记保存期间，你（单位）不得损毁、销毁、转移或者隐匿上述物品。",
						"本机关将于" + CasePapers.DAY.format(decisionDue) + "前依法作出处理决定；逾期未作出处理决定的，先行登记保存措施自行解除。",
						"执法人员：" + officers(p.officers()))));
		return new OfficialDocument(s.agencyName(), "先行登记保存通知书", number, s.party().name(), sections,
				CaseDocuments.day(now), null);
	}

	static String officers(List<ActingOfficer> officers) {
		return officers.stream()
			.map(o -> o.name() + "（执法证号：" + CasePapers.nullToBlank(o.certificateNumber()) + "）")
			.collect(Collectors.joining("、"));
	}

	private static String names(List<ActingOfficer> officers) {
		return officers.stream().map(ActingOfficer::name).collect(Collectors.joining("、"));
	}

	private static String certificates(List<ActingOfficer> officers) {
		return officers.stream()
			.map(o -> CasePapers.nullToBlank(o.certificateNumber()))
			.collect(Collectors.joining("、"));
	}

}
