package org.shanzhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The person an inquiry heard (被询问人): the party's representative, an employee, a witness;
 * {@code relation} says how they stand to the case.
 */
public record Interviewee(@NotBlank @Size(max = 100) String name, @Size(max = 40) String idNumber,
		@NotBlank @Size(max = 100) String relation) {
}
