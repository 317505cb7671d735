package org.shanzhi.guidance;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.shanzhi.enforcement.LegalBasis;

/**
 * Gives guidance to a party (POST /api/v1/guidance). {@code form} is one of the eight
 * statutory forms or a form the agency defined; {@code details} holds the form's fields.
 * The act may concern a risk point, an inspection or an enforcement case (G4);
 * {@code followUpOf} names the act a FOLLOW_UP visits, and {@code followUp} its result.
 * {@code issuedOn} defaults to today. {@code major} or {@code complex} acts get a
 * follow-up visit scheduled.
 */
public record GiveGuidanceCommand(@NotNull UUID partyId,
		@Schema(description = "the form's code: GUIDE, DEMONSTRATE, REMIND, COACH, ADVISE, PERSUADE, INTERVIEW, "
				+ "FOLLOW_UP, or one of the agency's own forms (GET /api/v1/guidance/forms)",
				example = "REMIND") @NotBlank @Size(max = 40) String form,
		@NotNull DocumentForm documentForm, @NotNull Channel channel, @NotBlank @Size(max = 200) String subject,
		@NotBlank @Size(max = 8000) String content, @Size(max = 10) List<@Valid @NotNull LegalBasis> legalBasis,
		@Size(max = 5) Set<@NotNull Principle> principles,
		@Schema(description = "the form's fields by key, as GET /api/v1/guidance/forms lists them (REMIND: item)",
				example = "{\"item\":\"食品经营许可证到期换证\"}") @Size(
						max = 20) Map<@Size(max = 40) String, @Size(max = 4000) String> details,
		UUID riskPointId, UUID inspectionId, UUID caseId, UUID followUpOf, @Valid FollowUpResult followUp,
		@Valid RectificationInput rectification, @PastOrPresent LocalDate issuedOn, boolean major, boolean complex) {
}
