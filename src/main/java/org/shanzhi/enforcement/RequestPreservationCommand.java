package org.shanzhi.enforcement;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Asks the head to approve registering and keeping evidence (先行登记保存, APL art. 56): the
 * things, why (the evidence may be lost or hard to obtain later) and the officers acting.
 */
public record RequestPreservationCommand(@NotEmpty @Size(max = 100) List<@NotNull @Valid PreservedItem> items,
		@NotBlank @Size(max = 2000) String reason, @NotNull @Size(max = 20) List<@NotNull UUID> officerIds) {
}
