package org.shanzhi.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.enforcement.EnforcementFigures;
import org.shanzhi.guidance.GuidanceFigures;
import org.shanzhi.risk.Scorecard.Indicator;

/**
 * The indicators of a party's risk (R6) from its records, on a given day: each a value
 * and the records behind it. Records count less as they age: a record {@code h} days old
 * (its indicator's half-life) counts one half, twice as old one quarter; records older
 * than three years are left out; a record dated after the day counts fully.
 */
public final class Indicators {

	/**
	 * A decision's treatment in words, for the evidence a person reads beside a score.
	 */
	static final Map<String, String> TREATMENTS = Map.of("NO_PENALTY", "不予处罚", "LIGHTER", "从轻处罚", "MITIGATED", "减轻处罚",
			"STANDARD", "依法处罚", "NOT_ESTABLISHED", "违法事实不成立");

	static final int HORIZON_DAYS = 3 * 365;

	private Indicators() {
	}

	/** An indicator's value and its evidence. */
	public record Value(double value, List<Evidence> evidence) {
	}

	/** A record behind an indicator. */
	public record Evidence(String kind, UUID id, LocalDate date, String label) {
	}

	/** How much a record {@code ageDays} old counts under a half-life. */
	public static double decay(long ageDays, int halfLifeDays) {
		return ageDays <= 0 ? 1 : Math.pow(0.5, (double) ageDays / halfLifeDays);
	}

	public static Map<Indicator, Value> of(EnforcementFigures.PartyRecord enforcement,
			List<GuidanceFigures.PartyAct> guidance, List<String> highPointsOfCategory, Scorecard model,
			LocalDate today) {
		Map<Indicator, Value> out = new LinkedHashMap<>();
		List<EnforcementFigures.CaseLine> recent = enforcement.cases()
			.stream()
			.filter(c -> age(c.occurredOn(), today) <= HORIZON_DAYS)
			.toList();
		out.put(Indicator.VIOLATIONS, decayed(recent.stream().filter(EnforcementFigures.CaseLine::violation).toList(),
				EnforcementFigures.CaseLine::occurredOn,
				c -> new Evidence("ENFORCEMENT_CASE", c.id(), c.occurredOn(),
						c.number() + " " + (c.violationTitle() != null ? c.violationTitle() : c.violationCode())),
				model.halfLife(Indicator.VIOLATIONS), today));
		out.put(Indicator.PENALTIES, decayed(recent.stream().filter(EnforcementFigures.CaseLine::penalised).toList(),
				EnforcementFigures.CaseLine::occurredOn,
				c -> new Evidence("ENFORCEMENT_CASE", c.id(), c.occurredOn(),
						c.number() + " " + TREATMENTS.getOrDefault(c.treatment(), String.valueOf(c.treatment()))),
				model.halfLife(Indicator.PENALTIES), today));
		out.put(Indicator.COMPLAINTS,
				decayed(recent.stream().filter(c -> "COMPLAINT".equals(c.origin())).toList(),
						EnforcementFigures.CaseLine::occurredOn,
						c -> new Evidence("ENFORCEMENT_CASE", c.id(), c.occurredOn(), c.number() + " 投诉举报"),
						model.halfLife(Indicator.COMPLAINTS), today));
		List<GuidanceFigures.PartyAct> acts = guidance.stream()
			.filter(a -> age(a.issuedOn(), today) <= HORIZON_DAYS)
			.toList();
		out.put(Indicator.GUIDANCE_DECLINED,
				decayed(acts.stream().filter(a -> Boolean.FALSE.equals(a.responseAccepted())).toList(),
						GuidanceFigures.PartyAct::issuedOn, a -> act(a), model.halfLife(Indicator.GUIDANCE_DECLINED),
						today));
		out.put(Indicator.NOT_CORRECTED,
				decayed(acts.stream().filter(a -> Boolean.FALSE.equals(a.corrected())).toList(),
						GuidanceFigures.PartyAct::issuedOn, a -> act(a), model.halfLife(Indicator.NOT_CORRECTED),
						today));
		out.put(Indicator.FOLLOW_UP_FAILED,
				decayed(acts.stream().filter(a -> Boolean.FALSE.equals(a.rectificationHeld())).toList(),
						GuidanceFigures.PartyAct::issuedOn, a -> act(a), model.halfLife(Indicator.FOLLOW_UP_FAILED),
						today));
		List<GuidanceFigures.PartyAct> rated = acts.stream().filter(a -> a.satisfaction() != null).toList();
		double mean = rated.stream().mapToInt(GuidanceFigures.PartyAct::satisfaction).average().orElse(3);
		out.put(Indicator.DISSATISFACTION, new Value(Math.max(0, round(3 - mean)),
				mean < 3 ? rated.stream().map(Indicators::act).toList() : List.of()));
		EnforcementFigures.InspectionLine last = enforcement.inspections()
			.stream()
			.max(java.util.Comparator.comparing(EnforcementFigures.InspectionLine::inspectedOn))
			.orElse(null);
		out.put(Indicator.INSPECTION_GAP,
				last == null ? new Value(3, List.of())
						: new Value(Math.min(3, round(age(last.inspectedOn(), today) / 365.0)),
								List.of(new Evidence("INSPECTION", last.id(), last.inspectedOn(),
										last.violationFound() ? "检查发现违法" : "检查未发现违法"))));
		out.put(Indicator.CATEGORY_RISK, new Value(Math.min(2, round(highPointsOfCategory.size() / 5.0)),
				highPointsOfCategory.stream().map(t -> new Evidence("RISK_POINT", null, null, t)).toList()));
		return out;
	}

