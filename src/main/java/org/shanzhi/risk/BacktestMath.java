package org.shanzhi.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The figures of a backtest (R6): how a ranking of parties by score at a cut-off date
 * predicted who violated after it. The hit rate of the top N against the rate a random
 * draw of N is expected to hit (the base rate), and the AUC: the probability that a party
 * who violated was scored above one who did not (Mann-Whitney, ties counting a half).
 */
public final class BacktestMath {

	private BacktestMath() {
	}

	/** A party's score at the cut-off, and whether it violated after it. */
	public record Outcome(double score, boolean violated) {
	}

	public static double auc(List<Outcome> outcomes) {
		long positives = outcomes.stream().filter(Outcome::violated).count();
		long negatives = outcomes.size() - positives;
		if (positives == 0 || negatives == 0) {
			return Double.NaN;
		}
		List<Outcome> sorted = new ArrayList<>(outcomes);
		sorted.sort(Comparator.comparingDouble(Outcome::score));
		double rankSumPositives = 0;
		int i = 0;
		while (i < sorted.size()) {
			int j = i;
			while (j + 1 < sorted.size() && sorted.get(j + 1).score() == sorted.get(i).score()) {
				j++;
			}
			double averageRank = (i + 1 + j + 1) / 2.0;
			for (int k = i; k <= j; k++) {
				if (sorted.get(k).violated()) {
					rankSumPositives += averageRank;
				}
			}
			i = j + 1;
		}
		return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
	}

	/** The share of the top {@code n} by score (highest first) who violated. */
	public static double hitRateOfTop(List<Outcome> outcomes, int n) {
		if (n <= 0) {
			return Double.NaN;
		}
		List<Outcome> sorted = new ArrayList<>(outcomes);
		sorted.sort(Comparator.comparingDouble(Outcome::score).reversed());
		long hits = sorted.stream().limit(n).filter(Outcome::violated).count();
		return (double) hits / Math.min(n, sorted.size());
	}

	/** The share of all who violated: what a random draw is expected to hit. */
	public static double baseRate(List<Outcome> outcomes) {
		return outcomes.isEmpty() ? Double.NaN
				: (double) outcomes.stream().filter(Outcome::violated).count() / outcomes.size();
	}

}
