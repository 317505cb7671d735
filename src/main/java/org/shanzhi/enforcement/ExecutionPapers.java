package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.shanzhi.documents.OfficialDocument;
import org.shanzhi.documents.OfficialDocument.Section;
import org.springframework.stereotype.Component;

/**
 * The texts of the 当场处罚决定书 (APL art. 52) and of the 催告书 (Administrative Coercion Law art.
 * 54), after the agencies' usual forms; the rest of a case's documents are
 * {@link CasePapers}'.
 */
@Component
class ExecutionPapers {

	/** Where a fine is paid (罚缴分离, APL art. 67). */
	static final String PAYMENT_PLACE = "指定的代收银行或者电子支付系统";

	private final CasePapers papers;

	ExecutionPapers(CasePapers papers) {
		this.papers = papers;
	}

	/**
	 * 当场处罚决定书: the party, the facts, the penalties and their basis, the statement heard,
	 * where and by when a fine is paid, the rights to reconsideration and suit, the
	 * officers and their certificate numbers.
	 */
	OfficialDocument onTheSpot(CaseView c, SimpleDecision d, OffsetDateTime decidedAt, boolean statementHeard,
			String statement, boolean partySigned, int dueDays, String number) {
		CasePapers.Subject s = papers.subject(c);
		List<Section> sections = new ArrayList<>();
		sections.add(Section.of("当事人", s.partyLine()));
		sections.add(Section.of("违法事实",
				CasePapers.TIME.format(decidedAt.atZoneSameInstant(CaseDocuments.SHANGHAI)) + "，执法人员当场查明：" + c.facts()
						+ "（案由：" + s.type().title() + "，违法行为发生于 " + CasePapers.DAY.format(c.occurredOn()) + "）。"));
		sections.add(Section.of("理由和依据", d.reasons().strip(), "依据：" + d.legalBasis().law() + d.legalBasis().article()));
		sections.add(Section.of("陈述申辩",
				statementHeard
						? "执法人员已当场告知当事人拟作出行政处罚的事实、理由和依据以及依法享有的陈述、申辩权利，并听取了当事人的陈述、申辩："
								+ (statement == null || statement.isBlank() ? "当事人未提出陈述、申辩。" : statement.strip())
						: "未听取当事人的陈述、申辩。"));
		List<String> decided = new ArrayList<>();
		decided.add("依照《中华人民共和国行政处罚法》第五十一条、第五十二条，决定当场给予当事人以下行政处罚：" + penalties(d.penalties()) + "。");
		if (Penalty.fines(d.penalties()).signum() > 0) {
			decided.add("当事人应当自收到本决定书之日起" + dueDays + "日内，持本决定书到" + PAYMENT_PLACE
					+ "缴纳罚款；到期不缴纳的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额（《中华人民共和国行政处罚法》第七十二条）。");
		}
		sections.add(new Section("处罚决定", decided));
		sections.add(Section.of("救济途径",
				"当事人如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。复议、诉讼期间，本决定不停止执行，法律另有规定的除外。"));
		sections.add(Section.of("执法人员", CasePapers.officers(c)));
		sections.add(Section.of("送达", partySigned ? "当事人已当场签收本决定书。" : "当事人未当场签收，本决定书另行送达。"));
		return new OfficialDocument(s.agencyName(), "当场处罚决定书", number, s.party().name(), sections,
				CaseDocuments.day(decidedAt), "本决定书当场交付当事人，并报所属行政机关备案。");
	}

	/**
	 * 催告书: the decision and its delivery, the fine, what is paid, the late fee and what
	 * remains, the 10 days to perform, the right to state and defend (ACL art. 35), the
	 * application to the court that follows.
	 */
	OfficialDocument reminder(CaseView c, LateFees.Standing standing, String number, OffsetDateTime now) {
		CasePapers.Subject s = papers.subject(c);
		DecisionView d = c.decision();
		LocalDate today = CaseDocuments.day(now);
		List<Section> sections = new ArrayList<>();
		sections.add(Section.of("当事人", s.partyLine()));
		sections.add(Section.of("催告事项",
				"本机关于" + CasePapers.DAY.format(CaseDocuments.day(d.decidedAt())) + "作出" + d.documentNumber()
						+ "行政处罚决定，于" + CasePapers.DAY.format(CaseDocuments.day(d.deliveredAt())) + "送达，罚款"
						+ yuan(standing.fine()) + "，缴纳期限至" + CasePapers.DAY.format(standing.payableBy()) + "。截至"
						+ CasePapers.DAY.format(today) + "，已缴纳" + yuan(standing.paid()) + "，依法加处罚款"
						+ yuan(standing.lateFee()) + "，尚欠" + yuan(standing.outstanding()) + "。"));
		sections.add(Section.of("履行要求", "请当事人自收到本催告书之日起十日内，到" + PAYMENT_PLACE + "缴纳上述款项。",
				"当事人有权进行陈述和申辩（《中华人民共和国行政强制法》第三十五条）。逾期仍不履行且无正当理由的，本机关将依法申请人民法院强制执行（《中华人民共和国行政强制法》第五十三条、第五十四条）。"));
		return new OfficialDocument(s.agencyName(), "催告书", number, s.party().name(), sections, today, null);
	}

	/** The penalties in words, e.g. 警告、罚款人民币150.00元. */
	static String penalties(List<Penalty> penalties) {
		return penalties.stream()
			.map(p -> p.kind() == PenaltyKind.FINE ? "罚款人民币" + yuan(p.amount())
					: p.kind() == PenaltyKind.WARNING ? "警告" : p.kind().name())
			.collect(Collectors.joining("、"));
	}

	static String yuan(BigDecimal amount) {
		return LateFees.money(amount).toPlainString() + "元";
	}

}
