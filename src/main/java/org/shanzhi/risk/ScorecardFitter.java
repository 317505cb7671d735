package org.shanzhi.risk;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shanzhi.risk.Scorecard.Indicator;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits a scorecard's weights (R6) by L2-regularised logistic regression (Tribuo over
 * LIBLINEAR's L2R_LR solver): one example per party — its indicators at a cut-off,
 * labelled by whether it violated in the period after. The indicators are used in their
 * own units (counts, years), so each fitted weight reads directly as the log-odds one
 * more unit adds.
 */
final class ScorecardFitter {

	private static final Label VIOLATED = new Label("VIOLATED");

	private static final Label CLEAN = new Label("CLEAN");

	private static final String[] NAMES = java.util.Arrays.stream(Indicator.values())
		.map(Indicator::name)
		.toArray(String[]::new);

	private ScorecardFitter() {
	}

	/** One party at the cut-off: its indicators and what followed. */
	record Example(Map<Indicator, Double> values, boolean violated) {
	}

	/** The fitted intercept and weights in log-odds. */
	record Fit(double intercept, Map<Indicator, Double> weights) {

		boolean finite() {
			return Double.isFinite(intercept) && weights.values().stream().allMatch(Double::isFinite);
		}

	}

	/**
	 * Fits the examples with the L2 penalty {@code l2}; the seed makes the fit
	 * repeatable.
	 */
	static Fit fit(List<Example> examples, double l2, long seed) {
		LabelFactory labels = new LabelFactory();
		MutableDataset<Label> data = new MutableDataset<>(
				new SimpleDataSourceProvenance("risk history", OffsetDateTime.now(), labels), labels);
		for (Example e : examples) {
			double[] x = new double[NAMES.length];
			for (int i = 0; i < x.length; i++) {
				x[i] = e.values().getOrDefault(Indicator.values()[i], 0.0);
			}
			data.add(new ArrayExample<>(e.violated() ? VIOLATED : CLEAN, NAMES, x));
		}
		// LIBLINEAR minimises |w|^2/2 + C * (sum of log-losses): C = 1 / (l2 * n) makes
		// l2 the
		// penalty per example of the mean log-loss
		double cost = 1 / (l2 * Math.max(1, examples.size()));
		LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
				new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), cost, 1000, 1e-4, seed);
		LibLinearClassificationModel model = (LibLinearClassificationModel) trainer.train(data);
		de.bwaldvogel.liblinear.Model inner = model.getInnerModels().get(0);
		// the decision value is the log-odds of the model's first label
		int first = inner.getLabels()[0];
		double sign = model.getOutputIDInfo().getOutput(first).equals(VIOLATED) ? 1 : -1;
		Map<Indicator, Double> weights = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			int id = model.getFeatureIDMap().getID(indicator.name());
			// a feature never seen non-zero is not in the map: it adds nothing
			weights.put(indicator, id < 0 ? 0.0 : round(sign * inner.getDecfunCoef(id + 1, 0)));
		}
		return new Fit(round(sign * inner.getDecfunBias(0)), weights);
	}

	private static double round(double v) {
		return Math.round(v * 10000) / 10000.0;
	}

}
