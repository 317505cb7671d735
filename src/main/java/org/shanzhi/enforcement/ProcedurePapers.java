package org.shanzhi.enforcement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.shanzhi.documents.OfficialDocument;
import org.shanzhi.documents.OfficialDocument.Section;
import org.springframework.stereotype.Component;

/**
 * The texts of the documents between the report and the decision (集体讨论记录, 行政处罚事先告知书,
 * 听证通知书, 听证笔录, 听证报告, 案件移送书, 送达回证), after the agencies' usual forms.
 */
@Component
class ProcedurePapers {

	private final CasePapers papers;

	ProcedurePapers(CasePapers papers) {
		this.papers = papers;
	}

	private static String time(OffsetDateTime t) {
		return t == null ? "" : CasePapers.TIME.format(t.atZoneSameInstant(CaseDocuments.SHANGHAI));
	}

	OfficialDocument discussion(CaseView c, ProcedureRecords.Discussion d) {
		CasePapers.Subject s = papers.subject(c);
		return new OfficialDocument(s.agencyName(), "集体讨论记录", null, null, List.of(
				new Section("讨论情况",
						List.of("案件编号：" + c.number(), "案由：" + s.type().title(), "时间：" + time(d.heldAt()),
								"主持人：" + (d.presidedByHead() ? "负责人" : ""),
								"出席人员：" + d.attendees()
									.stream()
									.map(a -> a.name() + (a.position() == null ? "" : "（" + a.position() + "）"))
									.collect(Collectors.joining("、")))),
				Section.of("讨论意见", d.opinions()), Section.of("结论", conclusion(d.conclusion()))),
				CaseDocuments.day(d.recordedAt()), null);
	}

	static String conclusion(String c) {
		return switch (c) {
			case "PENALTY" -> "违法事实清楚、证据确凿，依法给予行政处罚。";
			case "NO_PENALTY" -> "违法行为轻微，依法不予行政处罚。";
			case "NOT_ESTABLISHED" -> "违法事实不能成立，不予行政处罚。";
			case "TRANSFER" -> "违法行为涉嫌犯罪或者不属本机关管辖，移送有关机关。";
			default -> "需补充调查。";
		};
	}

	OfficialDocument priorNotice(CaseView c, ProcedureRecords.PriorNotice n, String number) {
		CasePapers.Subject s = papers.subject(c);
		List<Section> sections = new ArrayList<>();
		sections.add(Section.of(null, s.partyLine()));
		sections.add(Section.of("违法事实", n.facts()));
		sections.add(Section.of("理由", n.reasons()));
		sections.add(Section.of("依据",
				n.legalBasis().stream().map(b -> b.law() + b.article()).collect(Collectors.joining("；"))));
		sections.add(Section.of("拟作出的行政处罚", CasePapers.penalties(n.penalties())));
		List<String> rights = new ArrayList<>();
		rights.add(
				"根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）享有陈述、申辩的权利，可以在收到本告知书之日起五个工作日内向本机关提出陈述、申辩。本机关不因你（单位）的陈述、申辩而给予更重的处罚。");
		if (n.hearingRight()) {
			rights
				.add("根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有要求听证的权利，可以在收到本告知书之日起五个工作日内提出听证要求；听证可以网上进行。逾期未提出的，视为放弃此权利。");
		}
		if (n.mediationRight()) {
			rights.add("对因违法行为引起的民事纠纷，你（单位）可以依法申请调解。");
		}
		sections.add(new Section("当事人的权利", rights));
		return new OfficialDocument(s.agencyName(), "行政处罚事先告知书", number, s.party().name(), sections,
				CaseDocuments.day(n.issuedAt()), null);
	}

