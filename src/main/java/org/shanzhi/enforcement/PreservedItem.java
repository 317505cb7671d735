package org.shanzhi.enforcement;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A thing registered and kept (先行登记保存): what, how many, and where it is kept. */
public record PreservedItem(@NotBlank @Size(max = 200) String description,
		@NotNull @Positive @DecimalMax("1000000000") BigDecimal quantity, @NotBlank @Size(max = 20) String unit,
		@NotBlank @Size(max = 200) String place) {
}
