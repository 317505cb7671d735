package org.shanzhi.directory;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.shanzhi.shared.CreditCode;
import org.shanzhi.shared.ResidentId;

/**
 * A new party. A PERSON needs {@code idNumber} (GB 11643), an ORGANIZATION
 * {@code creditCode} (GB 32100); the check characters are verified.
 */
@Schema(description = "A PERSON gives idNumber, an ORGANIZATION creditCode (not both)",
		example = "{\"kind\":\"ORGANIZATION\",\"name\":\"河洛市示例餐饮有限公司\",\"creditCode\":\"91419900300000010K\","
				+ "\"category\":\"CATERING\",\"address\":\"河洛市东城区示例路1号\",\"phone\":\"0379-6123456\"}")
public record RegisterPartyCommand(@NotNull PartyKind kind, @NotBlank @Size(max = 100) String name,
		@Size(max = 18) @ResidentId String idNumber, @Size(max = 18) @CreditCode String creditCode,
		@NotNull PartyCategory category, @Size(max = 200) String address,
		@Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*", message = "{shanzhi.validation.phone}") String phone) {
}
