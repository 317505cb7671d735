package org.shanzhi.guidance;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The party's response to guidance (G2): accepted or declined, with a note. Declining
 * carries no penalty by itself. {@code partyId}, when given, must be the act's party.
 */
public record RespondCommand(@NotNull Boolean accepted, @Size(max = 2000) String note, UUID partyId) {
}
