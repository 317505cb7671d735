package org.shanzhi.guidance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The outcome of a rectification (G5): corrected, or not corrected, which escalates to an
 * enforcement case for the violation code given here or with the requirement.
 */
public record OutcomeCommand(@NotNull Boolean corrected, @Size(max = 2000) String note,
		@Size(max = 40) String violationCode) {
}
