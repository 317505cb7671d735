package org.shanzhi.enforcement;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Penalties (APL art. 9) in the words of a decision and of its 公示, e.g.
 * {@code 警告；罚款人民币2,000.00元}: each penalty with the fields of its kind, joined by
 * {@code ；}.
 */
public final class PenaltyTexts {

	private PenaltyTexts() {
	}

	/** The penalties in words; empty for none. */
	public static String describe(List<Penalty> penalties) {
		return penalties == null ? "" : penalties.stream().map(PenaltyTexts::describe).collect(Collectors.joining("；"));
	}

	/** One penalty in words. */
	public static String describe(Penalty p) {
		return switch (p.kind()) {
			case WARNING -> "警告";
			case PUBLIC_CRITICISM -> "通报批评";
			case FINE -> "罚款" + yuan(p.amount());
			case CONFISCATE_GAINS -> "没收违法所得" + yuan(p.amount());
			case CONFISCATE_PROPERTY -> "没收非法财物" + items(p.items());
			case SUSPEND_LICENCE -> "暂扣" + licence(p.licence()) + period(p.from(), p.until());
			case DOWNGRADE_QUALIFICATION -> "降低资质等级" + (p.licence() == null ? "" : "（" + licence(p.licence()) + "）");
			case REVOKE_LICENCE -> "吊销" + licence(p.licence());
			case RESTRICT_OPERATIONS -> "限制开展生产经营活动" + scope(p.scope()) + period(p.from(), p.until());
			case SUSPEND_OPERATIONS -> "责令停产停业" + scope(p.scope()) + period(p.from(), p.until());
			case ORDER_CLOSURE -> "责令关闭";
			case RESTRICT_PRACTICE -> "限制从业" + scope(p.scope()) + period(p.from(), p.until());
			case DETENTION_REFERRED -> "移送" + blank(p.organ()) + "依法处以行政拘留";
			case OTHER -> blank(p.description());
		};
	}

	/** {@code 人民币2,000.00元}. */
	public static String yuan(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return "人民币" + format.format(amount) + "元";
	}

	private static String items(List<Penalty.Item> items) {
		if (items.isEmpty()) {
			return "";
		}
		return "：" + items.stream()
			.map(i -> i.description() + (i.quantity() == null || i.quantity().isBlank() ? "" : i.quantity())
					+ (i.value() == null ? "" : "（价值" + yuan(i.value()) + "）"))
			.collect(Collectors.joining("、"));
	}

	private static String licence(Penalty.Licence licence) {
		if (licence == null) {
			return "许可证件";
		}
		return "《" + licence.name() + "》"
				+ (licence.number() == null || licence.number().isBlank() ? "" : "（编号：" + licence.number() + "）");
	}

	private static String scope(String scope) {
		return scope == null || scope.isBlank() ? "" : "（" + scope.strip() + "）";
	}

	private static String period(LocalDate from, LocalDate until) {
		if (from == null || until == null) {
			return "";
		}
		return "，自" + CasePapers.DAY.format(from) + "至" + CasePapers.DAY.format(until);
	}

	private static String blank(String text) {
		return text == null ? "" : text.strip();
	}

}
