package org.shanzhi.enforcement;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One severity level of a discretion benchmark (裁量基准): the circumstances it covers and
 * the part of the statutory range it allows.
 */
public record DiscretionLevel(@NotBlank @Size(max = 20) String level, @NotBlank @Size(max = 300) String circumstances,
		@NotNull @PositiveOrZero BigDecimal min, @NotNull @PositiveOrZero BigDecimal max) {

	public boolean contains(BigDecimal amount) {
		return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
	}

}
