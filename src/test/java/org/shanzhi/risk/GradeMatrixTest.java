package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;

/** The grading aid: which grade the matrix proposes, and which matrices it refuses. */
class GradeMatrixTest {

	@Test
	void theDefaultMatrixGradesByTheProductOfHarmAndLikelihood() {
		GradeMatrix m = GradeMatrix.DEFAULT;
		for (int h = 1; h <= 5; h++) {
			for (int l = 1; l <= 5; l++) {
				int product = h * l;
				Grade expected = product >= 15 ? Grade.HIGH : product >= 6 ? Grade.MEDIUM : Grade.LOW;
				assertThat(m.propose(h, l)).as("harm %d likelihood %d", h, l).isEqualTo(expected);
			}
		}
		assertThat(m.propose(1, 1)).isEqualTo(Grade.LOW);
		assertThat(m.propose(5, 5)).isEqualTo(Grade.HIGH);
		assertThat(m.propose(2, 3)).isEqualTo(Grade.MEDIUM);
		assertThat(m.propose(5, 1)).isEqualTo(Grade.LOW);
	}

	@Test
	void anAgencysMatrixIsReadRowByHarmThenColumnByLikelihood() {
		GradeMatrix strict = new GradeMatrix("LMMMH/MMMHH/MMHHH/MHHHH/HHHHH");
		assertThat(strict.propose(1, 2)).isEqualTo(Grade.MEDIUM);
		assertThat(strict.propose(2, 1)).isEqualTo(Grade.MEDIUM);
		assertThat(strict.propose(1, 5)).isEqualTo(Grade.HIGH);
		assertThat(strict.propose(5, 1)).isEqualTo(Grade.HIGH);
	}

	@Test
	void aMatrixThatGradesHigherRisksLowerIsRefused() {
		assertThatThrownBy(() -> new GradeMatrix("HLLLL/HLLLL/HLLLL/HLLLL/HLLLL")).isInstanceOfSatisfying(
				RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("matrix-not-monotonic"));
		assertThatThrownBy(() -> new GradeMatrix("LLLLL/LLLLL/LLLLL/LLLLL/LLLLM/"))
			.isInstanceOf(FieldRejectedException.class);
		assertThatThrownBy(() -> new GradeMatrix("LLLLL/LLLLL/LLLLL/LLLLL/LLLLX"))
			.isInstanceOf(FieldRejectedException.class);
		assertThatThrownBy(() -> GradeMatrix.DEFAULT.propose(0, 3)).isInstanceOf(FieldRejectedException.class);
		assertThatThrownBy(() -> GradeMatrix.DEFAULT.propose(3, 6)).isInstanceOf(FieldRejectedException.class);
	}

}
