package org.shanzhi.risk;

import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;

/**
 * The grading aid of R1: an impact x likelihood matrix, 5 x 5, whose cell at (harm,
 * likelihood), each rated 1-5, proposes the grade of a risk point. Written as five rows
 * of five letters H, M, L, one row per harm rating from 1, separated by {@code /}. A
 * matrix never grades a point lower because its harm or its likelihood is higher
 * (monotonic).
 */
public record GradeMatrix(String cells) {

	/**
	 * The platform's default: the product of the ratings, 15 and over HIGH, 6 to 14
	 * MEDIUM, under 6 LOW.
	 */
	public static final GradeMatrix DEFAULT = new GradeMatrix("LLLLL/LLMMM/LMMMH/LMMHH/LMHHH");

	public GradeMatrix {
		if (cells == null || !cells.matches("[HML]{5}(/[HML]{5}){4}")) {
			throw new FieldRejectedException("cells", "matrix");
		}
		for (int h = 1; h <= 5; h++) {
			for (int l = 1; l <= 5; l++) {
				int here = at(cells, h, l).rank();
				if ((h < 5 && at(cells, h + 1, l).rank() < here) || (l < 5 && at(cells, h, l + 1).rank() < here)) {
					throw RuleViolationException.rule("matrix-not-monotonic", h, l);
				}
			}
		}
	}

	/** The grade the matrix proposes for ratings of harm and likelihood, each 1-5. */
	public Grade propose(int harm, int likelihood) {
		if (harm < 1 || harm > 5) {
			throw new FieldRejectedException("harmRating", "range");
		}
		if (likelihood < 1 || likelihood > 5) {
			throw new FieldRejectedException("likelihoodRating", "range");
		}
		return at(cells, harm, likelihood);
	}

	private static Grade at(String cells, int harm, int likelihood) {
		return Grade.ofLetter(cells.charAt((harm - 1) * 6 + (likelihood - 1)));
	}

}