	OfficialDocument hearingNotice(CaseView c, ProcedureRecords.HearingNotice n, String number, OffsetDateTime now) {
		CasePapers.Subject s = papers.subject(c);
		return new OfficialDocument(
				s.agencyName(), "听证通知书", number, s.party().name(), List.of(
						Section
							.of(null, "根据你（单位）的听证要求，本机关定于" + time(n.scheduledAt()) + "在"
									+ (n.onlineLink() != null ? "网上（" + n.onlineLink() + "）" : n.place()) + "就" + s
										.type()
										.title()
									+ "一案举行" + (n.open() ? "公开" : "不公开") + "听证。"),
						Section.of("听证主持人", n.presidingOfficerName()),
						Section.of("注意事项",
								"你（单位）可以亲自参加听证，也可以委托一至二人代理。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利。认为主持人与本案有直接利害关系的，有权申请回避。")),
				CaseDocuments.day(now), null);
	}

	OfficialDocument hearingRecord(CaseView c, ProcedureRecords.HearingMinutes m) {
		CasePapers.Subject s = papers.subject(c);
		return new OfficialDocument(
				s.agencyName(), "听证笔录", null, null, List.of(
						new Section("听证情况", List.of("案件编号：" + c.number(), "时间：" + time(m.heldAt()),
								"参加人员：" + m.attendees()
									.stream()
									.map(a -> a.name() + "（" + role(a.role()) + "）")
									.collect(Collectors.joining("、")),
								m.partyAbsent() ? "当事人无正当理由未出席，视为放弃听证权利。" : "")),
						Section.of("听证记录", m.record()),
						Section.of("签字",
								m.partySigned() ? "当事人已核对并签字。"
										: "当事人拒绝签字：" + (m.refusalNote() == null ? "" : m.refusalNote()))),
				CaseDocuments.day(m.heldAt()), null);
	}

	OfficialDocument hearingReport(CaseView c, ProcedureRecords.HearingMinutes m) {
		CasePapers.Subject s = papers.subject(c);
		return new OfficialDocument(s.agencyName(), "听证报告", null, null,
				List.of(Section.of("听证概况", m.report().summary()), Section.of("处理意见和建议", m.report().recommendation())),
				CaseDocuments.day(m.heldAt()), null);
	}

	static String role(String r) {
		return switch (r) {
			case "PARTY" -> "当事人";
			case "AGENT" -> "委托代理人";
			case "INVESTIGATOR" -> "案件调查人员";
			case "PRESIDING" -> "主持人";
			case "CLERK" -> "记录员";
			default -> "证人";
		};
	}

	OfficialDocument transfer(CaseView c, ProcedureCommands.TransferOut t, String number, OffsetDateTime now) {
		CasePapers.Subject s = papers.subject(c);
		return new OfficialDocument(s.agencyName(), "案件移送书", number, t.organ(),
				List.of(Section.of(null, s.partyLine()), Section.of("案由", s.type().title()),
						Section.of("移送理由", t.reason()),
						Section.of(null, "根据《中华人民共和国行政处罚法》第二十七条的规定，现将本案移送你机关依法处理，有关材料随案移送。")),
				CaseDocuments.day(now), null);
	}

	OfficialDocument receipt(CaseView c, ProcedureRecords.Delivery d, String number, OffsetDateTime now) {
		CasePapers.Subject s = papers.subject(c);
		return new OfficialDocument(s.agencyName(), "送达回证", number, null, List.of(
				new Section("送达情况",
						List.of("送达文书：" + (d.documentNumber() == null ? d.documentKind() : d.documentNumber()),
								"受送达人：" + d.recipient(), "送达方式：" + method(d.method()),
								"送达时间：" + time(d.deliveredAt() == null ? d.sentAt() : d.deliveredAt()),
								d.witness() == null ? "" : "见证人：" + d.witness(),
								d.postalTrackingNumber() == null ? "" : "邮件单号：" + d.postalTrackingNumber())),
				Section.of("送达人", CasePapers.officers(c))), CaseDocuments.day(now), null);
	}

	static String method(String m) {
		return switch (m) {
			case "IN_PERSON" -> "直接送达";
			case "LEFT_AT_ADDRESS" -> "留置送达";
			case "POST" -> "邮寄送达";
			case "ELECTRONIC" -> "电子送达";
			default -> "公告送达";
		};
	}

}