	/**
	 * The indicators of a party from its aggregates computed in bulk: the decayed sums,
	 * the mean satisfaction at follow-up visits (null: none rated), the last inspection
	 * (null: never), and the HIGH risk points of its category.
	 */
	static Map<Indicator, Double> fromAggregates(LocalDate asOf, double violations, double penalties, double complaints,
			double declined, double notCorrected, double followUpFailed, Double meanSatisfaction,
			LocalDate lastInspected, double highPoints) {
		Map<Indicator, Double> v = new java.util.EnumMap<>(Indicator.class);
		v.put(Indicator.VIOLATIONS, round(violations));
		v.put(Indicator.PENALTIES, round(penalties));
		v.put(Indicator.COMPLAINTS, round(complaints));
		v.put(Indicator.GUIDANCE_DECLINED, round(declined));
		v.put(Indicator.NOT_CORRECTED, round(notCorrected));
		v.put(Indicator.FOLLOW_UP_FAILED, round(followUpFailed));
		v.put(Indicator.DISSATISFACTION, meanSatisfaction == null ? 0 : Math.max(0, round(3 - meanSatisfaction)));
		v.put(Indicator.INSPECTION_GAP,
				lastInspected == null ? 3 : Math.min(3, round(Math.max(0, age(lastInspected, asOf)) / 365.0)));
		v.put(Indicator.CATEGORY_RISK, Math.min(2, round(highPoints / 5.0)));
		return v;
	}

	private static Evidence act(GuidanceFigures.PartyAct a) {
		return new Evidence("GUIDANCE_ACT", a.id(), a.issuedOn(), a.subject());
	}

	private static <T> Value decayed(List<T> records, java.util.function.Function<T, LocalDate> date,
			java.util.function.Function<T, Evidence> evidence, int halfLife, LocalDate today) {
		double sum = 0;
		List<Evidence> behind = new ArrayList<>();
		for (T r : records) {
			sum += decay(age(date.apply(r), today), halfLife);
			behind.add(evidence.apply(r));
		}
		return new Value(round(sum), behind);
	}

	private static long age(LocalDate date, LocalDate today) {
		return ChronoUnit.DAYS.between(date, today);
	}

	static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

}
