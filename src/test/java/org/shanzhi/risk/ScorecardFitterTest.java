package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.shanzhi.risk.Scorecard.Indicator;

/**
 * Fitting a scorecard by regularised logistic regression: on examples drawn from a known
 * logistic model the fit recovers its weights' signs and sizes; a stronger penalty
 * shrinks them towards 0; the same seed gives the same fit.
 */
class ScorecardFitterTest {

	static List<ScorecardFitter.Example> drawn(int n, long seed) {
		Random random = new Random(seed);
		List<ScorecardFitter.Example> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Map<Indicator, Double> x = new EnumMap<>(Indicator.class);
			double violations = random.nextInt(4) * random.nextDouble();
			double gap = 3 * random.nextDouble();
			double declined = random.nextDouble() < 0.2 ? 1 : 0;
			x.put(Indicator.VIOLATIONS, violations);
			x.put(Indicator.INSPECTION_GAP, gap);
			x.put(Indicator.GUIDANCE_DECLINED, declined);
			// the truth: violations and declined guidance raise the odds, the gap does
			// not
			double logit = -2.0 + 1.0 * violations + 0.8 * declined;
			out.add(new ScorecardFitter.Example(x, random.nextDouble() < 1 / (1 + Math.exp(-logit))));
		}
		return out;
	}

	@Test
	void theFitRecoversTheWeightsOfTheModelThatDrewTheExamples() {
		ScorecardFitter.Fit fit = ScorecardFitter.fit(drawn(20_000, 1), 1e-5, 7);
		assertThat(fit.finite()).isTrue();
		assertThat(fit.weights().get(Indicator.VIOLATIONS)).isCloseTo(1.0, within(0.15));
		assertThat(fit.weights().get(Indicator.GUIDANCE_DECLINED)).isCloseTo(0.8, within(0.15));
		assertThat(fit.weights().get(Indicator.INSPECTION_GAP)).isCloseTo(0.0, within(0.1));
		assertThat(fit.intercept()).isCloseTo(-2.0, within(0.2));
		// never seen non-zero: no weight
		assertThat(fit.weights().get(Indicator.COMPLAINTS)).isZero();
	}

	@Test
	void aStrongerPenaltyShrinksTheWeightsAndTheSameSeedGivesTheSameFit() {
		List<ScorecardFitter.Example> examples = drawn(5_000, 2);
		ScorecardFitter.Fit light = ScorecardFitter.fit(examples, 1e-5, 7);
		ScorecardFitter.Fit heavy = ScorecardFitter.fit(examples, 0.02, 7);
		assertThat(Math.abs(heavy.weights().get(Indicator.VIOLATIONS)))
			.isLessThan(Math.abs(light.weights().get(Indicator.VIOLATIONS)));
		assertThat(ScorecardFitter.fit(examples, 1e-5, 7)).isEqualTo(light);
	}

}
