package org.shanzhi.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Changes the descriptive data of a party; identifiers never change. {@code version}
 * guards concurrent edits.
 */
public record UpdatePartyCommand(@NotBlank @Size(max = 100) String name, @NotNull PartyCategory category,
		@Size(max = 200) String address,
		@Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*", message = "{shanzhi.validation.phone}") String phone,
		@NotNull Long version) {
}
