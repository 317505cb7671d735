package org.shanzhi.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.PartyCategory;
import org.shanzhi.enforcement.LegalBasis;

/** The commands of the risk catalogue, as the API takes them (API.md, "Risk"). */
public final class RiskCommands {

	private RiskCommands() {
	}

	/**
	 * A risk point of the agency's draft catalogue for {@code partyCategory}. With
	 * {@code harmRating} and {@code likelihoodRating} the matrix proposes the grade;
	 * {@code grade} left out takes it, a different one needs {@code overrideReason}.
	 */
	public record PointInput(@NotNull PartyCategory partyCategory, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 2000) String violationForm, @NotBlank @Size(max = 2000) String causes,
			@NotBlank @Size(max = 2000) String harm, @NotBlank @Size(max = 500) String likelihood,
			@NotEmpty @Size(max = 10) List<@Valid @NotNull LegalBasis> legalBasis, Grade grade,
			@Min(1) @Max(5) Integer harmRating, @Min(1) @Max(5) Integer likelihoodRating,
			@Size(max = 1000) String overrideReason, @Size(max = 500) String guidanceMethod,
			@NotBlank @Size(max = 4000) String guidanceMeasures, @Size(max = 40) String violationCode) {
	}

	/**
	 * Opens the draft's public consultation for the period (dates inclusive, Beijing
	 * time); a period already past records a consultation held by other means.
	 */
	public record Consultation(@NotNull LocalDate opensOn, @NotNull LocalDate closesOn,
			@Size(max = 500) String channels) {
	}

	/**
	 * A comment on a catalogue in consultation, on the whole or on one point.
	 * {@code authorName} is required from the public; a party signed in is named by its
	 * account.
	 */
	public record Comment(UUID riskPointId, @Size(max = 100) String authorName,
			@NotBlank @Size(max = 4000) String content) {
	}

	/** The answer to a comment: adopted, partly adopted or not, and why. */
	public record Answer(@NotNull CommentAnswer answer, @NotBlank @Size(max = 2000) String reason) {
	}

	/**
	 * Publication: the date the catalogue takes effect and the consultation's summary.
	 */
	public record Publish(@NotNull LocalDate effectiveFrom, @Size(max = 4000) String consultationSummary) {
	}

	public enum CommentAnswer {

		ADOPTED, PARTLY, NOT_ADOPTED

	}

}
