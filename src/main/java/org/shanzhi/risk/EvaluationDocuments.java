package org.shanzhi.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shanzhi.documents.DocumentRenderer;
import org.shanzhi.documents.OfficialDocument;
import org.shanzhi.documents.OfficialDocument.Section;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.guidance.GuidanceForm;
import org.shanzhi.guidance.GuidanceForms;
import org.shanzhi.shared.PeopleTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The evaluation report as an official document (PDF): the same figures as its page, as
 * tables of text, with the definitions the comparison uses. A draft says so. Words from
 * the message bundles in Chinese, violation types and forms by their names.
 */
@Component
public class EvaluationDocuments {

	static final int ACT_LINES = 50;

	private final Evaluations evaluations;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final ViolationTypes violationTypes;

	private final GuidanceForms forms;

	EvaluationDocuments(Evaluations evaluations, DocumentRenderer renderer, MessageSource messages,
			ViolationTypes violationTypes, GuidanceForms forms) {
		this.evaluations = evaluations;
		this.renderer = renderer;
		this.messages = messages;
		this.violationTypes = violationTypes;
		this.forms = forms;
	}

	public byte[] pdf(UUID id) {
		return renderer.pdf(document(evaluations.get(id)));
	}

	OfficialDocument document(Evaluations.EvaluationView r) {
		List<Section> sections = new ArrayList<>();
		List<String> basic = new ArrayList<>();
		basic.add("本机关共梳理违法风险点清单 " + r.basic().catalogues().size() + " 份、风险点 " + r.basic().points() + " 项，已公布 "
				+ r.basic().publishedCatalogues() + " 份；征求意见共收到意见 " + r.basic().comments() + " 条，采纳或部分采纳 "
				+ r.basic().commentsAdopted() + " 条，均已答复。");
		for (EvaluationFigures.CatalogueLine c : r.basic().catalogues()) {
			basic.add("· " + category(c.partyCategory()) + "（第" + c.versionNo() + "版，" + status(c) + "）：风险点 "
					+ c.points() + " 项（高 " + c.high() + "、中 " + c.medium() + "、低 " + c.low() + "）"
					+ (c.consultationFrom() == null ? ""
							: "；征求意见 " + c.consultationFrom() + " 至 " + c.consultationTo() + "，意见 " + c.comments()
									+ " 条（采纳 " + c.adopted() + "、部分采纳 " + c.partly() + "、未采纳 " + c.notAdopted() + "）"));
		}
		sections.add(new Section("一、基本情况", basic));
		List<String> measures = new ArrayList<>();
		measures.add("评估期内依据风险点开展行政指导 " + r.measures().acts() + " 次，覆盖行政相对人 " + r.measures().partiesGuided() + " 个。");
		r.measures().byPoint().forEach(p -> measures.add("· " + p.title() + "：" + p.acts() + " 次"));
		if (!r.measures().latest().isEmpty()) {
			measures.add("指导记录（时间｜对象｜执法人员｜方式｜事项）：");
			r.measures()
				.latest()
				.stream()
				.limit(ACT_LINES)
				.forEach(a -> measures.add(PeopleTime.format(a.issuedOn()) + "｜" + a.partyName() + "｜" + a.officer()
						+ "｜" + form(r.agencyId(), a.form()) + "/" + zh("guidance.channel." + a.channel(), a.channel())
						+ "｜" + a.subject()));
			if (r.measures().acts() > ACT_LINES) {
				measures.add("（其余 " + (r.measures().acts() - ACT_LINES) + " 次见平台记录）");
			}
		}
		sections.add(new Section("二、采取的措施", measures));
		EvaluationFigures.ComparisonFigures c = r.comparison();
		List<String> comparison = new ArrayList<>();
		comparison.add("对比期间：本期 " + r.periods().current().from() + " 至 " + r.periods().current().to() + "；上期 "
				+ r.periods().previousPeriod().from() + " 至 " + r.periods().previousPeriod().to() + "；上年同期 "
				+ r.periods().samePeriodLastYear().from() + " 至 " + r.periods().samePeriodLastYear().to() + "。");
		comparison.add("违法行为类型：" + (r.allViolationTypes() ? "本机关全部违法行为类型（风险点未关联违法行为类型）" : violationNames(r)));
		comparison.add("指标｜本期｜上期｜上年同期｜较上期｜较上年同期");
		comparison.add(line("违法行为数（件）", c.violations(), "%"));
		comparison.add(line("守法率（%）", c.complianceRate(), "个百分点"));
		comparison.add(line("群众满意度（1-5 分）", c.satisfaction(), "分"));
		comparison.add("守法率＝本期接受风险点指导的行政相对人中未发生上述违法行为的比例（本期 " + c.compliance().partiesGuided() + " 个中 "
				+ c.compliance().partiesWithViolations() + " 个发生违法）；满意度为回访中当事人评价的平均分。");
		sections.add(new Section("三、对比分析", comparison));
		sections.add(new Section("四、评估结论",
				List.of(r.conclusions() == null ? "（草稿：评估结论待填写）" : r.conclusions())
					.stream()
					.flatMap(t -> java.util.Arrays.stream(t.split("\\R+")))
					.toList()));
		LocalDate date = r.finalisedAt() != null ? r.finalisedAt().atZoneSameInstant(RiskCatalogues.ZONE).toLocalDate()
				: LocalDate.now(RiskCatalogues.ZONE);
		return new OfficialDocument(r.agencyName(), "法律风险防控评估报告" + ("FINAL".equals(r.status()) ? "" : "（草稿）"),
				r.number(), null, sections, date,
				"评估期间：" + r.periodFrom() + " 至 " + r.periodTo() + "。数据来源：善治平台风险点清单、行政指导、执法案件和回访记录。");
	}

	private static String line(String name, Comparison.Measure m, String unit) {
		return name + "｜" + value(m.current()) + "｜" + value(m.previousPeriod()) + "｜" + value(m.samePeriodLastYear())
				+ "｜" + change(m.change(), unit) + "｜" + change(m.changeFromLastYear(), unit);
	}

	private static String value(Double v) {
		if (v == null) {
			return "—";
		}
		return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v);
	}

	private static String change(Double v, String unit) {
		return v == null ? "—" : (v > 0 ? "+" : "") + value(v) + unit;
	}

	private static String status(EvaluationFigures.CatalogueLine c) {
		return switch (c.status()) {
			case DRAFT -> "草案";
			case CONSULTATION -> "征求意见中";
			case PUBLISHED -> "自" + c.effectiveFrom() + "起施行";
		};
	}

	private String category(String c) {
		return zh("party.category." + c, c);
	}

	private String violationNames(Evaluations.EvaluationView r) {
		java.util.Map<String, String> titles = violationTypes.titles(r.agencyId());
		return String.join("、", r.violationCodes().stream().map(code -> titles.getOrDefault(code, code)).toList());
	}

	private String form(UUID agencyId, String code) {
		if (code == null) {
			return "";
		}
		if (GuidanceForm.isBuiltIn(code)) {
			return zh("guidance.form." + code, code);
		}
		return forms.find(agencyId, code).map(GuidanceForms.FormInfo::name).orElse(code);
	}

	private String zh(String key, String fallback) {
		return messages.getMessage(key, null, fallback, java.util.Locale.SIMPLIFIED_CHINESE);
	}

}
