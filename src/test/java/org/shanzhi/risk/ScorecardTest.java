package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.enforcement.EnforcementFigures;
import org.shanzhi.guidance.GuidanceFigures;
import org.shanzhi.risk.Scorecard.Indicator;

/**
 * The arithmetic of risk scores: how records decay with age, what each indicator counts
 * on a known record, and that a score is exactly its base plus its factors'
 * contributions.
 */
class ScorecardTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	@Test
	void aRecordCountsHalfAtItsHalfLifeAndAQuarterAtTwice() {
		assertThat(Indicators.decay(0, 365)).isEqualTo(1.0);
		assertThat(Indicators.decay(-3, 365)).isEqualTo(1.0);
		assertThat(Indicators.decay(365, 365)).isEqualTo(0.5);
		assertThat(Indicators.decay(730, 365)).isEqualTo(0.25);
		assertThat(Indicators.decay(180, 180)).isEqualTo(0.5);
		qt().forAll(integers().between(0, 5000), integers().between(30, 3000))
			.check((age, h) -> Indicators.decay(age, h) <= 1 && Indicators.decay(age, h) > 0
					&& Indicators.decay(age + 1, h) <= Indicators.decay(age, h));
	}

	@Test
	void theIndicatorsCountAKnownRecord() {
		UUID agency = UUID.randomUUID();
		EnforcementFigures.PartyRecord enforcement = new EnforcementFigures.PartyRecord(
				List.of(new EnforcementFigures.CaseLine(UUID.randomUUID(), "C1", agency, "EXPIRED-FOOD", TODAY,
						"CLOSED", "STANDARD", "COMPLAINT", "经营超过保质期的食品"),
						new EnforcementFigures.CaseLine(UUID.randomUUID(), "C2", agency, "PRICE-TAG",
								TODAY.minusDays(365), "CLOSED", "NO_PENALTY", "INSPECTION", "未按规定明码标价"),
						new EnforcementFigures.CaseLine(UUID.randomUUID(), "C3", agency, "PRICE-TAG",
								TODAY.minusDays(100), "CLOSED", "NOT_ESTABLISHED", "INSPECTION", "未按规定明码标价"),
						new EnforcementFigures.CaseLine(UUID.randomUUID(), "C4", agency, "PRICE-TAG",
								TODAY.minusYears(4), "CLOSED", "STANDARD", "INSPECTION", "未按规定明码标价")),
				List.of(new EnforcementFigures.InspectionLine(UUID.randomUUID(), agency, TODAY.minusDays(730), true)));
		List<GuidanceFigures.PartyAct> acts = List.of(
				new GuidanceFigures.PartyAct(UUID.randomUUID(), agency, TODAY.minusDays(365), "REMIND", "提示", false,
						false, null, null, true),
				new GuidanceFigures.PartyAct(UUID.randomUUID(), agency, TODAY.minusDays(30), "FOLLOW_UP", "回访", null,
						null, false, 2, true));
		Map<Indicator, Indicators.Value> v = Indicators.of(enforcement, acts, List.of("a", "b", "c", "d", "e", "f"),
				Scorecard.DEFAULT, TODAY);
		// C1 today (1) + C2 a year old (0.5); C3 not established, C4 beyond three years
		assertThat(v.get(Indicator.VIOLATIONS).value()).isEqualTo(1.5);
		assertThat(v.get(Indicator.VIOLATIONS).evidence()).extracting(Indicators.Evidence::label)
			.containsExactly("C1 经营超过保质期的食品", "C2 未按规定明码标价");
		assertThat(v.get(Indicator.PENALTIES).value()).isEqualTo(1.0);
		assertThat(v.get(Indicator.COMPLAINTS).value()).isEqualTo(1.0);
		assertThat(v.get(Indicator.GUIDANCE_DECLINED).value()).isEqualTo(0.5);
		assertThat(v.get(Indicator.NOT_CORRECTED).value()).isEqualTo(0.5);
		assertThat(v.get(Indicator.FOLLOW_UP_FAILED).value()).isEqualTo(Indicators.round(Indicators.decay(30, 365)));
		assertThat(v.get(Indicator.DISSATISFACTION).value()).isEqualTo(1.0);
		assertThat(v.get(Indicator.INSPECTION_GAP).value()).isEqualTo(2.0);
		assertThat(v.get(Indicator.CATEGORY_RISK).value()).isEqualTo(1.2);
		Map<Indicator, Indicators.Value> none = Indicators.of(new EnforcementFigures.PartyRecord(List.of(), List.of()),
				List.of(), List.of(), Scorecard.DEFAULT, TODAY);
		assertThat(none.get(Indicator.INSPECTION_GAP).value()).isEqualTo(3.0);
		assertThat(none.get(Indicator.DISSATISFACTION).value()).isEqualTo(0.0);
	}

	@Test
	void aScoreIsItsBasePlusItsContributionsAndGradesByProbability() {
		Scorecard m = Scorecard.DEFAULT;
		qt().forAll(doubles().between(0, 5), doubles().between(0, 5), doubles().between(0, 3))
			.check((violations, notCorrected, gap) -> {
				List<Double> contributions = new ArrayList<>();
				contributions.add(m.contribution(Indicator.VIOLATIONS, violations));
				contributions.add(m.contribution(Indicator.NOT_CORRECTED, notCorrected));
				contributions.add(m.contribution(Indicator.INSPECTION_GAP, gap));
				double sum = m.base();
				for (double c : contributions) {
					sum += c;
				}
				return Math.abs(m.score(contributions) - sum) < 0.05;
			});
		// 20 points double the odds; 500 is even odds
		assertThat(Scorecard.probability(500)).isEqualTo(0.5);
		assertThat(Scorecard.probability(520) / (1 - Scorecard.probability(520))).isCloseTo(2.0,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(m.grade(m.base())).isEqualTo(Grade.LOW);
		assertThat(m.grade(500)).isEqualTo(Grade.HIGH);
		assertThat(m.grade(450)).isEqualTo(Grade.MEDIUM);
	}

}
